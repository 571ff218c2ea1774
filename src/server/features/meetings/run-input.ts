import type { RunReport, Unscheduled } from '../../../contract/meetings.js';
import type { EventRow } from '../events/index.js';
import { unavailabilityOf } from './availability.js';
import { toMeetingPerson } from './mapping.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, type MeetingWithPlace } from './repository.js';
import type { SchedulerJob } from './run-scheduler.js';
import { scheduleRepository as schedule } from './schedule-repository.js';
import type { KeptMeeting, SchedulerResult } from './scheduler.js';
import { syncSlots } from './slot-sync.js';

/** A generous budget: the scheduler returns a valid (maybe less optimal) plan when it runs out. */
const TIME_LIMIT_MS = 20_000;

/** The scheduler's job for an event, with what the report needs afterwards. */
export interface PreparedRun {
  job: SchedulerJob;
  meetings: MeetingWithPlace[];
}

/**
 * Reads an event's state into the pure scheduler's input: active slots in order, tables by number,
 * accepted meetings without a place (pairs that blocked each other left out), published placements
 * to keep, and each person's unavailable slots (starred sessions and blocked times).
 */
export async function prepareRun(deps: MeetingsDeps, event: EventRow): Promise<PreparedRun> {
  const blocks = await syncSlots(deps, event);
  const slots = blocks.flatMap((b) => b.slots).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const tables = await schedule.listTables(deps.db, event.id);
  const meetings = await repo.listForEvent(deps.db, event.id);
  const accepted = meetings.filter((m) => m.status === 'accepted');
  const kept: KeptMeeting[] = accepted
    .filter((m) => m.slotId !== null)
    .map((m) => ({
      meetingId: m.id,
      personA: m.requesterId,
      personB: m.recipientId,
      slotId: m.slotId!,
      tableId: m.tableId!,
    }));
  const open = [];
  for (const m of accepted.filter((x) => x.slotId === null)) {
    if (!(await deps.directory.isBlocked(m.requesterId, m.recipientId))) {
      open.push({ meetingId: m.id, personA: m.requesterId, personB: m.recipientId });
    }
  }
  const people = open.flatMap((m) => [m.personA, m.personB]);
  const unavailable = new Map<string, Set<string>>();
  for (const [personId, slotsOf] of await unavailabilityOf(deps, event.id, slots, people)) {
    unavailable.set(personId, new Set(slotsOf.keys()));
  }
  return {
    meetings,
    job: {
      slots: slots.map((s, index) => ({ slotId: s.id, index })),
      tableIds: tables.map((t) => t.id),
      meetings: open,
      kept,
      unavailable,
      timeLimitMs: TIME_LIMIT_MS,
    },
  };
}

/** The run's report: counts, bound and gaps, and each unscheduled meeting with its reason and people. */
export async function buildReport(
  deps: MeetingsDeps,
  prepared: PreparedRun,
  result: SchedulerResult,
  durationMs: number,
): Promise<{ report: RunReport; drafts: KeptMeeting[] }> {
  const open = new Set(prepared.job.meetings.map((m) => m.meetingId));
  const drafts = result.scheduled.filter((s) => open.has(s.meetingId));
  const byId = new Map(prepared.meetings.map((m) => [m.id, m]));
  const people = await repo.findPeople(
    deps.db,
    prepared.meetings.flatMap((m) => [m.requesterId, m.recipientId]),
  );
  const unscheduled: Unscheduled[] = result.unscheduled.flatMap(({ meetingId, reason }) => {
    const m = byId.get(meetingId);
    return m
      ? [
          {
            meetingId,
            a: toMeetingPerson(m.requesterId, people.get(m.requesterId)),
            b: toMeetingPerson(m.recipientId, people.get(m.recipientId)),
            reason,
          },
        ]
      : [];
  });
  return {
    drafts,
    report: {
      requested: prepared.meetings.length,
      accepted: prepared.meetings.filter((m) => m.status === 'accepted').length,
      kept: prepared.job.kept.length,
      newlyScheduled: drafts.length,
      scheduled: prepared.job.kept.length + drafts.length,
      upperBound: result.upperBound,
      idleGaps: result.idleGaps,
      durationMs: Math.round(durationMs),
      unscheduled,
    },
  };
}
