import { describe, expect, it } from 'vitest';
import type { SchedulerInput } from './scheduler.js';
import { findScheduleViolations, measureSchedule } from './scheduler-check.js';

const input: SchedulerInput = {
  slots: [0, 1, 2, 3].map((index) => ({ slotId: `s${index}`, index })),
  tableIds: ['t1', 't2'],
  meetings: [
    { meetingId: 'm1', personA: 'anna', personB: 'ben' },
    { meetingId: 'm2', personA: 'anna', personB: 'cem' },
    { meetingId: 'm3', personA: 'dora', personB: 'emil' },
  ],
  kept: [{ meetingId: 'k1', personA: 'cem', personB: 'dora', slotId: 's3', tableId: 't1' }],
  unavailable: new Map([['ben', new Set(['s2'])]]),
};
const place = (meetingId: string, slotId: string, tableId: string) => {
  const m = [...input.meetings, ...input.kept].find((x) => x.meetingId === meetingId)!;
  return { meetingId, personA: m.personA, personB: m.personB, slotId, tableId };
};
const kept = place('k1', 's3', 't1');

describe('findScheduleViolations', () => {
  it('accepts a valid schedule', () => {
    expect(findScheduleViolations(input, [place('m1', 's0', 't1'), place('m2', 's1', 't1'), kept])).toEqual(
      [],
    );
  });

  it('finds double bookings, unavailability, unknown places, duplicates and moved or missing kept meetings', () => {
    const kinds = (schedule: ReturnType<typeof place>[]) =>
      findScheduleViolations(input, schedule).map((v) => v.kind);
    expect(kinds([place('m1', 's0', 't1'), place('m2', 's0', 't2'), kept])).toEqual(['person-double-booked']);
    expect(kinds([place('m1', 's0', 't1'), place('m3', 's0', 't1'), kept])).toEqual(['table-double-booked']);
    expect(kinds([place('m1', 's2', 't1'), kept])).toEqual(['person-unavailable']);
    expect(kinds([place('m1', 's9', 't1'), kept])).toEqual(['unknown-slot-or-table']);
    expect(kinds([place('m1', 's0', 't1'), place('m1', 's1', 't1'), kept])).toEqual(['meeting-twice']);
    expect(kinds([{ ...place('m1', 's0', 't1'), personB: 'cem' }, kept])).toEqual(['unknown-meeting']);
    expect(kinds([place('k1', 's2', 't1')])).toEqual(['kept-changed']);
    expect(kinds([])).toEqual(['kept-changed']);
  });
});

describe('measureSchedule', () => {
  it('counts meetings per person and idle gaps, not counting a starred session as idle', () => {
    const measures = measureSchedule(input, [place('m1', 's0', 't1'), place('m2', 's2', 't1'), kept]);
    // anna: s0 and s2, one idle slot between; cem: s2 and s3; ben, dora: one each; emil: none.
    expect(measures).toEqual({
      meetings: 3,
      people: 5,
      peopleWithNone: 1,
      fewest: 0,
      most: 2,
      sumOfSquares: 4 + 1 + 4 + 1,
      idleGaps: 1,
    });
    const starred = { ...input, unavailable: new Map([['anna', new Set(['s1'])]]) };
    expect(measureSchedule(starred, [place('m1', 's0', 't1'), place('m2', 's2', 't1'), kept]).idleGaps).toBe(
      0,
    );
  });
});
