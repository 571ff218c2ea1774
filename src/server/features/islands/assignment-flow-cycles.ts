/**
 * Negative-cycle cancelling on the contracted residual graph (FlowState), for warm starts: Bellman-Ford
 * from a virtual source (every node at distance 0), in passes over the nodes whose distance changed.
 * After each pass the predecessor graph is checked for a cycle; with fixed arc costs every such cycle is
 * negative (Tarjan), and if a negative cycle exists one shows up within `nodes` passes. A cycle is
 * cancelled by moving its people one step along it; then the search starts again. When no pass changes
 * anything the assignment is optimal for its number of people, and the distances are valid potentials.
 */
import type { FlowState } from './assignment-flow-state.js';

/** Cancels negative cycles until none is left, then stores the distances as the state's potentials. */
export function cancelNegativeCycles(state: FlowState): void {
  const search = new CycleSearch(state);
  for (;;) {
    const cycle = search.find();
    if (!cycle) {
      state.pi.set(search.dist);
      return;
    }
    for (const [person, island] of cycle) {
      state.move(person, island);
    }
  }
}

class CycleSearch {
  readonly dist: Float64Array;
  private readonly parent: Int32Array;
  private readonly parentPerson: Int32Array;
  private readonly mark: Int32Array;

  constructor(private readonly state: FlowState) {
    this.dist = new Float64Array(state.nodes);
    this.parent = new Int32Array(state.nodes);
    this.parentPerson = new Int32Array(state.nodes);
    this.mark = new Int32Array(state.nodes);
  }

  /** A negative cycle as the moves that cancel it, or null when there is none. */
  find(): [number, number][] | null {
    const { state, dist, parent, parentPerson } = this;
    dist.fill(0);
    parent.fill(-1);
    let active = Array.from({ length: state.nodes }, (_, v) => v);
    const queued = new Uint8Array(state.nodes);
    let from = -1;
    let next: number[] = [];
    const visit = (v: number, cost: number, person: number) => {
      const d = dist[from]! + cost;
      if (d < dist[v]!) {
        dist[v] = d;
        parent[v] = from;
        parentPerson[v] = person;
        if (queued[v] === 0) {
          queued[v] = 1;
          next.push(v);
        }
      }
    };
    for (let pass = 0; active.length > 0; pass += 1) {
      next = [];
      queued.fill(0);
      for (const u of active) {
        from = u;
        state.arcs(u, visit);
      }
      const cycle = this.parentCycle();
      if (cycle) {
        return cycle;
      }
      if (pass > state.nodes) {
        throw new Error('assignIslands: negative cycle not found in the predecessor graph');
      }
      active = next;
    }
    return null;
  }

  /** A cycle of the predecessor graph as moves (person, new island), or null. */
  private parentCycle(): [number, number][] | null {
    const { parent, mark, state } = this;
    mark.fill(0);
    for (let start = 0; start < state.nodes; start += 1) {
      let v = start;
      while (v !== -1 && mark[v] === 0) {
        mark[v] = start + 1;
        v = parent[v]!;
      }
      if (v === -1 || mark[v] !== start + 1) {
        continue;
      }
      // v lies on a cycle found in this walk.
      const moves: [number, number][] = [];
      let w = v;
      do {
        const u = parent[w]!;
        if (state.isSectorNode(u) && state.isSectorNode(w)) {
          moves.push([this.parentPerson[w]!, state.islandOf(w)]);
        }
        w = u;
      } while (w !== v);
      return moves;
    }
    return null;
  }
}
