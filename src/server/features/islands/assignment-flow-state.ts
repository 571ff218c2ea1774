/**
 * The residual graph of the island flow (see assignment-flow.ts) with people contracted away. Nodes:
 * islands 0..K (K is the dummy "unplaced"), sector nodes (i, s), the sink. Arcs and their costs:
 *   (i,s) -> i      0 while fewer than sectorCap[i,s] sit there, else overflowCost (dummy: 0)
 *   i -> (i,s)      reverse of the above, when someone of sector s sits at i: -overflowCost or 0
 *   (i,s) -> (j,s)  the cheapest person of sector s at i moving to j: c(q,j) - c(q,i)
 *   i -> sink       next seat's cost while below the limit (dummy: 0, no limit)
 *   sink -> i       minus the last seat's cost, when someone sits at i (dummy: 0)
 */
import { MinHeap } from './assignment-heap.js';

export interface FlowPerson {
  /** Sector class 0..sectors-1. */
  sector: number;
  /** Length K+1: cost per island, Infinity when not allowed; index K is the cost of staying unplaced. */
  cost: Float64Array;
}

export interface FlowProblem {
  /** Number of real islands K. */
  islands: number;
  sectors: number;
  /** Per island: seats the flow may fill. */
  limit: Int32Array;
  /** Per island: cost of the m-th filled seat at index m-1; null means 0 everywhere. */
  seatCost: Float64Array[] | null;
  /** K × sectors: persons per (island, sector) before the overflow cost applies; null means no cap. */
  sectorCap: Float64Array | null;
  overflowCost: number;
  persons: readonly FlowPerson[];
}

/** Called for every residual arc out of a node: head, cost, and the person who moves (or -1). */
export type ArcVisitor = (v: number, cost: number, person: number) => void;

/** The current assignment, its residual arcs, and node potentials. */
export class FlowState {
  readonly K: number;
  readonly NS: number;
  /** Island slots including the dummy. */
  readonly I: number;
  readonly nodes: number;
  readonly sink: number;
  readonly pi: Float64Array;
  private readonly at: Int32Array;
  private readonly stamp: Int32Array;
  private readonly count: Int32Array;
  private readonly total: Int32Array;
  private readonly heaps: (MinHeap | undefined)[];

  constructor(readonly pb: FlowProblem) {
    this.K = pb.islands;
    this.NS = pb.sectors;
    this.I = this.K + 1;
    this.nodes = this.I + this.I * this.NS + 1;
    this.sink = this.nodes - 1;
    this.pi = new Float64Array(this.nodes);
    this.at = new Int32Array(pb.persons.length).fill(-1);
    this.stamp = new Int32Array(pb.persons.length);
    this.count = new Int32Array(this.I * this.NS);
    this.total = new Int32Array(this.I);
    this.heaps = new Array<MinHeap | undefined>(this.I * this.NS * this.I);
  }

  /** Node of (island, sector). */
  node(island: number, sector: number): number {
    return this.I + island * this.NS + sector;
  }

  isSectorNode(v: number): boolean {
    return v >= this.I && v < this.sink;
  }

  /** Island of a sector node. */
  islandOf(v: number): number {
    return Math.floor((v - this.I) / this.NS);
  }

  solution(): { island: Int32Array; price: Float64Array } {
    const price = Float64Array.from({ length: this.K }, (_, i) => this.pi[i]! - this.pi[this.sink]!);
    return { island: Int32Array.from(this.at), price };
  }

  private cap(i: number, s: number): number {
    return i === this.K || !this.pb.sectorCap ? Infinity : this.pb.sectorCap[i * this.NS + s]!;
  }

  forwardCost(i: number, s: number): number {
    return this.count[i * this.NS + s]! < this.cap(i, s) ? 0 : this.pb.overflowCost;
  }

  private reverseCost(i: number, s: number): number {
    return this.count[i * this.NS + s]! > this.cap(i, s) ? -this.pb.overflowCost : 0;
  }

  sinkCost(i: number): number {
    if (i === this.K) {
      return 0;
    }
    const filled = this.total[i]!;
    if (filled >= this.pb.limit[i]!) {
      return Infinity;
    }
    return this.pb.seatCost ? this.pb.seatCost[i]![filled]! : 0;
  }

  private releaseCost(i: number): number {
    const filled = this.total[i]!;
    return i === this.K || !this.pb.seatCost ? 0 : -this.pb.seatCost[i]![filled - 1]!;
  }

  /** Whether person q may take a seat at island i now (allowed, and below the limit). */
  canSeat(q: number, i: number): boolean {
    const allowed = this.pb.persons[q]!.cost[i]! !== Infinity;
    return allowed && (i === this.K || this.total[i]! < this.pb.limit[i]!);
  }

  /** Seats person q at island i (K: unplaced); q must not be seated. */
  place(q: number, i: number): void {
    const { cost, sector } = this.pb.persons[q]!;
    this.at[q] = i;
    this.stamp[q]! += 1;
    this.count[i * this.NS + sector]! += 1;
    this.total[i]! += 1;
    const tag = this.stamp[q]!;
    const base = cost[i]!;
    const row = (i * this.NS + sector) * this.I;
    for (let j = 0; j <= this.K; j += 1) {
      const cj = cost[j]!;
      if (j !== i && cj !== Infinity) {
        let heap = this.heaps[row + j];
        if (!heap) {
          heap = new MinHeap();
          this.heaps[row + j] = heap;
        }
        heap.push(cj - base, q, tag);
      }
    }
  }

  /** Moves person q (seated or not) to island i. */
  move(q: number, i: number): void {
    const from = this.at[q]!;
    if (from >= 0) {
      this.count[from * this.NS + this.pb.persons[q]!.sector]! -= 1;
      this.total[from]! -= 1;
      this.at[q] = -1;
    }
    this.place(q, i);
  }

  /** Visits every residual arc out of node u. */
  arcs(u: number, visit: ArcVisitor): void {
    if (u === this.sink) {
      for (let i = 0; i <= this.K; i += 1) {
        if (this.total[i]! > 0) {
          visit(i, this.releaseCost(i), -1);
        }
      }
    } else if (u < this.I) {
      const seat = this.sinkCost(u);
      if (seat !== Infinity) {
        visit(this.sink, seat, -1);
      }
      for (let s = 0; s < this.NS; s += 1) {
        if (this.count[u * this.NS + s]! > 0) {
          visit(this.node(u, s), this.reverseCost(u, s), -1);
        }
      }
    } else {
      this.sectorArcs(u, visit);
    }
  }

  private sectorArcs(u: number, visit: ArcVisitor): void {
    const i = this.islandOf(u);
    const s = (u - this.I) % this.NS;
    visit(i, this.forwardCost(i, s), -1);
    const row = (i * this.NS + s) * this.I;
    for (let j = 0; j <= this.K; j += 1) {
      const heap = this.heaps[row + j];
      if (j === i || !heap) {
        continue;
      }
      // Entries of people who moved since are stale: their stamp changed.
      while (heap.size > 0 && heap.topTag !== this.stamp[heap.topItem]) {
        heap.pop();
      }
      if (heap.size > 0) {
        visit(this.node(j, s), heap.topKey, heap.topItem);
      }
    }
  }
}
