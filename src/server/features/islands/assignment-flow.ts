/**
 * Exact min-cost assignment of one round's free participants to islands: a min-cost flow
 *   person -> (island, sector) -> island -> sink
 * with per-(island, sector) arcs of capacity `sectorCap` at cost 0 plus an overflow arc at `overflowCost`,
 * island arcs with a convex cost per seat (`seatCost`) up to `limit`, and a dummy island (index K, no
 * limit, cost per person given in `cost[K]`) that stands for "unplaced", so every person is assigned.
 *
 * Person nodes are contracted away: moving a seated person q from island i to j is one arc
 * (i,s) -> (j,s) of cost c(q,j) - c(q,i), and the cheapest such person per (i, s, j) is kept in a heap, so
 * the residual graph has (K+1)(S+1)+1 nodes whatever the number of people (FlowState).
 * From scratch, the flow is built by successive shortest paths, one person at a time (Hungarian method
 * with node potentials, Dijkstra on non-negative reduced costs). From a start assignment (warm start),
 * negative cycles are cancelled first (assignment-flow-cycles.ts), which leaves an optimal flow and valid
 * potentials, and the people left unassigned are then added by shortest paths. Either way the result is
 * a min-cost flow (exact) for the integer costs given; costs must stay below 2^50.
 */
import { cancelNegativeCycles } from './assignment-flow-cycles.js';
import { FlowState, type FlowProblem } from './assignment-flow-state.js';
import { MinHeap } from './assignment-heap.js';

export type { FlowPerson, FlowProblem } from './assignment-flow-state.js';

export interface FlowSolution {
  /** Per person: island index, K when unplaced. */
  island: Int32Array;
  /** Per island: node potential minus the sink's (dual price of a seat there; lower means in demand). */
  price: Float64Array;
}

/**
 * Solves the problem exactly; deterministic. `start` (per person an island, K for unplaced, -1 for not
 * yet assigned) speeds up problems close to a known solution; a start seat that is not allowed or over
 * the limit is ignored (the person is added by a shortest path instead).
 */
export function solveFlow(problem: FlowProblem, start?: Int32Array): FlowSolution {
  const state = new FlowState(problem);
  const pending: number[] = [];
  problem.persons.forEach((_, p) => {
    const island = start ? start[p]! : -1;
    if (island >= 0 && state.canSeat(p, island)) {
      state.place(p, island);
    } else {
      pending.push(p);
    }
  });
  if (start) {
    cancelNegativeCycles(state);
  }
  const paths = new ShortestPaths(state);
  for (const p of pending) {
    paths.augment(p);
  }
  return state.solution();
}

/** Dijkstra from one new person to the sink on reduced costs, then the augmentation along the path. */
class ShortestPaths {
  private readonly dist: Float64Array;
  private readonly done: Uint8Array;
  private readonly prevNode: Int32Array;
  private readonly prevPerson: Int32Array;
  private readonly queue = new MinHeap();
  private readonly settled: number[] = [];

  constructor(private readonly state: FlowState) {
    this.dist = new Float64Array(state.nodes);
    this.done = new Uint8Array(state.nodes);
    this.prevNode = new Int32Array(state.nodes);
    this.prevPerson = new Int32Array(state.nodes);
  }

  /** Routes person p along a shortest path to the sink (moving others as the path says). */
  augment(p: number): void {
    const { state } = this;
    const { pi, K } = state;
    const { cost, sector } = state.pb.persons[p]!;
    let best = Infinity;
    let bestIsland = -1;
    for (let j = 0; j <= K; j += 1) {
      const label = cost[j]! - pi[state.node(j, sector)]!;
      if (label < best) {
        best = label;
        bestIsland = j;
      }
    }
    // Every other path starts at a label >= best and continues on non-negative reduced costs, so a
    // zero-cost way from the cheapest first hop to the sink is a shortest path and no potential changes.
    const u = state.node(bestIsland, sector);
    if (
      state.forwardCost(bestIsland, sector) + pi[u]! - pi[bestIsland]! === 0 &&
      state.sinkCost(bestIsland) + pi[bestIsland]! - pi[state.sink]! === 0
    ) {
      state.place(p, bestIsland);
      return;
    }
    this.search(p);
    this.applyPath(p);
  }

  private search(p: number): void {
    const { dist, done, settled, queue, state } = this;
    const { pi } = state;
    dist.fill(Infinity);
    done.fill(0);
    settled.length = 0;
    queue.clear();
    const { cost, sector } = state.pb.persons[p]!;
    for (let j = 0; j <= state.K; j += 1) {
      if (cost[j]! !== Infinity) {
        const v = state.node(j, sector);
        this.relax(-1, v, cost[j]! - pi[v]!, p);
      }
    }
    let from = -1;
    let at = 0;
    const visit = (v: number, arcCost: number, person: number) =>
      this.relax(from, v, at + arcCost + pi[from]! - pi[v]!, person);
    while (queue.size > 0) {
      const u = queue.topItem;
      const d = queue.topKey;
      queue.pop();
      if (done[u] === 1 || d > dist[u]!) {
        continue;
      }
      done[u] = 1;
      settled.push(u);
      if (u === state.sink) {
        break;
      }
      from = u;
      at = d;
      state.arcs(u, visit);
    }
    // Jonker-Volgenant form of the potential update: settled nodes closer than the sink move down.
    const reach = dist[state.sink]!;
    for (const v of settled) {
      if (dist[v]! < reach) {
        pi[v]! += dist[v]! - reach;
      }
    }
  }

  private relax(from: number, v: number, d: number, person: number): void {
    if (this.done[v] === 0 && d < this.dist[v]!) {
      this.dist[v] = d;
      this.prevNode[v] = from;
      this.prevPerson[v] = person;
      this.queue.push(d, v);
    }
  }

  /** Walks the path back from the sink: every (i,s) -> (j,s) arc moves its person, the first hop seats p. */
  private applyPath(p: number): void {
    const { state } = this;
    const moves: [number, number][] = [];
    let v = this.prevNode[state.sink]!;
    while (v !== -1) {
      const u = this.prevNode[v]!;
      if (state.isSectorNode(v) && (u === -1 || state.isSectorNode(u))) {
        moves.push([u === -1 ? p : this.prevPerson[v]!, state.islandOf(v)]);
      }
      v = u;
    }
    for (const [q, j] of moves) {
      state.move(q, j);
    }
  }
}
