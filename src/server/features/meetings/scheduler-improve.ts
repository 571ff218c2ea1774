/**
 * Improving a schedule without losing meetings: swaps for fairness (a left-over meeting replaces one
 * between people who have more) and a perturb-and-repair search.
 */
import type { ChainSearch } from './scheduler-construct.js';
import type { SearchBudget } from './scheduler-context.js';
import { compareScore, type ScheduleState } from './scheduler-state.js';

const REPAIR_LIMIT = 8;

/** Change in (people covered, sum of squared counts) when `added` gains one meeting and `removed` loses one. */
function fairnessDelta(st: ScheduleState, added: number, removed: number): [number, number] {
  const pb = st.pb;
  const people = [pb.ea[added]!, pb.eb[added]!, pb.ea[removed]!, pb.eb[removed]!];
  const change = [1, 1, -1, -1];
  let covered = 0;
  let sumSq = 0;
  for (let i = 0; i < 4; i += 1) {
    const p = people[i]!;
    if (people.indexOf(p) !== i) {
      continue; // aggregated at its first occurrence
    }
    let d = 0;
    for (let j = i; j < 4; j += 1) {
      d += people[j] === p ? change[j]! : 0;
    }
    const c = st.cnt[p]!;
    covered += (c + d > 0 ? 1 : 0) - (c > 0 ? 1 : 0);
    sumSq += (c + d) * (c + d) - c * c;
  }
  return [covered, sumSq];
}

/** fairnessDelta when m and g share nobody (the common case, kept cheap: it runs for whole slots). */
function disjointDelta(st: ScheduleState, m: number, g: number): [number, number] {
  const { ea, eb } = st.pb;
  const ca = st.cnt[ea[m]!]!;
  const cb = st.cnt[eb[m]!]!;
  const cc = st.cnt[ea[g]!]!;
  const cd = st.cnt[eb[g]!]!;
  const covered = (ca === 0 ? 1 : 0) + (cb === 0 ? 1 : 0) - (cc === 1 ? 1 : 0) - (cd === 1 ? 1 : 0);
  return [covered, 2 * (ca + cb - cc - cd) + 4];
}

/**
 * Tries to schedule left-over meeting m in place of one scheduled meeting when that makes the schedule
 * fairer (more people covered, or a smaller sum of squared counts); the one taken out then tries to
 * find another place. Returns whether the schedule improved.
 */
export function swapIn(st: ScheduleState, chain: ChainSearch, m: number): boolean {
  const a = st.pb.ea[m]!;
  const b = st.pb.eb[m]!;
  let bestSlot = -1;
  let bestVictim = -1;
  let bestCovered = 0;
  let bestSumSq = 0;
  // Without giving someone a first meeting, replacing g = (c, d) helps only if both keep one and
  // cnt[c] + cnt[d] >= cnt[a] + cnt[b] + 3 (the sum of squares must drop).
  const coverage = st.cnt[a] === 0 || st.cnt[b] === 0;
  for (const s of st.pb.feasible[m]!) {
    const va = st.meetingAt(a, s);
    const vb = st.meetingAt(b, s);
    if (va >= 0 && vb >= 0 && va !== vb) {
      continue;
    }
    const victim = va >= 0 ? va : vb;
    if (victim < 0 && st.load[s]! < st.pb.cap[s]!) {
      st.place(m, s); // a free place after all: one more meeting
      return true;
    }
    if (victim < 0 && !coverage && 2 * st.countCeiling < st.cnt[a]! + st.cnt[b]! + 3) {
      continue; // no meeting in the slot is between people with enough more meetings to be worth a swap
    }
    const candidates = victim >= 0 ? [victim] : st.members[s]!.subarray(0, st.load[s]);
    for (const g of candidates) {
      const [covered, sumSq] = victim >= 0 ? fairnessDelta(st, m, g) : disjointDelta(st, m, g);
      if (covered > bestCovered || (covered === bestCovered && sumSq < bestSumSq)) {
        bestSlot = s;
        bestVictim = g;
        bestCovered = covered;
        bestSumSq = sumSq;
      }
    }
  }
  if (bestSlot < 0) {
    return false;
  }
  st.unplace(bestVictim);
  st.place(m, bestSlot);
  chain.insert(bestVictim, 1, 50);
  return true;
}

/** Passes of fairness swaps over the left-over meetings, those of people with fewest meetings first. */
export function improveFairness(st: ScheduleState, chain: ChainSearch, budget: SearchBudget): void {
  const { nM, ea, eb, feasible } = st.pb;
  for (let pass = 0; pass < 6 && !budget.expired(); pass += 1) {
    st.recountCeiling();
    const open: number[] = [];
    for (let m = 0; m < nM; m += 1) {
      if (st.slotOf[m]! < 0 && feasible[m]!.length > 0) {
        open.push(m);
      }
    }
    const least = (m: number) => Math.min(st.cnt[ea[m]!]!, st.cnt[eb[m]!]!);
    const both = (m: number) => st.cnt[ea[m]!]! + st.cnt[eb[m]!]!;
    open.sort((x, y) => least(x) - least(y) || both(x) - both(y) || x - y);
    let improved = 0;
    for (let i = 0; i < open.length && !budget.expired(); i += 1) {
      const m = open[i]!;
      if (st.slotOf[m]! < 0 && swapIn(st, chain, m)) {
        st.commit(0);
        improved += 1;
      }
      if ((i & 1023) === 0) {
        budget.report('fairness', i, open.length);
      }
    }
    if (improved === 0) {
      return;
    }
  }
}

/**
 * Perturb and repair: take a few meetings around a random meeting out, put left-over meetings of the
 * people concerned back by chains and fairness swaps, keep the result unless it is worse.
 */
export function perturbAndRepair(
  st: ScheduleState,
  chain: ChainSearch,
  budget: SearchBudget,
  random: () => number,
  iterations: number,
): void {
  const { nM, ea, eb, byPerson, feasible } = st.pb;
  if (nM === 0) {
    return;
  }
  for (let it = 0; it < iterations && !budget.expired(); it += 1) {
    const before = st.score();
    const mark = st.checkpoint();
    const m = pickMeeting(st, random);
    const people = new Set([ea[m]!, eb[m]!]);
    const scheduled = [...people].flatMap((p) => [...byPerson[p]!].filter((x) => st.slotOf[x]! >= 0));
    const out = Math.min(scheduled.length, 1 + Math.floor(random() * 3));
    for (let k = 0; k < out; k += 1) {
      const pick = scheduled.splice(Math.floor(random() * scheduled.length), 1)[0]!;
      st.unplace(pick);
      people.add(ea[pick]!).add(eb[pick]!);
    }
    if (st.slotOf[m]! < 0 && feasible[m]!.length > 0) {
      forceIn(st, m, random);
    }
    for (const x of repairCandidates(st, people, random)) {
      if (st.slotOf[x]! < 0 && !chain.insert(x, 2, 30)) {
        swapIn(st, chain, x);
      }
    }
    if (compareScore(st.score(), before) >= 0) {
      st.commit(mark);
    } else {
      st.rollback(mark);
    }
    if ((it & 1023) === 0) {
      budget.report('improve', it, iterations);
    }
  }
}

/** A random meeting; half of the time one of a person with idle gaps (found by a few random draws). */
function pickMeeting(st: ScheduleState, random: () => number): number {
  const { nM, nP, byPerson } = st.pb;
  if (st.gaps > 0 && random() < 0.5) {
    for (let draw = 0; draw < 8; draw += 1) {
      const p = Math.floor(random() * nP);
      const own = byPerson[p]!;
      if (st.gapsOf[p]! > 0 && own.length > 0) {
        return own[Math.floor(random() * own.length)]!;
      }
    }
  }
  return Math.floor(random() * nM);
}

/**
 * Left-over meetings of the people concerned to try again: a random few, those of people with the
 * fewest meetings first (a popular person has hundreds; trying all would make a round slow).
 */
function repairCandidates(st: ScheduleState, people: Set<number>, random: () => number): number[] {
  const { ea, eb, byPerson, feasible } = st.pb;
  // The REPAIR_LIMIT smallest keys by insertion into a short sorted list: no sort of hundreds.
  const picked: number[] = [];
  const keys: number[] = [];
  for (const p of people) {
    for (const x of byPerson[p]!) {
      if (st.slotOf[x]! >= 0 || feasible[x]!.length === 0) {
        continue;
      }
      const key = Math.min(st.cnt[ea[x]!]!, st.cnt[eb[x]!]!) + random();
      if (picked.length === REPAIR_LIMIT && key >= keys[REPAIR_LIMIT - 1]!) {
        continue;
      }
      let i = Math.min(picked.length, REPAIR_LIMIT - 1);
      while (i > 0 && keys[i - 1]! > key) {
        keys[i] = keys[i - 1]!;
        picked[i] = picked[i - 1]!;
        i -= 1;
      }
      keys[i] = key;
      picked[i] = x;
    }
  }
  return picked;
}

/** Puts m into a random slot it may use, taking out whatever is in the way. */
function forceIn(st: ScheduleState, m: number, random: () => number): void {
  const options = st.pb.feasible[m]!.filter((s) => st.pb.cap[s]! > 0);
  if (options.length === 0) {
    return;
  }
  const s = options[Math.floor(random() * options.length)]!;
  for (const p of [st.pb.ea[m]!, st.pb.eb[m]!]) {
    const v = st.meetingAt(p, s);
    if (v >= 0) {
      st.unplace(v);
    }
  }
  if (st.load[s]! >= st.pb.cap[s]!) {
    st.unplace(st.members[s]![Math.floor(random() * st.load[s]!)]!);
  }
  st.place(m, s);
}
