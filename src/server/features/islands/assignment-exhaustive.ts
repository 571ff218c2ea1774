/**
 * Exhaustive search for tests: the optimal objective of one round given the seating of the other
 * rounds, by trying every choice (an allowed island or none) for every free participant. Independent of
 * the flow solver; it shares only the model and the objective's definition. Exponential: tiny instances.
 */
import type { AssignmentModel } from './assignment-model.js';
import { compareObjectives, evaluateRound, type RoundObjective } from './assignment-objective.js';

/** The best objective for round r over all valid seatings of its free participants, the other rounds as in `seats`. */
export function exhaustiveRoundOptimum(model: AssignmentModel, seats: Int32Array, r: number): RoundObjective {
  const K = model.islandIds.length;
  const R = model.roundIds.length;
  const trial = Int32Array.from(seats);
  const free: number[] = [];
  const seated = new Int32Array(K);
  model.personIds.forEach((_, p) => {
    const fixed = model.fixedSeat[p * R + r]!;
    if (fixed >= 0) {
      seated[fixed]! += 1;
    } else if (model.present[p * R + r] === 1) {
      free.push(p);
      trial[p * R + r] = -1;
    }
  });
  const room = Int32Array.from(model.capacity, (c, i) => Math.max(0, c - seated[i]!));
  const allowed = (p: number, i: number): boolean => {
    if (model.excluded[p * K + i] === 1 || room[i]! === 0) {
      return false;
    }
    for (let other = 0; other < R; other += 1) {
      if (other !== r && trial[p * R + other] === i) {
        return false;
      }
    }
    return true;
  };
  let best: RoundObjective | null = null;
  // Walks every choice for free[n..]; the objective is evaluated on complete seatings only.
  const walk = (n: number): void => {
    if (n === free.length) {
      const objective = evaluateRound(model, trial, r);
      if (best === null || compareObjectives(objective, best) < 0) {
        best = objective;
      }
      return;
    }
    const p = free[n]!;
    trial[p * R + r] = -1;
    walk(n + 1);
    for (let i = 0; i < K; i += 1) {
      if (allowed(p, i)) {
        room[i]! -= 1;
        trial[p * R + r] = i;
        walk(n + 1);
        trial[p * R + r] = -1;
        room[i]! += 1;
      }
    }
  };
  walk(0);
  return best!;
}
