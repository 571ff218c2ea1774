import { describe, expect, it } from 'vitest';
import { buildModel } from './assignment-model.js';
import { choiceCost, evaluateRound, sectorAllowance, tableFillCost } from './assignment-objective.js';
import { sizeVectors } from './assignment-search.js';

describe('assignment objective', () => {
  it('allows ceil(share × seated) seats per sector, without rounding errors', () => {
    expect(sectorAllowance(0.4, 5)).toBe(2);
    expect(sectorAllowance(0.4, 6)).toBe(3);
    expect(sectorAllowance(0.4, 1)).toBe(1);
    expect(sectorAllowance(0.7, 10)).toBe(7);
    expect(sectorAllowance(1, 9)).toBe(9);
    expect(sectorAllowance(0.4, 0)).toBe(0);
  });

  it('fills a table at a cost per seat rising with its fill ratio', () => {
    // Seats at a table of 4 with scale 100: 25, 50, 75, 100.
    expect(tableFillCost(100, 4, 3)).toBe(150);
    expect(tableFillCost(100, 4, 0)).toBe(0);
    // Two half-full tables cost less than a full one and an empty one.
    expect(2 * tableFillCost(100, 4, 2)).toBeLessThan(tableFillCost(100, 4, 4));
  });

  it('costs choices (rank - 1)^2, an unranked island the square of the longest ranking, nothing without one', () => {
    const model = buildModel({
      rounds: ['r1'],
      islands: ['a', 'b', 'c', 'd'].map((islandId) => ({ islandId, capacity: 2 })),
      participants: [
        { personId: 'p1', sector: 'oem', ranking: ['c', 'gone', 'a', 'c', 'b'], excluded: [] },
        { personId: 'p2', sector: 'it', ranking: [], excluded: ['a'] },
      ],
      maxSectorShare: 0.4,
    });
    // Unknown and repeated islands are dropped: p1 ranks c, a, b.
    expect([0, 1, 2, 3].map((i) => choiceCost(model, 0, i))).toEqual([1, 4, 0, 9]);
    expect([0, 1, 2, 3].map((i) => choiceCost(model, 1, i))).toEqual([0, 0, 0, 0]);
  });

  it('evaluates a round: unplaced, excess over the allowance, choice and fill cost', () => {
    const model = buildModel({
      rounds: ['r1'],
      islands: [
        { islandId: 'a', capacity: 4 },
        { islandId: 'b', capacity: 4 },
      ],
      participants: [
        { personId: 'p1', sector: 'oem', ranking: ['a', 'b'], excluded: [] },
        { personId: 'p2', sector: 'oem', ranking: ['b', 'a'], excluded: [] },
        { personId: 'p3', sector: 'oem', ranking: [], excluded: [] },
        { personId: 'p4', sector: 'it', ranking: ['a'], excluded: [] },
        { personId: 'p5', sector: 'it', ranking: ['a'], excluded: [] },
      ],
      maxSectorShare: 0.4,
    });
    // a: p1, p2, p3 (3 × oem, allowance 2: excess 1); b: p4; p5 unplaced.
    const seats = Int32Array.from([0, 0, 0, 1, -1]);
    expect(evaluateRound(model, seats, 0)).toEqual({
      unplaced: 1,
      excess: 1,
      choice: 0 + 1 + 0 + 4,
      fill: 150 + 25,
    });
  });

  it('lists every table-size vector up to a limit', () => {
    expect(sizeVectors(Int32Array.from([2, 1]), 2, 10)?.map((v) => [...v])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(sizeVectors(Int32Array.from([3, 3, 3]), 4, 5)).toBeNull();
    expect(sizeVectors(Int32Array.from([1]), 2, 10)).toEqual([]);
  });
});
