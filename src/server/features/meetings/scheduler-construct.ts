/**
 * Building a first schedule: a fairness-aware greedy (meetings that give someone a first meeting
 * first, then those between people with few meetings, the most constrained first), then augmenting
 * chains that place a left-over meeting by moving others out of its way.
 */
import type { SearchBudget } from './scheduler-context.js';
import type { ScheduleState } from './scheduler-state.js';

/** A binary min-heap of numbers (keys that encode meeting and priority). */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(key: number): void {
    const items = this.items;
    items.push(key);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= key) {
        break;
      }
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = key;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) {
          break;
        }
        const child = left + 1 < items.length && items[left + 1]! < items[left]! ? left + 1 : left;
        if (items[child]! >= last) {
          break;
        }
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

const MEETING_BITS = 2 ** 24;

/**
 * Greedy priority of meeting m, smaller first: people it would give a first meeting (2, 1, 0), then
 * the meetings the two already have, then how few slots it could use. Only grows as the schedule
 * fills, so stale heap entries can be re-pushed lazily. Exact integer in a double (46 bits).
 */
function greedyKey(st: ScheduleState, m: number): number {
  const a = st.pb.ea[m]!;
  const b = st.pb.eb[m]!;
  const gain = (st.cnt[a] === 0 ? 1 : 0) + (st.cnt[b] === 0 ? 1 : 0);
  const load = Math.min(st.cnt[a]! + st.cnt[b]!, 4095);
  const options = Math.min(st.pb.feasible[m]!.length, 255);
  return (((2 - gain) * 4096 + load) * 256 + options) * MEETING_BITS + m;
}

/** The best free slot for m now: fewest new idle gaps, then the emptiest slot, then the earliest; -1 if none. */
export function bestFreeSlot(st: ScheduleState, m: number): number {
  const a = st.pb.ea[m]!;
  const b = st.pb.eb[m]!;
  let best = -1;
  let bestGaps = Infinity;
  let bestRoom = -1;
  for (const s of st.pb.feasible[m]!) {
    if (!st.canPlace(m, s)) {
      continue;
    }
    const gaps = st.personGaps(a, s) - st.gapsOf[a]! + st.personGaps(b, s) - st.gapsOf[b]!;
    const room = st.pb.cap[s]! - st.load[s]!;
    if (gaps < bestGaps || (gaps === bestGaps && room > bestRoom)) {
      best = s;
      bestGaps = gaps;
      bestRoom = room;
    }
  }
  return best;
}

/** Fills the empty schedule greedily (see the module comment). */
export function placeGreedily(st: ScheduleState, budget: SearchBudget): void {
  const heap = new MinHeap();
  const total = st.pb.nM;
  if (total >= MEETING_BITS) {
    throw new Error('scheduleMeetings: too many meetings');
  }
  for (let m = 0; m < total; m += 1) {
    if (st.slotOf[m]! < 0 && st.pb.feasible[m]!.length > 0) {
      heap.push(greedyKey(st, m));
    }
  }
  let done = 0;
  while (heap.size > 0 && !budget.expired()) {
    const key = heap.pop();
    const m = key % MEETING_BITS;
    const current = greedyKey(st, m);
    if (current > key) {
      heap.push(current); // its people got meetings meanwhile: wait for its new turn
      continue;
    }
    const s = bestFreeSlot(st, m);
    if (s >= 0) {
      st.place(m, s);
      st.commit(0);
    }
    done += 1;
    if ((done & 4095) === 0) {
      budget.report('greedy', done, total);
    }
  }
}

/** Depth-limited search for augmenting chains; remembers which meetings one search already moved. */
export class ChainSearch {
  private readonly seen: Int32Array;
  private stamp = 0;
  private nodes = 0;

  constructor(
    private readonly st: ScheduleState,
    private readonly budget: SearchBudget,
  ) {
    this.seen = new Int32Array(st.pb.nM);
  }

  /**
   * Tries to place unscheduled meeting m, moving at most `depth` scheduled meetings along a chain
   * (each to a slot where it fits after the previous one left). On failure the state is unchanged;
   * on success the moves stay in the undo log for the caller to commit or roll back.
   */
  insert(m: number, depth: number, maxNodes = 400): boolean {
    this.stamp += 1;
    this.nodes = maxNodes;
    return this.search(m, depth);
  }

  private search(m: number, depth: number): boolean {
    const st = this.st;
    this.seen[m] = this.stamp;
    for (const s of st.pb.feasible[m]!) {
      if (st.canPlace(m, s)) {
        st.place(m, s);
        return true;
      }
    }
    if (depth === 0) {
      return false;
    }
    const a = st.pb.ea[m]!;
    const b = st.pb.eb[m]!;
    for (const s of st.pb.feasible[m]!) {
      const va = st.meetingAt(a, s);
      const vb = st.meetingAt(b, s);
      if (va >= 0 && vb >= 0 && va !== vb) {
        continue; // two meetings in the way: a chain moves one at a time
      }
      const victim = va >= 0 ? va : vb;
      if (victim >= 0) {
        if (this.tryEject(m, s, victim, depth)) {
          return true;
        }
      } else if (st.pb.cap[s]! > 0) {
        // The slot is full: make room by moving one of its meetings (a bounded sample).
        const others = st.members[s]!.slice(0, Math.min(st.load[s]!, 24));
        for (const other of others) {
          if (this.tryEject(m, s, other, depth)) {
            return true;
          }
        }
      }
      if (this.nodes <= 0 || this.budget.expired()) {
        return false;
      }
    }
    return false;
  }

  private tryEject(m: number, s: number, victim: number, depth: number): boolean {
    if (this.seen[victim] === this.stamp || this.nodes <= 0) {
      return false;
    }
    this.nodes -= 1;
    const st = this.st;
    const mark = st.checkpoint();
    st.unplace(victim);
    st.place(m, s);
    if (this.search(victim, depth - 1)) {
      return true;
    }
    st.rollback(mark);
    return false;
  }
}

/** Places left-over meetings by augmenting chains while that adds meetings (count comes first). */
export function augmentCount(st: ScheduleState, chain: ChainSearch, budget: SearchBudget, depth = 3): void {
  const { nM, feasible, cap } = st.pb;
  const capacity = cap.reduce((sum, c) => sum + Math.max(c, 0), 0);
  for (let round = 0; round < 3; round += 1) {
    let added = 0;
    for (let m = 0; m < nM && !budget.expired(); m += 1) {
      if (st.count >= capacity) {
        return; // every table of every slot is taken: nothing more can be placed
      }
      if (st.slotOf[m]! < 0 && feasible[m]!.length > 0 && chain.insert(m, depth)) {
        st.commit(0);
        added += 1;
      }
      if ((m & 1023) === 0) {
        budget.report('augment', m, nM);
      }
    }
    if (added === 0) {
      return;
    }
  }
}
