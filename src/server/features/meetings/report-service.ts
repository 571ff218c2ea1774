import type { MeetingsOverview, TablePlan, UnscheduledReasonName } from '../../../contract/meetings.js';
import type { Actor } from '../../plugins/auth.js';
import type { MeetingsContext } from './context.js';
import { toMeetingEvent, toMeetingPerson } from './mapping.js';
import { assertOrganizer } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo } from './repository.js';
import { runRepository as runs } from './run-repository.js';
import { toMeetingRun } from './run-service.js';
import { scheduleRepository as schedule } from './schedule-repository.js';
import { syncSlots } from './slot-sync.js';

/** What the organizer reviews and prints: the state of all meetings, and the table plan. */
export function createMeetingReportService(deps: MeetingsDeps, ctx: MeetingsContext) {
  const { db } = deps;

  async function load(actor: Actor, eventId: string) {
    assertOrganizer(actor);
    const event = await ctx.eventById(eventId);
    const blocks = await syncSlots(deps, event);
    const meetings = await repo.listForEvent(db, event.id);
    const people = await repo.findPeople(
      db,
      meetings.flatMap((m) => [m.requesterId, m.recipientId]),
    );
    const pair = (m: (typeof meetings)[number]) => ({
      meetingId: m.id,
      a: toMeetingPerson(m.requesterId, people.get(m.requesterId)),
      b: toMeetingPerson(m.recipientId, people.get(m.recipientId)),
    });
    return { event, blocks, meetings, pair };
  }

  return {
    /**
     * Requested, accepted, scheduled (published) and unscheduled meetings with the reason: from the
     * latest run, "needs rescheduling" when its slot or table went away, or "not run yet".
     */
    async getOverview(actor: Actor, eventId: string): Promise<MeetingsOverview> {
      const { event, meetings, pair } = await load(actor, eventId);
      const latest = await runs.latestRun(db, event.id);
      const version = (await schedule.findSettings(db, event.id))?.placementVersion ?? 0;
      const latestRun = latest ? toMeetingRun(latest, version) : null;
      const reportRow = await runs.latestReport(db, event.id);
      const reasons = new Map(
        (reportRow ? (toMeetingRun(reportRow, version).report?.unscheduled ?? []) : []).map((u) => [
          u.meetingId,
          u.reason,
        ]),
      );
      const count = (status: string) => meetings.filter((m) => m.status === status).length;
      const accepted = meetings.filter((m) => m.status === 'accepted');
      const waiting = accepted.filter((m) => m.slotId === null);
      const reasonOf = (m: (typeof meetings)[number]): UnscheduledReasonName =>
        m.needsReschedulingSince ? 'needs-rescheduling' : (reasons.get(m.id) ?? 'not-run-yet');
      return {
        event: toMeetingEvent(event),
        counts: {
          requested: meetings.length,
          pending: count('pending'),
          accepted: accepted.length,
          declined: count('declined'),
          cancelled: count('cancelled'),
          scheduled: accepted.length - waiting.length,
        },
        unscheduled: waiting.map((m) => ({ ...pair(m), reason: reasonOf(m) })),
        needsRescheduling: waiting
          .filter((m) => m.needsReschedulingSince !== null)
          .map((m) => ({ ...pair(m), formerStartsAt: m.formerStartsAt })),
        latestRun,
      };
    },

    /** The published table plan: per slot, each table with its two people (names and organizations). */
    async getTablePlan(actor: Actor, eventId: string): Promise<TablePlan> {
      const { event, blocks, meetings, pair } = await load(actor, eventId);
      const placed = meetings.filter((m) => m.status === 'accepted' && m.slotId !== null);
      return {
        event: toMeetingEvent(event),
        slots: blocks
          .flatMap((b) => b.slots.map((slot) => ({ slot, blockTitle: b.session.title })))
          .sort((x, y) => x.slot.startsAt.localeCompare(y.slot.startsAt))
          .map(({ slot, blockTitle }) => ({
            id: slot.id,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            blockTitle,
            rows: placed
              .filter((m) => m.slotId === slot.id)
              .sort((x, y) => (x.tableNumber ?? 0) - (y.tableNumber ?? 0))
              .map((m) => ({
                ...pair(m),
                tableNumber: m.tableNumber ?? 0,
                tableLocation: m.tableLocation ?? '',
              })),
          })),
      };
    },
  };
}
export type MeetingReportService = ReturnType<typeof createMeetingReportService>;
