import { describe, expect, it } from 'vitest';
import { allowedPerSector, qualityReport } from './quality.js';

describe('qualityReport', () => {
  const islands = [
    { id: 'a', capacity: 3 },
    { id: 'b', capacity: 3 },
  ];
  const participants = [
    { personId: 'p1', sector: 'oem', ranking: ['a', 'b'] },
    { personId: 'p2', sector: 'oem', ranking: ['b'] },
    { personId: 'p3', sector: 'it', ranking: [] },
    { personId: 'p4', sector: '', ranking: ['a'] },
  ];

  it('counts choice ranks, shares among people who ranked, sector mix, violations and the unplaced', () => {
    const report = qualityReport({
      rounds: ['r1'],
      islands,
      participants,
      placements: [
        { personId: 'p1', roundId: 'r1', islandId: 'a' },
        { personId: 'p2', roundId: 'r1', islandId: 'a' },
        { personId: 'p3', roundId: 'r1', islandId: 'a' },
      ],
      maxSectorShare: 0.4,
    });
    expect(report.byChoiceRank).toEqual({ '1': 1, unranked: 2 });
    // p1 first choice, p2 unranked island; p3 has no ranking and does not count.
    expect(report.firstChoiceShare).toBe(0.5);
    expect(report.secondChoiceShare).toBe(0);
    expect(report.sectorMix).toEqual([
      { roundId: 'r1', islandId: 'a', seated: 3, capacity: 3, bySector: { oem: 2, it: 1 } },
      { roundId: 'r1', islandId: 'b', seated: 0, capacity: 3, bySector: {} },
    ]);
    // ceil(0.4 * 3) = 2 OEM people allowed: no violation.
    expect(report.sectorCapViolations).toEqual([]);
    expect(report.unplaced).toEqual([{ personId: 'p4', roundId: 'r1' }]);
  });

  it('reports a sector above the cap, and never counts unknown sectors against it', () => {
    const report = qualityReport({
      rounds: ['r1'],
      islands,
      participants,
      placements: [
        { personId: 'p1', roundId: 'r1', islandId: 'b' },
        { personId: 'p2', roundId: 'r1', islandId: 'b' },
        { personId: 'p4', roundId: 'r1', islandId: 'a' },
      ],
      maxSectorShare: 0.4,
    });
    expect(report.sectorCapViolations).toEqual([
      { roundId: 'r1', islandId: 'b', sector: 'oem', seated: 2, count: 2, allowed: 1 },
    ]);
    expect(report.secondChoiceShare).toBeCloseTo(1 / 3);
  });

  it('rounds the allowed count up without floating-point surprises', () => {
    expect(allowedPerSector(0.4, 15)).toBe(6);
    expect(allowedPerSector(0.4, 5)).toBe(2);
    expect(allowedPerSector(0.4, 1)).toBe(1);
    expect(allowedPerSector(1, 7)).toBe(7);
  });
});
