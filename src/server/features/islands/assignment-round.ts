/**
 * One round as flow problems. The round's free participants are those present without a fixed seat in
 * it; each may go to an island they did not exclude and did not get in another round (fixed or assigned
 * earlier). Two problems are built from the same context:
 *  - loose: no sector cap; costs choice * W_C + fill per seat, so it minimises (unplaced, choice, fill);
 *  - capped(sizes): every table gets exactly the given number of free people (when feasible), the sector
 *    allowance of each table is then a constant, so the flow minimises (unplaced, excess, choice) exactly.
 */
import type { FlowProblem } from './assignment-flow.js';
import type { AssignmentModel } from './assignment-model.js';
import {
  choiceCost,
  seatFillCost,
  sectorAllowance,
  tableExcess,
  tableFillCost,
  type RoundObjective,
} from './assignment-objective.js';

export interface RoundContext {
  model: AssignmentModel;
  r: number;
  K: number;
  NS: number;
  /** Person indices of the free participants, ascending. */
  free: number[];
  /** Per free person: K+1 choice costs, Infinity where not allowed; the last entry is unused (0). */
  base: Float64Array[];
  /** Per island: fixed seats in this round; per island × sector likewise. */
  fixedTotal: Int32Array;
  fixedSector: Int32Array;
  /** Per island: seats left for free people. */
  mobileCap: Int32Array;
  /** Choice cost of the people with a fixed seat in this round. */
  fixedChoice: number;
  /** Largest possible choice cost of the free people. */
  choiceBound: number;
}

/** A person kept off one island in a round (used to make room for them in another round). */
export interface Ban {
  person: number;
  island: number;
}

/** Collects round r's free people, their allowed islands and the fixed seats. */
export function roundContext(model: AssignmentModel, seats: Int32Array, r: number, ban?: Ban): RoundContext {
  const K = model.islandIds.length;
  const R = model.roundIds.length;
  const NS = model.sectorKeys.length;
  const fixedTotal = new Int32Array(K);
  const fixedSector = new Int32Array(K * NS);
  const free: number[] = [];
  const base: Float64Array[] = [];
  let fixedChoice = 0;
  let choiceBound = 0;
  model.personIds.forEach((_, p) => {
    const seat = seats[p * R + r]!;
    if (seat >= 0) {
      fixedTotal[seat]! += 1;
      fixedSector[seat * NS + model.sectorOf[p]!]! += 1;
      fixedChoice += choiceCost(model, p, seat);
      return;
    }
    if (model.present[p * R + r] === 0) {
      return;
    }
    const cost = new Float64Array(K + 1).fill(Infinity);
    cost[K] = 0;
    let most = 0;
    for (let i = 0; i < K; i += 1) {
      if (model.excluded[p * K + i] === 0) {
        cost[i] = choiceCost(model, p, i);
        most = Math.max(most, cost[i]!);
      }
    }
    for (let other = 0; other < R; other += 1) {
      const visited = seats[p * R + other]!;
      if (other !== r && visited >= 0) {
        cost[visited] = Infinity;
      }
    }
    if (ban?.person === p) {
      cost[ban.island] = Infinity;
    }
    free.push(p);
    base.push(cost);
    choiceBound += most;
  });
  const mobileCap = Int32Array.from(model.capacity, (c, i) => Math.max(0, c - fixedTotal[i]!));
  return { model, r, K, NS, free, base, fixedTotal, fixedSector, mobileCap, fixedChoice, choiceBound };
}

/** The loose problem: capacities only, choice cost weighted above the fill cost. */
export function looseProblem(ctx: RoundContext): FlowProblem {
  const { model, K } = ctx;
  let fillBound = 0;
  const seatCost = Array.from(ctx.mobileCap, (limit, i) => {
    const costs = Float64Array.from({ length: limit }, (_, m) =>
      seatFillCost(model.fillScale, model.capacity[i]!, ctx.fixedTotal[i]! + m + 1),
    );
    costs.forEach((c) => (fillBound += c));
    return costs;
  });
  const weight = fillBound + 1;
  const unplacedCost = ctx.choiceBound * weight + fillBound + 1;
  const persons = ctx.base.map((base) => {
    const cost = base.map((c, i) =>
      i === K ? unplacedCost : ctx.mobileCap[i] === 0 ? Infinity : c * weight,
    );
    return { sector: 0, cost };
  });
  return {
    islands: K,
    sectors: 1,
    limit: ctx.mobileCap,
    seatCost,
    sectorCap: null,
    overflowCost: 0,
    persons,
  };
}

/** The capped problem for exact table sizes: `sizes[i]` free people at island i. */
export function cappedProblem(ctx: RoundContext, sizes: Int32Array): FlowProblem {
  const { model, K, NS } = ctx;
  const sectorCap = new Float64Array(K * NS);
  let seats = 0;
  for (let i = 0; i < K; i += 1) {
    seats += sizes[i]!;
    const allowed = sectorAllowance(model.share, ctx.fixedTotal[i]! + sizes[i]!);
    for (let s = 0; s < NS; s += 1) {
      sectorCap[i * NS + s] =
        model.sectorCapped[s] === 1 ? Math.max(0, allowed - ctx.fixedSector[i * NS + s]!) : Infinity;
    }
  }
  const overflowCost = ctx.choiceBound + 1;
  const unplacedCost = (seats + 1) * overflowCost;
  const persons = ctx.free.map((p, n) => {
    const cost = ctx.base[n]!.map((c, i) => (i === K ? unplacedCost : sizes[i] === 0 ? Infinity : c));
    return { sector: model.sectorOf[p]!, cost };
  });
  return { islands: K, sectors: NS, limit: sizes, seatCost: null, sectorCap, overflowCost, persons };
}

/** Free people per island (K = unplaced) of a solution. */
export function tableSizes(ctx: RoundContext, island: Int32Array): Int32Array {
  const sizes = new Int32Array(ctx.K);
  island.forEach((i) => {
    if (i < ctx.K) {
      sizes[i]! += 1;
    }
  });
  return sizes;
}

/** The round objective of a solution for the free people (same definition as evaluateRound). */
export function scoreSolution(ctx: RoundContext, island: Int32Array): RoundObjective {
  const { model, K, NS } = ctx;
  const bySector = Int32Array.from(ctx.fixedSector);
  const seated = Int32Array.from(ctx.fixedTotal);
  let unplaced = 0;
  let choice = ctx.fixedChoice;
  island.forEach((i, n) => {
    if (i >= K) {
      unplaced += 1;
      return;
    }
    seated[i]! += 1;
    bySector[i * NS + model.sectorOf[ctx.free[n]!]!]! += 1;
    choice += ctx.base[n]![i]!;
  });
  let excess = 0;
  let fill = 0;
  for (let i = 0; i < K; i += 1) {
    excess += tableExcess(model, bySector.subarray(i * NS, (i + 1) * NS), seated[i]!);
    fill += tableFillCost(model.fillScale, model.capacity[i]!, seated[i]!);
  }
  return { unplaced, excess, choice, fill };
}

/** Writes a solution into the seating (P × R). */
export function applySolution(ctx: RoundContext, seats: Int32Array, island: Int32Array): void {
  const R = ctx.model.roundIds.length;
  island.forEach((i, n) => {
    seats[ctx.free[n]! * R + ctx.r] = i < ctx.K ? i : -1;
  });
}
