/**
 * Rounds together. The rounds are coupled only by "never the same island twice". The assignment is
 * built round by round in programme order (each round given the earlier ones and the fixed placements),
 * then improved, always by the total objective over all rounds (which never gets worse):
 *  - sweeps: every round is solved again given all the other rounds and replaced when that is better
 *    (block coordinate descent), until a whole sweep changes nothing: no single round can be improved
 *    on its own;
 *  - seat repair: for a person left without a seat in round r, their island in another round r2 is
 *    banned there and both rounds are solved again (r2 first), so that island becomes free for them in
 *    r; kept when the total is better. This is the two-round move that sweeps cannot make.
 * Both are bounded by a work budget (people × islands), so large events get fewer passes.
 */
import type { AssignmentModel } from './assignment-model.js';
import { compareObjectives, evaluateRound, type RoundObjective } from './assignment-objective.js';
import { assignRound, type RoundOutcome } from './assignment-search.js';

/** Round solves after the first pass, per round: WORK / (people × islands), within [MIN, MAX]. */
const WORK = 100_000;
const MIN_SOLVES_PER_ROUND = 2;
const MAX_SOLVES_PER_ROUND = 50;

/** Assigns every round into `seats` (P × R, fixed placements already set); per round the outcome. */
export function assignRounds(model: AssignmentModel, seats: Int32Array): RoundOutcome[] {
  const R = model.roundIds.length;
  const run = new Rounds(model, seats);
  for (let r = 0; r < R; r += 1) {
    run.outcomes.push(assignRound(model, seats, r));
    run.mark(r, true);
  }
  const size = Math.max(1, model.personIds.length * model.islandIds.length);
  const perRound = Math.floor(WORK / size);
  const budget = R * Math.max(MIN_SOLVES_PER_ROUND, Math.min(MAX_SOLVES_PER_ROUND, perRound));
  while (run.solves < budget) {
    run.sweep(budget);
    if (!run.repair(budget)) {
      break;
    }
  }
  return run.outcomes.map((outcome, r) => ({ ...outcome, exact: outcome.exact && run.isCurrent(r) }));
}

function total(objectives: RoundObjective[]): RoundObjective {
  return objectives.reduce(
    (sum, o) => ({
      unplaced: sum.unplaced + o.unplaced,
      excess: sum.excess + o.excess,
      choice: sum.choice + o.choice,
      fill: sum.fill + o.fill,
    }),
    { unplaced: 0, excess: 0, choice: 0, fill: 0 },
  );
}

class Rounds {
  readonly outcomes: RoundOutcome[] = [];
  solves = 0;
  private step = 0;
  private readonly R: number;
  private readonly solvedAt: Int32Array;
  private readonly changedAt: Int32Array;

  constructor(
    private readonly model: AssignmentModel,
    private readonly seats: Int32Array,
  ) {
    this.R = model.roundIds.length;
    this.solvedAt = new Int32Array(this.R);
    this.changedAt = new Int32Array(this.R);
  }

  /** Records a solve of round r (and whether it changed the seating). */
  mark(r: number, changed: boolean): void {
    this.step += 1;
    this.solvedAt[r] = this.step;
    if (changed) {
      this.changedAt[r] = this.step;
    }
  }

  /** Whether no other round changed since round r was last solved (so its proof still holds). */
  isCurrent(r: number): boolean {
    return this.changedAt.every((at, other) => other === r || at < this.solvedAt[r]!);
  }

  /** The seating with round r's non-fixed seats cleared. */
  private cleared(from: Int32Array, r: number): Int32Array {
    const trial = Int32Array.from(from);
    for (let p = 0; p < this.model.personIds.length; p += 1) {
      if (this.model.fixedSeat[p * this.R + r] === -1) {
        trial[p * this.R + r] = -1;
      }
    }
    return trial;
  }

  /** Solves rounds again, each given the others, until a whole sweep changes nothing. */
  sweep(budget: number): void {
    let quiet = 0;
    for (let r = 0; quiet < this.R && this.solves < budget; r = (r + 1) % this.R) {
      const trial = this.cleared(this.seats, r);
      const outcome = assignRound(this.model, trial, r, undefined, this.seats);
      this.solves += 1;
      const better = compareObjectives(outcome.objective, evaluateRound(this.model, this.seats, r)) < 0;
      if (better) {
        this.seats.set(trial);
        this.outcomes[r] = outcome;
        quiet = 0;
      } else {
        // Not better: the current seating is as good, so the solve's proof (if any) holds for it too.
        this.outcomes[r] = { ...this.outcomes[r]!, exact: outcome.exact };
        quiet += 1;
      }
      this.mark(r, better);
    }
  }

  private hasFreeSeat(r: number): boolean {
    const seated = new Int32Array(this.model.islandIds.length);
    for (let p = 0; p < this.model.personIds.length; p += 1) {
      const i = this.seats[p * this.R + r]!;
      if (i >= 0) {
        seated[i]! += 1;
      }
    }
    return seated.some((n, i) => n < this.model.capacity[i]!);
  }

  /** Tries the two-round move for people without a seat; true when one was kept. */
  repair(budget: number): boolean {
    const { model, R } = this;
    const now = total(model.roundIds.map((_, r) => evaluateRound(model, this.seats, r)));
    for (let r = 0; r < R; r += 1) {
      // In a round without a free seat nobody more can sit, whatever moves elsewhere.
      if (!this.hasFreeSeat(r)) {
        continue;
      }
      for (let p = 0; p < model.personIds.length; p += 1) {
        if (this.seats[p * R + r] !== -1 || model.present[p * R + r] === 0) {
          continue;
        }
        for (let r2 = 0; r2 < R; r2 += 1) {
          const island = this.seats[p * R + r2]!;
          if (r2 === r || island < 0 || model.fixedSeat[p * R + r2] !== -1) {
            continue;
          }
          // Room is kept for a whole sweep after a repair, which re-proves the rounds it touched.
          if (this.solves + 2 + R > budget) {
            return false;
          }
          const trial = this.cleared(this.seats, r2);
          const second = assignRound(model, trial, r2, { person: p, island }, this.seats);
          const retry = this.cleared(trial, r);
          const first = assignRound(model, retry, r, undefined, this.seats);
          this.solves += 2;
          const objectives = model.roundIds.map((_, k) => evaluateRound(model, retry, k));
          if (compareObjectives(total(objectives), now) < 0) {
            this.seats.set(retry);
            // The ban made round r2 a restricted solve: its proof does not hold for the full round.
            this.outcomes[r2] = { ...second, exact: false };
            this.outcomes[r] = first;
            this.mark(r2, true);
            this.mark(r, true);
            return true;
          }
        }
      }
    }
    return false;
  }
}
