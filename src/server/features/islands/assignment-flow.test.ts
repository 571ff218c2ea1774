import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveFlow, type FlowProblem } from './assignment-flow.js';

const UNPLACED = 1000;
const OVERFLOW = 100;

/** Random small flow problems: allowed islands, limits, convex seat costs, sector caps. */
const problems: fc.Arbitrary<FlowProblem> = fc
  .record({
    islands: fc.integer({ min: 1, max: 3 }),
    sectors: fc.integer({ min: 1, max: 2 }),
    persons: fc.integer({ min: 1, max: 6 }),
    withSeats: fc.boolean(),
    withCaps: fc.boolean(),
    seed: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }),
  })
  .map(({ islands: K, sectors, persons, withSeats, withCaps, seed }) => {
    let at = 0;
    const next = (n: number) => seed[at++ % seed.length]! % n;
    const limit = Int32Array.from({ length: K }, () => next(4));
    const seatCost = withSeats
      ? Array.from(limit, (n) => {
          // Non-decreasing cost per seat: convex, as the fill cost is.
          let step = 0;
          return Float64Array.from({ length: n }, () => (step += next(4)));
        })
      : null;
    const sectorCap = withCaps ? Float64Array.from({ length: K * sectors }, () => next(3)) : null;
    const list = Array.from({ length: persons }, () => {
      const cost = Float64Array.from({ length: K + 1 }, () => (next(5) === 0 ? Infinity : next(10)));
      cost[K] = UNPLACED;
      return { sector: next(sectors), cost };
    });
    return { islands: K, sectors, limit, seatCost, sectorCap, overflowCost: OVERFLOW, persons: list };
  });

/** Total cost of an assignment (island per person, K = unplaced); Infinity when it breaks a limit. */
function costOf(pb: FlowProblem, island: Int32Array): number {
  const K = pb.islands;
  const seated = new Int32Array(K);
  const bySector = new Int32Array(K * pb.sectors);
  let sum = 0;
  island.forEach((i, p) => {
    const person = pb.persons[p]!;
    sum += person.cost[i]!;
    if (i < K) {
      seated[i]! += 1;
      bySector[i * pb.sectors + person.sector]! += 1;
    }
  });
  for (let i = 0; i < K; i += 1) {
    if (seated[i]! > pb.limit[i]!) {
      return Infinity;
    }
    for (let m = 0; m < seated[i]!; m += 1) {
      sum += pb.seatCost ? pb.seatCost[i]![m]! : 0;
    }
    for (let s = 0; s < pb.sectors; s += 1) {
      sum += pb.sectorCap
        ? OVERFLOW * Math.max(0, bySector[i * pb.sectors + s]! - pb.sectorCap[i * pb.sectors + s]!)
        : 0;
    }
  }
  return sum;
}

function bruteForce(pb: FlowProblem): number {
  const island = new Int32Array(pb.persons.length);
  let best = Infinity;
  const walk = (p: number): void => {
    if (p === pb.persons.length) {
      best = Math.min(best, costOf(pb, island));
      return;
    }
    for (let i = 0; i <= pb.islands; i += 1) {
      island[p] = i;
      walk(p + 1);
    }
  };
  walk(0);
  return best;
}

/** A valid start: people in order onto a random allowed island with room, else unplaced or unassigned. */
function someStart(pb: FlowProblem, picks: number[]): Int32Array {
  const room = Int32Array.from(pb.limit);
  return Int32Array.from(pb.persons, (person, p) => {
    const pick = picks[p % picks.length]! % (pb.islands + 2);
    if (pick === pb.islands + 1) {
      return -1;
    }
    if (pick < pb.islands && person.cost[pick] !== Infinity && room[pick]! > 0) {
      room[pick]! -= 1;
      return pick;
    }
    return pb.islands;
  });
}

describe('solveFlow', () => {
  it('finds the minimum cost that exhaustive search finds, from scratch and from any start', () => {
    fc.assert(
      fc.property(problems, fc.array(fc.nat(9), { minLength: 6, maxLength: 6 }), (pb, picks) => {
        const optimum = bruteForce(pb);
        expect(costOf(pb, solveFlow(pb).island)).toBe(optimum);
        expect(costOf(pb, solveFlow(pb, someStart(pb, picks)).island)).toBe(optimum);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('moves a seated person to make room when that is cheaper overall', () => {
    const cost = (a: number, b: number) => Float64Array.from([a, b, UNPLACED]);
    const pb: FlowProblem = {
      ...{ islands: 2, sectors: 1, limit: Int32Array.from([1, 1]), seatCost: null, sectorCap: null },
      overflowCost: OVERFLOW,
      persons: [
        { sector: 0, cost: cost(0, 1) },
        { sector: 0, cost: cost(0, Infinity) },
      ],
    };
    expect([...solveFlow(pb).island]).toEqual([1, 0]);
  });
});
