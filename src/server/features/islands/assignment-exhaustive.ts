/**
 * Exhaustive search for tests and the benchmark: the optimal objective of one round given the seating
 * of the other rounds, and the joint optimum of all rounds at once, by trying every choice (an allowed
 * island or none) for every free participant. Independent of the flow solver; it shares only the model
 * and the objective's definition. Exponential: tiny instances only.
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

/** Sum of the rounds' objectives of a complete seating. */
export function totalObjective(model: AssignmentModel, seats: Int32Array): RoundObjective {
  return model.roundIds
    .map((_, r) => evaluateRound(model, seats, r))
    .reduce((a, b) => ({
      unplaced: a.unplaced + b.unplaced,
      excess: a.excess + b.excess,
      choice: a.choice + b.choice,
      fill: a.fill + b.fill,
    }));
}

/** The best total objective over all valid seatings of every round at once (the joint optimum). */
export function exhaustiveJointOptimum(model: AssignmentModel): RoundObjective {
  const K = model.islandIds.length;
  const R = model.roundIds.length;
  const trial = Int32Array.from(model.fixedSeat);
  const room = new Int32Array(R * K);
  model.roundIds.forEach((_, r) => model.capacity.forEach((c, i) => (room[r * K + i] = c)));
  trial.forEach((i, at) => {
    if (i >= 0) {
      room[(at % R) * K + i]! -= 1;
    }
  });
  const free: number[] = [];
  trial.forEach((i, at) => {
    if (i < 0 && model.present[at] === 1) {
      free.push(at);
    }
  });
  const visits = (p: number, i: number): boolean => {
    for (let r = 0; r < R; r += 1) {
      if (trial[p * R + r] === i) {
        return true;
      }
    }
    return false;
  };
  let best: RoundObjective | null = null;
  const walk = (n: number): void => {
    if (n === free.length) {
      const objective = totalObjective(model, trial);
      best = best === null || compareObjectives(objective, best) < 0 ? objective : best;
      return;
    }
    const at = free[n]!;
    const p = Math.floor(at / R);
    const r = at % R;
    walk(n + 1);
    for (let i = 0; i < K; i += 1) {
      if (model.excluded[p * K + i] === 0 && room[r * K + i]! > 0 && !visits(p, i)) {
        room[r * K + i]! -= 1;
        trial[at] = i;
        walk(n + 1);
        trial[at] = -1;
        room[r * K + i]! += 1;
      }
    }
  };
  walk(0);
  return best!;
}
