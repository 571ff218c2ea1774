import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleMeetings, type KeptMeeting, type SchedulerInput } from './scheduler.js';
import { findScheduleViolations, measureSchedule } from './scheduler-check.js';
import { instanceFrom, type InstanceSpec } from './scheduler-instances.js';

const slots = (n: number) => Array.from({ length: n }, (_, i) => ({ slotId: `s${i}`, index: i }));
const tables = (n: number) => Array.from({ length: n }, (_, i) => `t${i + 1}`);
const meeting = (meetingId: string, personA: string, personB: string) => ({ meetingId, personA, personB });

function input(overrides: Partial<SchedulerInput>): SchedulerInput {
  return {
    slots: slots(1),
    tableIds: tables(1),
    meetings: [],
    kept: [],
    unavailable: new Map(),
    ...overrides,
  };
}

describe('scheduleMeetings: hard rules', () => {
  it('never books a person twice in a slot', () => {
    const result = scheduleMeetings(
      input({ tableIds: tables(2), meetings: [meeting('m1', 'anna', 'ben'), meeting('m2', 'anna', 'cem')] }),
    );
    expect(result.scheduled).toHaveLength(1);
    expect(result.unscheduled).toEqual([
      { meetingId: expect.any(String) as unknown, reason: 'person-fully-booked' },
    ]);
    expect(result.upperBound).toBe(1);
  });

  it('never uses a table twice in a slot: the tables limit the meetings per slot', () => {
    const result = scheduleMeetings(
      input({ meetings: [meeting('m1', 'anna', 'ben'), meeting('m2', 'cem', 'dora')] }),
    );
    expect(result.scheduled).toHaveLength(1);
    expect(result.unscheduled[0]?.reason).toBe('no-free-table');
  });

  it('never places a meeting where one of the two is unavailable', () => {
    const unavailable = new Map([['anna', new Set(['s0', 's2'])]]);
    const result = scheduleMeetings(
      input({ slots: slots(3), meetings: [meeting('m1', 'anna', 'ben')], unavailable }),
    );
    expect(result.scheduled.map((m) => m.slotId)).toEqual(['s1']);
    const none = scheduleMeetings(
      input({ meetings: [meeting('m1', 'anna', 'ben')], unavailable: new Map([['ben', new Set(['s0'])]]) }),
    );
    expect(none.unscheduled).toEqual([{ meetingId: 'm1', reason: 'no-common-free-slot' }]);
    expect(none.upperBound).toBe(0);
  });

  it('keeps published meetings exactly and schedules around them', () => {
    const kept: KeptMeeting[] = [{ ...meeting('k1', 'anna', 'ben'), slotId: 's0', tableId: 't1' }];
    const result = scheduleMeetings(
      input({
        slots: slots(2),
        tableIds: tables(2),
        meetings: [meeting('m1', 'anna', 'cem'), meeting('m2', 'dora', 'emil'), meeting('k1', 'anna', 'ben')],
        kept,
      }),
    );
    expect(result.scheduled).toContainEqual(kept[0]);
    expect(result.scheduled).toContainEqual({ ...meeting('m1', 'anna', 'cem'), slotId: 's1', tableId: 't1' });
    expect(result.scheduled).toContainEqual({
      ...meeting('m2', 'dora', 'emil'),
      slotId: 's0',
      tableId: 't2',
    });
    expect(result.scheduled.filter((m) => m.meetingId === 'k1')).toHaveLength(1);
  });

  it('a rerun keeps the published schedule and fills the gaps with new meetings', () => {
    const first = input({
      slots: slots(3),
      tableIds: tables(2),
      meetings: [meeting('m1', 'anna', 'ben'), meeting('m2', 'cem', 'dora'), meeting('m3', 'anna', 'cem')],
    });
    const published = scheduleMeetings(first).scheduled;
    expect(published).toHaveLength(3);
    const later = {
      ...first,
      kept: published,
      meetings: [meeting('m4', 'ben', 'dora'), meeting('m5', 'anna', 'dora')],
    };
    const rerun = scheduleMeetings(later);
    for (const kept of published) {
      expect(rerun.scheduled).toContainEqual(kept);
    }
    expect(rerun.scheduled).toHaveLength(5);
    expect(findScheduleViolations(later, rerun.scheduled)).toEqual([]);
  });

  it('keeps a published meeting even where its person has become unavailable, and books nobody over it', () => {
    const kept: KeptMeeting[] = [{ ...meeting('k1', 'anna', 'ben'), slotId: 's0', tableId: 't1' }];
    const later = input({
      tableIds: tables(3),
      meetings: [meeting('m1', 'anna', 'cem')],
      kept,
      unavailable: new Map([['anna', new Set(['s0'])]]),
    });
    const result = scheduleMeetings(later);
    expect(result.scheduled).toEqual(kept);
    expect(result.unscheduled).toEqual([{ meetingId: 'm1', reason: 'no-common-free-slot' }]);
  });

  it('counts idle gaps as a number when meetings are kept, in every slot and with or without a time limit', () => {
    for (const slotId of ['s0', 's1', 's2']) {
      for (const timeLimitMs of [undefined, 0, 20_000]) {
        const problem = input({
          slots: slots(3),
          meetings: [meeting('m1', 'a', 'c'), meeting('m2', 'c', 'd')],
          kept: [{ ...meeting('k1', 'a', 'b'), slotId, tableId: 't1' }],
          ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
        });
        const result = scheduleMeetings(problem);
        expect(Number.isInteger(result.idleGaps)).toBe(true);
        expect(result.idleGaps).toBe(measureSchedule(problem, result.scheduled).idleGaps);
      }
    }
  });
});

describe('scheduleMeetings: objective', () => {
  it('among equally many meetings, gives as many people as possible a meeting', () => {
    // Two places; anna is asked by three. Taking both of anna's would leave two people without.
    const result = scheduleMeetings(
      input({
        slots: slots(2),
        meetings: [meeting('m1', 'anna', 'ben'), meeting('m2', 'anna', 'cem'), meeting('m3', 'dora', 'cem')],
      }),
    );
    const measures = measureSchedule(input({ slots: slots(2), meetings: [] }), result.scheduled);
    expect(result.scheduled.map((m) => m.meetingId).sort()).toEqual(['m1', 'm3']);
    expect(measures.peopleWithNone).toBe(0);
  });

  it('puts a person’s meetings back to back and keeps them at the same table', () => {
    const result = scheduleMeetings(
      input({
        slots: slots(5),
        tableIds: tables(3),
        meetings: [meeting('m1', 'anna', 'ben'), meeting('m2', 'anna', 'cem'), meeting('m3', 'anna', 'dora')],
        unavailable: new Map([['dora', new Set(['s0', 's1', 's2'])]]),
      }),
    );
    const order = result.scheduled.map((m) => Number(m.slotId.slice(1))).sort();
    expect(order[2]! - order[0]!).toBe(2);
    expect(result.idleGaps).toBe(0);
    expect(new Set(result.scheduled.map((m) => m.tableId))).toEqual(new Set(['t1']));
  });

  it('is deterministic: the order of the input does not matter', () => {
    const base = instanceFrom({
      people: 9,
      slots: 4,
      tables: 2,
      pairs: [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 6],
        [6, 7],
        [7, 8],
        [0, 8],
        [0, 4],
        [2, 6],
        [1, 5],
      ],
      unavailable: [
        [0, 1],
        [3, 2],
      ],
    });
    const reversed = { ...base, slots: [...base.slots].reverse(), meetings: [...base.meetings].reverse() };
    expect(scheduleMeetings(reversed)).toEqual(scheduleMeetings(base));
  });

  it('reports progress, and within a time limit of zero still returns a valid schedule', () => {
    const phases = new Set<string>();
    const spec: InstanceSpec = {
      people: 8,
      slots: 3,
      tables: 2,
      pairs: [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      unavailable: [],
    };
    scheduleMeetings({ ...instanceFrom(spec), onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(expect.arrayContaining(['prepare', 'done']));
    const rushed = scheduleMeetings({ ...instanceFrom(spec), timeLimitMs: 0 });
    expect(rushed.timeLimitReached).toBe(true);
    expect(findScheduleViolations(instanceFrom(spec), rushed.scheduled)).toEqual([]);
    expect(rushed.scheduled.length + rushed.unscheduled.length).toBe(3);
  });

  it('bounds by tables, by the people free in a slot and by each person’s free slots', () => {
    const star = ['ben', 'cem', 'dora', 'emil', 'finn'].map((p, i) => meeting(`m${i}`, 'anna', p));
    expect(scheduleMeetings(input({ slots: slots(3), tableIds: tables(9), meetings: star })).upperBound).toBe(
      3,
    );
    const pairs = [meeting('m1', 'a', 'b'), meeting('m2', 'c', 'd'), meeting('m3', 'e', 'f')];
    expect(
      scheduleMeetings(input({ slots: slots(2), tableIds: tables(1), meetings: pairs })).upperBound,
    ).toBe(2);
  });
});

const medium = fc.record({
  people: fc.integer({ min: 2, max: 40 }),
  slots: fc.integer({ min: 1, max: 8 }),
  tables: fc.integer({ min: 1, max: 6 }),
  pairs: fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 120 }),
  unavailable: fc.array(fc.tuple(fc.nat(39), fc.nat(7)), { maxLength: 80 }),
  kept: fc.array(fc.tuple(fc.nat(119), fc.nat(7), fc.nat(5)), { maxLength: 12 }),
});

describe('scheduleMeetings: properties on random instances', () => {
  it('never double-books a person or a table, never places outside availability, keeps kept meetings', () => {
    fc.assert(
      fc.property(medium, (spec) => {
        const problem = instanceFrom(spec);
        const result = scheduleMeetings({ ...problem, improveRounds: 100 });
        expect(findScheduleViolations(problem, result.scheduled)).toEqual([]);
        const placed = new Set(result.scheduled.map((m) => m.meetingId));
        const unplaced = result.unscheduled.map((u) => u.meetingId);
        expect(unplaced.filter((id) => placed.has(id))).toEqual([]);
        expect(placed.size + unplaced.length).toBe(
          new Set([...problem.meetings, ...problem.kept].map((m) => m.meetingId)).size,
        );
        expect(result.scheduled.length).toBeLessThanOrEqual(result.upperBound);
        expect(result.idleGaps).toBe(measureSchedule(problem, result.scheduled).idleGaps);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('a rerun with more meetings keeps every published meeting where it is and only adds', () => {
    fc.assert(
      fc.property(medium, fc.nat(), (spec, cut) => {
        const all = instanceFrom(spec);
        const half = Math.floor(all.meetings.length / 2);
        const first = { ...all, kept: [], meetings: all.meetings.slice(0, half), improveRounds: 50 };
        const published = scheduleMeetings(first).scheduled.filter((_, i) => i % 3 !== cut % 3);
        const later = { ...all, kept: published, improveRounds: 50 };
        const rerun = scheduleMeetings(later);
        expect(findScheduleViolations(later, rerun.scheduled)).toEqual([]);
        expect(rerun.scheduled.length).toBeGreaterThanOrEqual(published.length);
      }),
      { numRuns: 100, seed: 8 },
    );
  });
});
