/**
 * Fewer idle gaps without touching which meetings take place (so count and fairness stay): a meeting
 * moves to another slot along its Kempe chain, and when that would overfill the target slot, one
 * other meeting moves the opposite way to make room.
 */
import type { SearchBudget } from './scheduler-context.js';
import type { ScheduleState } from './scheduler-state.js';

const CHAIN_LIMIT = 16;
const GAP_PASSES = 4;

/**
 * The Kempe chain of meeting m between its slot s and slot t: m and, repeatedly, every meeting in the
 * other of the two slots that shares a person with one already in the chain. Swapping the two slots
 * for the whole chain keeps every person single-booked. Null if it grows beyond the limit.
 */
function kempeChain(st: ScheduleState, m: number, s: number, t: number): number[] | null {
  const chain = [m];
  for (let i = 0; i < chain.length; i += 1) {
    const x = chain[i]!;
    const other = st.slotOf[x] === s ? t : s;
    for (const p of [st.pb.ea[x]!, st.pb.eb[x]!]) {
      const g = st.meetingAt(p, other);
      if (g >= 0 && !chain.includes(g)) {
        if (chain.length >= CHAIN_LIMIT) {
          return null;
        }
        chain.push(g);
      }
    }
  }
  return chain;
}

/** Whether meeting x may sit in slot s as far as availability goes (the people's other meetings aside). */
function allowedIn(st: ScheduleState, x: number, s: number): boolean {
  const { nS, blocked, ea, eb } = st.pb;
  return blocked[ea[x]! * nS + s] === 0 && blocked[eb[x]! * nS + s] === 0;
}

/**
 * Moves one meeting from the overfull slot `from` to `to` where it fits, the one that leaves the
 * fewest gaps; false if none fits. Candidates are tried and rolled back one by one.
 */
function relieve(st: ScheduleState, from: number, to: number): boolean {
  let best = -1;
  let bestGaps = Infinity;
  const candidates = st.members[from]!.slice(0, st.load[from]);
  for (const g of candidates) {
    const { ea, eb } = st.pb;
    if (!allowedIn(st, g, to) || st.meetingAt(ea[g]!, to) >= 0 || st.meetingAt(eb[g]!, to) >= 0) {
      continue;
    }
    const mark = st.checkpoint();
    st.unplace(g);
    st.place(g, to);
    if (st.gaps < bestGaps) {
      best = g;
      bestGaps = st.gaps;
    }
    st.rollback(mark);
  }
  if (best < 0) {
    return false;
  }
  st.unplace(best);
  st.place(best, to);
  return true;
}

/** Moves m to slot t along its Kempe chain (making room if needed); keeps it only if gaps drop. */
function tryMove(st: ScheduleState, m: number, t: number): boolean {
  const s = st.slotOf[m]!;
  const chain = kempeChain(st, m, s, t);
  if (chain === null) {
    return false;
  }
  const targets = chain.map((x) => (st.slotOf[x] === s ? t : s));
  if (chain.some((x, i) => !allowedIn(st, x, targets[i]!))) {
    return false;
  }
  const toT = targets.filter((target) => target === t).length;
  const overT = st.load[t]! + toT - (chain.length - toT) - st.pb.cap[t]!;
  const overS = st.load[s]! + (chain.length - toT) - toT - st.pb.cap[s]!;
  if (overT > 1 || overS > 1) {
    return false;
  }
  const before = st.gaps;
  const mark = st.checkpoint();
  chain.forEach((x) => st.unplace(x));
  chain.forEach((x, i) => st.place(x, targets[i]!));
  // Only worth making room when the chain itself already helps.
  const fixed =
    overT <= 0 && overS <= 0 ? true : st.gaps < before && (overT > 0 ? relieve(st, t, s) : relieve(st, s, t));
  if (fixed && st.gaps < before) {
    st.commit(mark);
    return true;
  }
  st.rollback(mark);
  return false;
}

/** Gap-reducing moves for every person with idle gaps, in passes while they help. */
export function reduceGaps(st: ScheduleState, budget: SearchBudget): void {
  const { nP, nS } = st.pb;
  for (let pass = 0; pass < GAP_PASSES && st.gaps > 0 && !budget.expired(); pass += 1) {
    let improved = 0;
    for (let p = 0; p < nP && !budget.expired(); p += 1) {
      for (let s = 0; s < nS && st.gapsOf[p]! > 0; s += 1) {
        const m = st.meetingAt(p, s);
        for (let t = 0; m >= 0 && t < nS && st.slotOf[m] === s; t += 1) {
          if (t !== s && tryMove(st, m, t)) {
            improved += 1;
          }
        }
      }
      if ((p & 255) === 0) {
        budget.report('gaps', p, nP);
      }
    }
    if (improved === 0) {
      return;
    }
  }
}
