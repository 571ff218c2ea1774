/**
 * Checking and measuring a schedule from the plain input, independently of the scheduler's own data
 * structures: the tests, the benchmark and the organizer's report use it.
 */
import type { KeptMeeting, SchedulerInput } from './scheduler.js';

export type ScheduleViolationKind =
  | 'person-double-booked'
  | 'table-double-booked'
  | 'person-unavailable'
  | 'unknown-meeting'
  | 'unknown-slot-or-table'
  | 'meeting-twice'
  | 'kept-changed';

export interface ScheduleViolation {
  kind: ScheduleViolationKind;
  meetingId: string;
}

/**
 * Every broken hard rule: a person or a table twice in a slot, a new meeting where a person is
 * unavailable or in an unknown slot or at an unknown table, a meeting not in the input or placed twice,
 * a kept meeting missing or moved. Clashes between two kept meetings are the input's, not reported.
 */
export function findScheduleViolations(
  input: SchedulerInput,
  scheduled: readonly KeptMeeting[],
): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const kept = new Map(input.kept.map((k) => [k.meetingId, k]));
  const requested = new Map(input.meetings.map((m) => [m.meetingId, m]));
  const slots = new Set(input.slots.map((s) => s.slotId));
  const tables = new Set(input.tableIds);
  const seen = new Set<string>();
  const byCell = new Map<string, KeptMeeting>();
  const claim = (cell: string, meeting: KeptMeeting, kind: ScheduleViolationKind) => {
    const other = byCell.get(cell);
    if (other && !(kept.has(other.meetingId) && kept.has(meeting.meetingId))) {
      violations.push({ kind, meetingId: meeting.meetingId });
    }
    byCell.set(cell, meeting);
  };
  for (const meeting of scheduled) {
    const id = meeting.meetingId;
    if (seen.has(id)) {
      violations.push({ kind: 'meeting-twice', meetingId: id });
      continue;
    }
    seen.add(id);
    const keep = kept.get(id);
    const wanted = keep ?? requested.get(id);
    if (!wanted || wanted.personA !== meeting.personA || wanted.personB !== meeting.personB) {
      violations.push({ kind: 'unknown-meeting', meetingId: id });
      continue;
    }
    if (keep && (keep.slotId !== meeting.slotId || keep.tableId !== meeting.tableId)) {
      violations.push({ kind: 'kept-changed', meetingId: id });
    }
    if (!keep && (!slots.has(meeting.slotId) || !tables.has(meeting.tableId))) {
      violations.push({ kind: 'unknown-slot-or-table', meetingId: id });
    }
    const people = new Set([meeting.personA, meeting.personB]);
    for (const person of people) {
      if (!keep && input.unavailable.get(person)?.has(meeting.slotId)) {
        violations.push({ kind: 'person-unavailable', meetingId: id });
      }
      claim(`p\u0000${meeting.slotId}\u0000${person}`, meeting, 'person-double-booked');
    }
    claim(`t\u0000${meeting.slotId}\u0000${meeting.tableId}`, meeting, 'table-double-booked');
  }
  for (const id of kept.keys()) {
    if (!seen.has(id)) {
      violations.push({ kind: 'kept-changed', meetingId: id });
    }
  }
  return violations;
}

/** Figures of a schedule for reports and benchmarks. */
export interface ScheduleMeasures {
  meetings: number;
  /** People named in any meeting of the input (kept or to place). */
  people: number;
  peopleWithNone: number;
  /** Meetings per person: smallest, largest, and the sum of squares (with a fixed total, the spread). */
  fewest: number;
  most: number;
  sumOfSquares: number;
  idleGaps: number;
}

/** Counts per person and idle gaps (free, available slots between a person's first and last meeting). */
export function measureSchedule(input: SchedulerInput, scheduled: readonly KeptMeeting[]): ScheduleMeasures {
  const order = [...input.slots].sort((x, y) => x.index - y.index || (x.slotId < y.slotId ? -1 : 1));
  const position = new Map(order.map((s, i) => [s.slotId, i]));
  const busy = new Map<string, Set<number>>();
  for (const m of [...input.meetings, ...input.kept]) {
    busy.set(m.personA, new Set()).set(m.personB, new Set());
  }
  for (const m of scheduled) {
    const pos = position.get(m.slotId);
    for (const person of new Set([m.personA, m.personB])) {
      if (pos !== undefined) {
        busy.get(person)?.add(pos);
      }
    }
  }
  const counts = new Map<string, number>([...busy.keys()].map((p) => [p, 0]));
  for (const m of scheduled) {
    for (const person of new Set([m.personA, m.personB])) {
      counts.set(person, (counts.get(person) ?? 0) + 1);
    }
  }
  let idleGaps = 0;
  for (const [person, slots] of busy) {
    const first = Math.min(...slots);
    const last = Math.max(...slots);
    for (let s = first + 1; s < last; s += 1) {
      idleGaps += slots.has(s) || input.unavailable.get(person)?.has(order[s]!.slotId) ? 0 : 1;
    }
  }
  const values = [...counts.values()];
  return {
    meetings: scheduled.length,
    people: values.length,
    peopleWithNone: values.filter((c) => c === 0).length,
    fewest: values.length > 0 ? Math.min(...values) : 0,
    most: values.length > 0 ? Math.max(...values) : 0,
    sumOfSquares: values.reduce((sum, c) => sum + c * c, 0),
    idleGaps,
  };
}
