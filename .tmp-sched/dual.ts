import { buildProblem, type Problem } from '../src/server/features/meetings/scheduler-state.js';
import { scheduleMeetings } from '../src/server/features/meetings/scheduler.js';
// Reuse the bench input by importing a generator copy
process.env.BENCH_NO_RUN = '1';
const { benchInput } = await import('./gen.js');
const input = benchInput(Number(process.env.T ?? 1200));
const pb = buildProblem(input);
function dual(pb: Problem, iters: number) {
  const { nP, nS, nM, ea, eb, feasible, cap } = pb;
  const z = new Float64Array(nP * nS).fill(0.5);
  const w = new Float64Array(nS).fill(0);
  let best = Infinity;
  const gz = new Float64Array(nP * nS); const gw = new Float64Array(nS);
  for (let it = 0; it < iters; it++) {
    let D = 0;
    gz.fill(0); gw.fill(0);
    for (let m = 0; m < nM; m++) {
      let bestS = -1, bv = 0;
      for (const s of feasible[m]!) { const v = 1 - z[ea[m]! * nS + s]! - z[eb[m]! * nS + s]! - w[s]!; if (v > bv) { bv = v; bestS = s; } }
      if (bestS >= 0) { D += bv; gz[ea[m]! * nS + bestS]! -= 1; gz[eb[m]! * nS + bestS]! -= 1; gw[bestS]! -= 1; }
    }
    // z only counted where someone could use it: usable cells; unusable cells set to 0 contribute nothing
    for (let i = 0; i < nP * nS; i++) { D += z[i]!; gz[i]! += 1; }
    for (let s = 0; s < nS; s++) { D += cap[s]! * w[s]!; gw[s]! += cap[s]!; }
    best = Math.min(best, D);
    const step = 0.05 / Math.sqrt(it + 1);
    for (let i = 0; i < nP * nS; i++) z[i] = Math.min(1, Math.max(0, z[i]! - step * gz[i]!));
    for (let s = 0; s < nS; s++) w[s] = Math.min(1, Math.max(0, w[s]! - step * 0.01 * gw[s]!));
    if (it % 50 === 0) console.log(it, D.toFixed(1), best.toFixed(1));
  }
  return best;
}
console.time('dual'); console.log(dual(pb, Number(process.env.I ?? 300))); console.timeEnd('dual');
