import fc from 'fast-check';
import { scheduleMeetings } from '../src/server/features/meetings/scheduler.js';
import { findScheduleViolations } from '../src/server/features/meetings/scheduler-check.js';
import { instanceFrom } from '../src/server/features/meetings/scheduler-instances.js';
const arb = fc.record({
    people: fc.integer({ min: 2, max: 12 }), slots: fc.integer({ min: 1, max: 6 }), tables: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 14 }),
    unavailable: fc.array(fc.tuple(fc.nat(11), fc.nat(5)), { maxLength: 24 }),
    kept: fc.array(fc.tuple(fc.nat(14), fc.nat(5), fc.nat(2)), { maxLength: 3 }),
  });
const samples = fc.sample(arb, { numRuns: 50, seed: 5 });
const idx = Number(process.argv[2]);
const input = instanceFrom(samples[idx]!);
console.log(JSON.stringify(samples[idx]));
console.log(input.meetings, input.kept, input.unavailable);
if (process.argv[3]) { const r = scheduleMeetings({...input, improveRounds: Number(process.argv[3])}); console.log(r, findScheduleViolations(input, r.scheduled)); }
