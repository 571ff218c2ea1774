/**
 * The objective of one round (docs/islands.md, "Assignment: objective and method"), compared
 * lexicographically: fewer unplaced participants, then less sector-cap excess, then a lower choice cost,
 * then a lower fill cost (tables filled evenly relative to their capacity).
 */
import type { AssignmentModel } from './assignment-model.js';

export interface RoundObjective {
  /** Participants present in the round without a seat. */
  unplaced: number;
  /** Sum over tables and capped sectors of the seats above the sector's allowance. */
  excess: number;
  /** Sum over seated people of their choice cost. */
  choice: number;
  /** Sum over tables of the fill cost of their seats. */
  fill: number;
}

/** Negative when a is better than b, positive when worse, 0 when equal. */
export function compareObjectives(a: RoundObjective, b: RoundObjective): number {
  return a.unplaced - b.unplaced || a.excess - b.excess || a.choice - b.choice || a.fill - b.fill;
}

/** Most seats one sector may take at a table of `seated`: ceil(share * seated). */
export function sectorAllowance(share: number, seated: number): number {
  // The epsilon keeps 0.7 * 10 (= 7.000000000000001 in doubles) from rounding up to 8.
  return Math.max(0, Math.ceil(share * seated - 1e-9));
}

/** Choice cost of person p at island i: (rank - 1)^2, the unranked cost, or 0 without a ranking. */
export function choiceCost(model: AssignmentModel, p: number, i: number): number {
  if (model.hasRanking[p] === 0) {
    return 0;
  }
  const rank = model.rankOf[p * model.islandIds.length + i]!;
  return rank === 0 ? model.unrankedCost : (rank - 1) * (rank - 1);
}

/** Fill cost of the k-th seat (1-based) at a table with this capacity. */
export function seatFillCost(scale: number, capacity: number, k: number): number {
  return Math.floor((scale * k) / Math.max(1, capacity));
}

/** Fill cost of a table with `seated` people. */
export function tableFillCost(scale: number, capacity: number, seated: number): number {
  let sum = 0;
  for (let k = 1; k <= seated; k += 1) {
    sum += seatFillCost(scale, capacity, k);
  }
  return sum;
}

/** Excess of one table: seats of capped sectors above the allowance. */
export function tableExcess(model: AssignmentModel, bySector: Int32Array, seated: number): number {
  const allowed = sectorAllowance(model.share, seated);
  let excess = 0;
  bySector.forEach((n, s) => {
    if (model.sectorCapped[s] === 1 && n > allowed) {
      excess += n - allowed;
    }
  });
  return excess;
}

/** Evaluates round r of a complete seating (P × R island indices, -1 for none). */
export function evaluateRound(model: AssignmentModel, seats: Int32Array, r: number): RoundObjective {
  const K = model.islandIds.length;
  const R = model.roundIds.length;
  const NS = model.sectorKeys.length;
  const bySector = new Int32Array(K * NS);
  const seated = new Int32Array(K);
  let unplaced = 0;
  let choice = 0;
  model.personIds.forEach((_, p) => {
    const i = seats[p * R + r]!;
    if (i < 0) {
      unplaced += model.present[p * R + r]!;
      return;
    }
    seated[i]! += 1;
    bySector[i * NS + model.sectorOf[p]!]! += 1;
    choice += choiceCost(model, p, i);
  });
  let excess = 0;
  let fill = 0;
  for (let i = 0; i < K; i += 1) {
    excess += tableExcess(model, bySector.subarray(i * NS, (i + 1) * NS), seated[i]!);
    fill += tableFillCost(model.fillScale, model.capacity[i]!, seated[i]!);
  }
  return { unplaced, excess, choice, fill };
}
