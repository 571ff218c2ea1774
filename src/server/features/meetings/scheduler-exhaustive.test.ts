import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleMeetings } from './scheduler.js';
import { findScheduleViolations, measureSchedule } from './scheduler-check.js';
import { solveExhaustively } from './scheduler-exhaustive.js';
import { instanceFrom, type InstanceSpec } from './scheduler-instances.js';

/** Instances of up to 12 people, 6 slots and 14 meetings, some kept, some unavailability. */
function specs(max: {
  people: number;
  slots: number;
  tables: number;
  pairs: number;
}): fc.Arbitrary<InstanceSpec> {
  return fc.record({
    people: fc.integer({ min: 2, max: max.people }),
    slots: fc.integer({ min: 1, max: max.slots }),
    tables: fc.integer({ min: 1, max: max.tables }),
    pairs: fc.array(fc.tuple(fc.nat(max.people - 1), fc.nat(max.people - 1)), { maxLength: max.pairs }),
    unavailable: fc.array(fc.tuple(fc.nat(max.people - 1), fc.nat(max.slots - 1)), {
      maxLength: max.people * 2,
    }),
    kept: fc.array(fc.tuple(fc.nat(max.pairs), fc.nat(max.slots - 1), fc.nat(max.tables - 1)), {
      maxLength: 3,
    }),
  });
}

const small = specs({ people: 12, slots: 6, tables: 3, pairs: 14 });

describe('scheduleMeetings against exhaustive search', () => {
  it('schedules as many meetings as the optimum, as fairly, and the bound is never below it', () => {
    fc.assert(
      fc.property(small, (spec) => {
        const input = instanceFrom(spec);
        const result = scheduleMeetings(input);
        const optimum = solveExhaustively(input);
        expect(findScheduleViolations(input, result.scheduled)).toEqual([]);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum.count);
        const measures = measureSchedule(input, result.scheduled);
        // Lexicographic: meetings, then people with at least one, then the sum of squared counts.
        expect([
          result.scheduled.length,
          measures.people - measures.peopleWithNone,
          measures.sumOfSquares,
        ]).toEqual([optimum.count, optimum.covered, optimum.sumSq]);
      }),
      { numRuns: 250, seed: 5 },
    );
  }, 60_000);
});
