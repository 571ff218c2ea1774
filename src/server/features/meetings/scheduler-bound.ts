/**
 * An upper bound on how many of the meetings to place any schedule can hold, the smallest of:
 * (1) the meetings that have a slot both people may use at all;
 * (2) per slot, the free tables, and at most half the people who could meet in that slot;
 * (3) the fractional b-matching bound: nobody can have more meetings than their own meetings can be
 *     matched to slots (both people free there), relaxed to a linear programme over all people at once
 *     and solved exactly as a maximum flow on the bipartite double cover.
 * Each is a relaxation of the real problem, so the bound is never below the true optimum.
 */
import type { Problem } from './scheduler-state.js';

/** Dinic's maximum flow on a small graph stored in typed arrays. */
class FlowNetwork {
  private readonly head: Int32Array;
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(private readonly n: number) {
    this.head = new Int32Array(n).fill(-1);
    this.level = new Int32Array(n);
    this.cursor = new Int32Array(n);
  }

  addArc(from: number, to: number, capacity: number): void {
    for (const [u, v, c] of [
      [from, to, capacity],
      [to, from, 0],
    ] as const) {
      this.to.push(v);
      this.capacity.push(c);
      this.next.push(this.head[u]!);
      this.head[u] = this.to.length - 1;
    }
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    while (this.buildLevels(source, sink)) {
      this.cursor.set(this.head);
      for (let f = this.push(source, sink, Infinity); f > 0; f = this.push(source, sink, Infinity)) {
        flow += f;
      }
    }
    return flow;
  }

  private buildLevels(source: number, sink: number): boolean {
    this.level.fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i += 1) {
      const u = queue[i]!;
      for (let e = this.head[u]!; e >= 0; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.capacity[e]! > 0 && this.level[v]! < 0) {
          this.level[v] = this.level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return this.level[sink]! >= 0;
  }

  /** One augmenting path in the level graph (recursion depth is at most 4 here). */
  private push(u: number, sink: number, limit: number): number {
    if (u === sink) {
      return limit;
    }
    for (let e = this.cursor[u]!; e >= 0; e = this.next[e]!, this.cursor[u] = e) {
      const v = this.to[e]!;
      if (this.capacity[e]! > 0 && this.level[v] === this.level[u]! + 1) {
        const f = this.push(v, sink, Math.min(limit, this.capacity[e]!));
        if (f > 0) {
          this.capacity[e]! -= f;
          this.capacity[e ^ 1]! += f;
          return f;
        }
      }
    }
    this.cursor[u] = -1;
    return 0;
  }
}

/**
 * The most meetings person p can have at all: a maximum matching between p's meetings and the slots
 * each could use (both people free there), by augmenting paths; never more than p's usable slots.
 */
function personCapacity(pb: Problem, p: number): number {
  const slotTaken = new Int32Array(pb.nS).fill(-1); // slot -> meeting matched to it
  let matched = 0;
  const visit = (m: number, seen: Uint8Array): boolean => {
    for (const s of pb.feasible[m]!) {
      if (seen[s] === 0) {
        seen[s] = 1;
        const holder = slotTaken[s]!;
        if (holder < 0 || visit(holder, seen)) {
          slotTaken[s] = m;
          return true;
        }
      }
    }
    return false;
  };
  for (const m of pb.byPerson[p]!) {
    if (matched === pb.nS) {
      break;
    }
    matched += visit(m, new Uint8Array(pb.nS)) ? 1 : 0;
  }
  return matched;
}

/** The three bounds of the module comment for the meetings still to place. */
export function boundsForNewMeetings(pb: Problem): { placeable: number; tables: number; perPerson: number } {
  const { nP, nS, nM, ea, eb, feasible, cap } = pb;
  const usable = new Uint8Array(nP * nS); // person p could meet someone in slot s
  let placeable = 0;
  for (let m = 0; m < nM; m += 1) {
    placeable += feasible[m]!.length > 0 ? 1 : 0;
    for (const s of feasible[m]!) {
      usable[ea[m]! * nS + s] = 1;
      usable[eb[m]! * nS + s] = 1;
    }
  }
  let tables = 0;
  for (let s = 0; s < nS; s += 1) {
    let people = 0;
    for (let p = 0; p < nP; p += 1) {
      people += usable[p * nS + s]!;
    }
    tables += Math.max(0, Math.min(cap[s]!, Math.floor(people / 2)));
  }
  // Double cover: left copy of a person sends, right copy receives; each meeting gives two unit arcs.
  const source = 2 * nP;
  const sink = source + 1;
  const net = new FlowNetwork(sink + 1);
  for (let p = 0; p < nP; p += 1) {
    const most = personCapacity(pb, p);
    net.addArc(source, p, most);
    net.addArc(nP + p, sink, most);
  }
  const pairs = new Map<number, number>();
  for (let m = 0; m < nM; m += 1) {
    if (feasible[m]!.length > 0) {
      const key = ea[m]! * nP + eb[m]!;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  for (const [key, times] of pairs) {
    const a = Math.floor(key / nP);
    const b = key % nP;
    net.addArc(a, nP + b, times);
    net.addArc(b, nP + a, times);
  }
  const perPerson = Math.floor(net.maxFlow(source, sink) / 2);
  return { placeable, tables, perPerson };
}

/** Upper bound on the meetings to place (see the module comment). */
export function upperBoundForNewMeetings(pb: Problem): number {
  const { placeable, tables, perPerson } = boundsForNewMeetings(pb);
  return Math.min(placeable, tables, perPerson);
}
