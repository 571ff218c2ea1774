/**
 * Assigns one round. The sector allowance ceil(share * seated) depends on how many sit at a table, which
 * a flow cannot express, so the round is solved in steps:
 *  1. the loose flow (no sector cap) gives the fewest unplaced and, among those, the lowest choice and
 *     fill cost: a lower bound for the round. If it already meets the cap everywhere it is optimal.
 *  2. otherwise table sizes are searched: for fixed sizes the capped flow is exact. When the number of
 *     size vectors is small (at most ENUMERATION_LIMIT) all are tried, so the round is optimal;
 *  3. else a local search moves one seat at a time between tables, starting from the loose solution's
 *     sizes and trying the moves the flow's dual prices rate best first, within an evaluation budget
 *     that shrinks with the size of the round (heuristic: the result says so).
 */
import { solveFlow, type FlowSolution } from './assignment-flow.js';
import type { AssignmentModel } from './assignment-model.js';
import { compareObjectives, evaluateRound, type RoundObjective } from './assignment-objective.js';
import {
  applySolution,
  cappedProblem,
  looseProblem,
  roundContext,
  scoreSolution,
  tableSizes,
  type Ban,
  type RoundContext,
} from './assignment-round.js';

/** Size vectors tried exhaustively up to this many. */
export const ENUMERATION_LIMIT = 400;
/** Work budget of the local search in person-island pairs; at least MIN and at most MAX evaluations. */
const SEARCH_WORK = 4_000_000;
const MIN_EVALUATIONS = 3;
const MAX_EVALUATIONS = 60;

export interface RoundOutcome {
  objective: RoundObjective;
  /** True when the round is proven optimal given the earlier rounds and the fixed placements. */
  exact: boolean;
  /** Flow problems solved. */
  evaluations: number;
}

interface Candidate {
  solution: FlowSolution;
  score: RoundObjective;
  sizes: Int32Array;
}

/**
 * Seats round r's free participants (writing into seats) and reports the round's objective. `ban` keeps
 * one person off one island; `previous` (a seating, P × R) warm-starts the solve from its round r.
 */
export function assignRound(
  model: AssignmentModel,
  seats: Int32Array,
  r: number,
  ban?: Ban,
  previous?: Int32Array,
): RoundOutcome {
  const ctx = roundContext(model, seats, r, ban);
  if (ctx.free.length === 0) {
    return { objective: evaluateRound(model, seats, r), exact: true, evaluations: 0 };
  }
  const R = model.roundIds.length;
  const start =
    previous && Int32Array.from(ctx.free, (p) => (previous[p * R + r]! >= 0 ? previous[p * R + r]! : ctx.K));
  const loose = evaluate(ctx, null, start);
  let outcome: { best: Candidate; exact: boolean; evaluations: number };
  if (loose.score.excess === 0) {
    outcome = { best: loose, exact: true, evaluations: 1 };
  } else {
    const placed = ctx.free.length - loose.score.unplaced;
    const vectors = sizeVectors(ctx.mobileCap, placed, ENUMERATION_LIMIT);
    outcome = vectors ? enumerate(ctx, loose, vectors, placed) : localSearch(ctx, loose, placed);
    outcome.evaluations += 1;
  }
  applySolution(ctx, seats, outcome.best.solution.island);
  return { objective: outcome.best.score, exact: outcome.exact, evaluations: outcome.evaluations };
}

/** Solves a flow problem (capped when sizes are given), warm-started from `start` when given. */
function evaluate(ctx: RoundContext, sizes: Int32Array | null, start?: Int32Array): Candidate {
  const solution = solveFlow(sizes ? cappedProblem(ctx, sizes) : looseProblem(ctx), start);
  return { solution, score: scoreSolution(ctx, solution.island), sizes: tableSizes(ctx, solution.island) };
}

/** Whether a capped solution seats as many as the loose one (else its size vector is infeasible). */
function better(candidate: Candidate, incumbent: Candidate | null, placed: number): boolean {
  if (candidate.solution.island.filter((i) => i < candidate.sizes.length).length < placed) {
    return false;
  }
  return incumbent === null || compareObjectives(candidate.score, incumbent.score) < 0;
}

function sameSizes(a: Int32Array, b: Int32Array): boolean {
  return a.every((n, i) => n === b[i]);
}

function enumerate(ctx: RoundContext, loose: Candidate, vectors: Int32Array[], placed: number) {
  let best: Candidate | null = null;
  for (const sizes of vectors) {
    // The loose solution fits its own sizes exactly: a warm start there, from scratch elsewhere.
    const candidate = evaluate(ctx, sizes, sameSizes(sizes, loose.sizes) ? loose.solution.island : undefined);
    if (better(candidate, best, placed)) {
      best = candidate;
    }
  }
  // The loose solution's own sizes are among the vectors, so some candidate seats `placed` people.
  return { best: best!, exact: true, evaluations: vectors.length };
}

function localSearch(ctx: RoundContext, loose: Candidate, placed: number) {
  const budget = Math.min(
    MAX_EVALUATIONS,
    Math.max(MIN_EVALUATIONS, Math.floor(SEARCH_WORK / (ctx.free.length * (ctx.K + 1)))),
  );
  let best = evaluate(ctx, loose.sizes, loose.solution.island);
  let evaluations = 1;
  const atBound = (c: Candidate) =>
    c.score.excess === 0 && c.score.choice === loose.score.choice && c.score.fill === loose.score.fill;
  let improved = !atBound(best);
  while (improved && evaluations < budget) {
    improved = false;
    for (const [from, to] of rankedMoves(ctx, best)) {
      if (evaluations >= budget) {
        break;
      }
      const sizes = Int32Array.from(best.sizes);
      sizes[from]! -= 1;
      sizes[to]! += 1;
      // Warm start: the current solution with one person taken off the table that loses a seat.
      const start = Int32Array.from(best.solution.island);
      start[start.indexOf(from)] = -1;
      const candidate = evaluate(ctx, sizes, start);
      evaluations += 1;
      if (better(candidate, best, placed)) {
        best = candidate;
        improved = !atBound(best);
        break;
      }
    }
  }
  return { best, exact: atBound(best), evaluations };
}

/** Seat moves (from, to) ordered by the dual estimate of their gain, best first. */
function rankedMoves(ctx: RoundContext, current: Candidate): [number, number][] {
  const { sizes, solution } = current;
  const moves: [number, number, number][] = [];
  for (let from = 0; from < ctx.K; from += 1) {
    if (sizes[from]! === 0) {
      continue;
    }
    for (let to = 0; to < ctx.K; to += 1) {
      if (to !== from && sizes[to]! < ctx.mobileCap[to]!) {
        moves.push([from, to, solution.price[from]! - solution.price[to]!]);
      }
    }
  }
  moves.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  return moves.map(([from, to]) => [from, to]);
}

/**
 * Every vector of free seats per table (0 <= n_i <= cap_i, sum = total), in a fixed order; null when
 * there are more than `limit`.
 */
export function sizeVectors(cap: Int32Array, total: number, limit: number): Int32Array[] | null {
  const K = cap.length;
  // ways[i][t]: vectors for islands i.. summing to t, counted up to limit + 1.
  const ways = Array.from({ length: K + 1 }, () => new Float64Array(total + 1));
  ways[K]![0] = 1;
  for (let i = K - 1; i >= 0; i -= 1) {
    for (let t = 0; t <= total; t += 1) {
      let sum = 0;
      for (let n = 0; n <= Math.min(cap[i]!, t); n += 1) {
        sum = Math.min(limit + 1, sum + ways[i + 1]![t - n]!);
        if (sum > limit) {
          break;
        }
      }
      ways[i]![t] = sum;
    }
  }
  if (ways[0]![total]! > limit) {
    return null;
  }
  const out: Int32Array[] = [];
  const current = new Int32Array(K);
  const walk = (i: number, left: number): void => {
    if (i === K) {
      out.push(Int32Array.from(current));
      return;
    }
    for (let n = Math.min(cap[i]!, left); n >= 0; n -= 1) {
      if (ways[i + 1]![left - n]! > 0) {
        current[i] = n;
        walk(i + 1, left - n);
      }
    }
  };
  walk(0, total);
  return out;
}
