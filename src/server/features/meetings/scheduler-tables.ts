/**
 * Tables for the placed meetings. Any free table will do (the search only counts them), so the choice
 * is about comfort: someone who sat at a table in the previous slot keeps it when it is free (no walking
 * between back-to-back meetings), otherwise the first free table in the organizer's order.
 */
import type { KeptMeeting } from './scheduler.js';
import { compareIds, type Problem } from './scheduler-state.js';

/** The whole schedule (kept meetings unchanged, new ones with a table), by slot, then table order. */
export function assignTables(pb: Problem, slotOf: Int32Array, tableIds: readonly string[]): KeptMeeting[] {
  const tableOrder = new Map<string, number>();
  tableIds.forEach((id, i) => {
    if (!tableOrder.has(id)) {
      tableOrder.set(id, i);
    }
  });
  const slotPos = new Map(pb.slotIds.map((id, s) => [id, s]));
  const bySlot: number[][] = pb.slotIds.map(() => []);
  for (let m = 0; m < pb.nM; m += 1) {
    if (slotOf[m]! >= 0) {
      bySlot[slotOf[m]!]!.push(m); // meetings are in id order already
    }
  }
  const placed: KeptMeeting[] = [];
  let previous = new Map<string, string>(); // person -> table in the previous slot
  for (let s = 0; s < pb.nS; s += 1) {
    const slotId = pb.slotIds[s]!;
    const taken = new Set(pb.keptTables[s]);
    const current = new Map<string, string>();
    for (const k of pb.kept) {
      if (k.slotId === slotId) {
        current.set(k.personA, k.tableId).set(k.personB, k.tableId);
      }
    }
    const waiting: number[] = [];
    const seat = (m: number, tableId: string) => {
      const meeting = pb.meetings[m]!;
      taken.add(tableId);
      current.set(meeting.personA, tableId).set(meeting.personB, tableId);
      placed.push({ ...meeting, slotId, tableId });
    };
    for (const m of bySlot[s]!) {
      const meeting = pb.meetings[m]!;
      const stay = [previous.get(meeting.personA), previous.get(meeting.personB)].find(
        (t) => t !== undefined && tableOrder.has(t) && !taken.has(t),
      );
      if (stay === undefined) {
        waiting.push(m);
      } else {
        seat(m, stay);
      }
    }
    let next = 0;
    for (const m of waiting) {
      while (taken.has(tableIds[next]!)) {
        next += 1;
      }
      seat(m, tableIds[next]!); // the search never puts more meetings in a slot than it has free tables
    }
    previous = current;
  }
  const order = (k: KeptMeeting) => slotPos.get(k.slotId) ?? pb.nS;
  return [...pb.kept, ...placed].sort(
    (x, y) =>
      order(x) - order(y) ||
      (tableOrder.get(x.tableId) ?? tableIds.length) - (tableOrder.get(y.tableId) ?? tableIds.length) ||
      compareIds(x.tableId, y.tableId) ||
      compareIds(x.meetingId, y.meetingId),
  );
}
