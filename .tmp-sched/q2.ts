import fc from 'fast-check';
import { scheduleMeetings } from '../src/server/features/meetings/scheduler.js';
import { solveExhaustively } from '../src/server/features/meetings/scheduler-exhaustive.js';
import { instanceFrom } from '../src/server/features/meetings/scheduler-instances.js';
const arb = fc.record({
    people: fc.integer({ min: 2, max: 12 }), slots: fc.integer({ min: 1, max: 6 }), tables: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 14 }),
    unavailable: fc.array(fc.tuple(fc.nat(11), fc.nat(5)), { maxLength: 24 }),
    kept: fc.array(fc.tuple(fc.nat(14), fc.nat(5), fc.nat(2)), { maxLength: 3 }),
  });
const samples = fc.sample(arb, { numRuns: 50, seed: 5 });
let i=0;
for (const spec of samples) {
  const input = instanceFrom(spec);
  let t = performance.now();
  const r = scheduleMeetings(input);
  const th = performance.now()-t; t = performance.now();
  const o = solveExhaustively(input);
  const te = performance.now()-t;
  console.log(i++, spec.pairs.length, r.scheduled.length, o.count, th.toFixed(1), te.toFixed(1));
}
