import { MEETING_LIMITS } from '../../../contract/meetings.js';
import type { EventRow } from '../events/index.js';
import { newId } from '../../ids.js';
import { notify } from './notify.js';
import type { MeetingsDeps, ProgrammeSessionInfo } from './ports.js';
import { meetingRepository as repo } from './repository.js';
import { scheduleRepository as schedule, type SlotRow } from './schedule-repository.js';
import { cutSlots, slotKey, type SlotTimes } from './slots.js';

/** A networking session with its slot length and its current slots. */
export interface BlockWithSlots {
  session: ProgrammeSessionInfo;
  slotMinutes: number;
  slots: SlotRow[];
}

/**
 * Brings the stored slots in line with the programme: the event's networking sessions cut by their
 * slot length. New slots are added; slots the programme no longer yields are retired (kept), and a
 * meeting placed in one is never dropped silently: it loses its place, is marked "needs
 * rescheduling", and both people get a notice. Cheap when nothing changed (three reads, no write).
 */
export async function syncSlots(deps: MeetingsDeps, event: EventRow): Promise<BlockWithSlots[]> {
  const { db } = deps;
  const sessions = await deps.programme.listSessionsByType(event.id, 'networking');
  const minutes = new Map(
    (await schedule.listBlockSettings(db, event.id)).map((b) => [b.sessionId, b.slotMinutes]),
  );
  const minutesOf = (id: string) => minutes.get(id) ?? MEETING_LIMITS.defaultSlotMinutes;
  const expected = new Map<string, SlotTimes>();
  for (const session of sessions) {
    for (const slot of cutSlots(session, minutesOf(session.id))) {
      expected.set(slotKey(slot), slot);
    }
  }
  let stored = await schedule.listSlots(db, event.id, true);
  const storedKeys = new Set(stored.map(slotKey));
  const toAdd = [...expected.values()].filter((s) => !storedKeys.has(slotKey(s)));
  const toRevive = stored.filter((s) => s.retiredAt !== null && expected.has(slotKey(s)));
  const toRetire = stored.filter((s) => s.retiredAt === null && !expected.has(slotKey(s)));
  if (toAdd.length + toRevive.length + toRetire.length > 0) {
    await applyChanges(deps, event, { toAdd, toRevive, toRetire });
    stored = await schedule.listSlots(db, event.id, true);
  }
  const active = stored.filter((s) => s.retiredAt === null);
  return sessions.map((session) => ({
    session,
    slotMinutes: minutesOf(session.id),
    slots: active.filter((s) => s.sessionId === session.id),
  }));
}

async function applyChanges(
  deps: MeetingsDeps,
  event: EventRow,
  changes: { toAdd: SlotTimes[]; toRevive: SlotRow[]; toRetire: SlotRow[] },
): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await schedule.ensureSettings(trx, event.id, now);
    for (const slot of changes.toAdd) {
      await schedule.insertSlot(trx, newId(), event.id, slot, now);
    }
    await schedule.setRetired(
      trx,
      changes.toRevive.map((s) => s.id),
      null,
    );
    await schedule.setRetired(
      trx,
      changes.toRetire.map((s) => s.id),
      now,
    );
    const retired = new Map(changes.toRetire.map((s) => [s.id, s]));
    const displaced = (await schedule.listPlacements(trx, event.id)).filter((p) => retired.has(p.slotId));
    for (const placement of displaced) {
      await displace(deps, trx, event, placement.meetingId, retired.get(placement.slotId)!.startsAt, now);
    }
    // Any change of slots makes earlier drafts unpublishable: they may use a slot that is gone.
    await schedule.bumpVersion(trx, event.id);
  });
}

/**
 * Takes a meeting out of a slot that went away: it stays accepted, is marked "needs rescheduling"
 * and both people are told. Only the transaction that actually removed the placement notifies.
 */
export async function displace(
  deps: MeetingsDeps,
  trx: MeetingsDeps['db'],
  event: EventRow,
  meetingId: string,
  formerStartsAt: string,
  now: string,
): Promise<void> {
  if (!(await schedule.unplace(trx, meetingId))) {
    return;
  }
  const meeting = await repo.markNeedsRescheduling(trx, meetingId, formerStartsAt, now);
  if (!meeting) {
    return;
  }
  const people = await repo.findPeople(trx, [meeting.requesterId, meeting.recipientId]);
  const a = people.get(meeting.requesterId);
  const b = people.get(meeting.recipientId);
  if (!a || !b) {
    return;
  }
  for (const [to, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await notify(
      trx,
      deps.mail,
      deps.baseUrl,
      {
        kind: 'needs-rescheduling',
        meetingId,
        event,
        to,
        other,
        dedupe: `${meetingId}:${meeting.placementVersion}`,
      },
      now,
    );
  }
}
