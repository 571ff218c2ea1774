import fc from 'fast-check';
import { scheduleMeetings } from '../src/server/features/meetings/scheduler.js';
import { findScheduleViolations, measureSchedule } from '../src/server/features/meetings/scheduler-check.js';
import { solveExhaustively } from '../src/server/features/meetings/scheduler-exhaustive.js';
import { instanceFrom } from '../src/server/features/meetings/scheduler-instances.js';
const minPairs = Number(process.argv[2] ?? 0); const rounds = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const runs = Number(process.argv[4] ?? 1000);
const arb = fc.record({
    people: fc.integer({ min: 2, max: 12 }), slots: fc.integer({ min: 1, max: 6 }), tables: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { minLength: minPairs, maxLength: 14 }),
    unavailable: fc.array(fc.tuple(fc.nat(11), fc.nat(5)), { maxLength: 24 }),
    kept: fc.array(fc.tuple(fc.nat(14), fc.nat(5), fc.nat(2)), { maxLength: 3 }),
  });
const samples = fc.sample(arb, { numRuns: runs, seed: 99 });
let bad = 0, badFair = 0, badGap=0, viol = 0, th=0, te=0, bSlack=0;
samples.forEach((spec, i) => {
  const input = instanceFrom(spec);
  let t = performance.now();
  const r = scheduleMeetings({ ...input, improveRounds: rounds });
  th += performance.now()-t; t = performance.now();
  const o = solveExhaustively(input);
  te += performance.now()-t;
  const m = measureSchedule(input, r.scheduled);
  if (findScheduleViolations(input, r.scheduled).length) viol++;
  if (m.idleGaps !== r.idleGaps) badGap++;
  if (r.scheduled.length !== o.count) { bad++; if (bad<4) console.log('count', i, r.scheduled.length, o.count, JSON.stringify(spec)); }
  else if (m.people - m.peopleWithNone !== o.covered || m.sumOfSquares !== o.sumSq) { badFair++; if (badFair<4) console.log('fair', i, m.people-m.peopleWithNone, m.sumOfSquares, o, JSON.stringify(spec)); }
  bSlack += r.upperBound - o.count;
});
console.log({ bad, badFair, badGap, viol, th: th.toFixed(0), te: te.toFixed(0), meanBoundSlack: (bSlack/runs).toFixed(3) });
