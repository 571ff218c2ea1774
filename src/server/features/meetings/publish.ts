import { pickLocale } from '../../../contract/locale.js';
import { AppError } from '../../errors.js';
import type { EventRow } from '../events/index.js';
import { fullName, notify, sendMeetingMail } from './notify.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, type MeetingWithPlace, type PersonRow } from './repository.js';
import { runRepository as runs } from './run-repository.js';
import { scheduleRepository as schedule, type SlotRow, type TableRow } from './schedule-repository.js';
import { agendaLine } from './wording.js';

type Executor = MeetingsDeps['db'];

/**
 * Turns a run's draft placements into published ones inside the caller's transaction. The unique
 * indexes still guard every row; a clash means the published state changed, and the whole publish is
 * rolled back (409). Each person gets a notice per meeting and one mail with all their new times.
 */
export async function publishDrafts(
  deps: MeetingsDeps,
  trx: Executor,
  c: { runId: string; event: EventRow; now: string },
): Promise<void> {
  const meetings = new Map((await repo.listForEvent(trx, c.event.id)).map((m) => [m.id, m]));
  const slots = new Map((await schedule.listSlots(trx, c.event.id)).map((s) => [s.id, s]));
  const tables = new Map((await schedule.listTables(trx, c.event.id)).map((t) => [t.id, t]));
  const people = await repo.findPeople(
    trx,
    [...meetings.values()].flatMap((m) => [m.requesterId, m.recipientId]),
  );
  const lines = new Map<string, string[]>();
  for (const draft of await runs.listDrafts(trx, c.runId)) {
    const m = meetings.get(draft.meetingId);
    const slot = slots.get(draft.slotId);
    const table = tables.get(draft.tableId);
    // Cancelled (or placed by the two themselves) since the run: nothing to publish for it.
    if (!m || m.status !== 'accepted' || m.slotId !== null || !slot || !table) {
      continue;
    }
    await place(trx, m, slot, table, c);
    for (const [toId, otherId] of [
      [m.requesterId, m.recipientId],
      [m.recipientId, m.requesterId],
    ] as const) {
      const to = people.get(toId);
      const other = people.get(otherId);
      if (to && other) {
        const where = { startsAt: slot.startsAt, timeZone: c.event.timeZone, tableNumber: table.number };
        const line = agendaLine(pickLocale(to.locale), where, {
          name: fullName(other),
          organization: other.organization,
        });
        lines.set(toId, [...(lines.get(toId) ?? []), `${slot.startsAt}\t${line}`]);
        const notice = {
          kind: 'scheduled' as const,
          meetingId: m.id,
          event: c.event,
          to,
          other,
          dedupe: c.runId,
        };
        await notify(trx, deps.mail, deps.baseUrl, { ...notice, withoutMail: true }, c.now);
      }
    }
  }
  await mailSchedules(deps, trx, c, people, lines);
}

async function place(
  trx: Executor,
  m: MeetingWithPlace,
  slot: SlotRow,
  table: TableRow,
  c: { event: EventRow; now: string },
): Promise<void> {
  const placement = { meetingId: m.id, eventId: c.event.id, slotId: slot.id, placedBy: 'scheduler' as const };
  const placed =
    (await repo.claimPlacement(trx, m.id, m.placementVersion, c.now)) &&
    (await schedule.bookPeople(trx, slot.id, m.id, [m.requesterId, m.recipientId])) &&
    (await schedule.takeTable(trx, placement, [table.id], c.now)) !== null;
  if (!placed) {
    throw new AppError('conflict', [{ field: 'run', key: 'field.meeting_run_stale' }]);
  }
  await repo.markPlaced(trx, m.id);
}

/** One mail per person with all of their newly scheduled meetings, in time order. */
async function mailSchedules(
  deps: MeetingsDeps,
  trx: Executor,
  c: { runId: string; event: EventRow },
  people: Map<string, PersonRow>,
  lines: Map<string, string[]>,
): Promise<void> {
  for (const [personId, entries] of lines) {
    const to = people.get(personId)!;
    const places = [...entries].sort().map((e) => e.slice(e.indexOf('\t') + 1));
    await sendMeetingMail(trx, deps.mail, deps.baseUrl, {
      kind: 'scheduled',
      meetingId: c.runId,
      event: c.event,
      to,
      other: to,
      dedupe: c.runId,
      places,
    });
  }
}
