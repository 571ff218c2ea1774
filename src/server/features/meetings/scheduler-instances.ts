/**
 * Scheduler instances from plain numbers, for tests (fast-check draws the numbers and shrinks them)
 * and examples. Kept meetings are made valid among themselves, but may sit where a person has become
 * unavailable since (a published meeting stays even then).
 */
import type { KeptMeeting, SchedulerInput, SchedulerMeeting } from './scheduler.js';

/** A compact description of an instance; indices wrap around, self-pairs become neighbours. */
export interface InstanceSpec {
  people: number;
  slots: number;
  tables: number;
  pairs: readonly (readonly [number, number])[];
  /** (person, slot) cells where the person is unavailable. */
  unavailable: readonly (readonly [number, number])[];
  /** (pair index, slot, table): make that meeting a kept one there when the place is free. */
  kept?: readonly (readonly [number, number, number])[];
}

const pad = (n: number) => String(n).padStart(3, '0');

/** Builds the SchedulerInput a spec describes. */
export function instanceFrom(spec: InstanceSpec): SchedulerInput {
  const person = (i: number) => `p${pad(i % spec.people)}`;
  const slots = Array.from({ length: spec.slots }, (_, i) => ({ slotId: `s${pad(i)}`, index: i }));
  const tableIds = Array.from({ length: spec.tables }, (_, i) => `t${pad(i)}`);
  const meetings: SchedulerMeeting[] = spec.pairs.map(([x, y], i) => {
    const a = x % spec.people;
    const b = y % spec.people === a ? (a + 1) % spec.people : y % spec.people;
    return { meetingId: `m${pad(i)}`, personA: person(a), personB: person(b) };
  });
  const unavailable = new Map<string, Set<string>>();
  for (const [p, s] of spec.unavailable) {
    const set = unavailable.get(person(p)) ?? new Set<string>();
    unavailable.set(person(p), set.add(`s${pad(s % spec.slots)}`));
  }
  const kept: KeptMeeting[] = [];
  const taken = new Set<string>();
  for (const [i, s, t] of spec.kept ?? []) {
    const meeting = meetings[i % Math.max(meetings.length, 1)];
    if (!meeting || kept.some((k) => k.meetingId === meeting.meetingId)) {
      continue;
    }
    const slotId = `s${pad(s % spec.slots)}`;
    const tableId = `t${pad(t % spec.tables)}`;
    const cells = [`${meeting.personA}/${slotId}`, `${meeting.personB}/${slotId}`, `${tableId}/${slotId}`];
    if (cells.every((c) => !taken.has(c))) {
      cells.forEach((c) => taken.add(c));
      kept.push({ ...meeting, slotId, tableId });
    }
  }
  return { slots, tableIds, meetings, kept, unavailable };
}
