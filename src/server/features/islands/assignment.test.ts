import { describe, expect, it } from 'vitest';
import { assignIslands, type AssignmentInput, type IslandParticipant, type Placement } from './assignment.js';

function person(
  personId: string,
  sector: string,
  ranking: string[] = [],
  more: Partial<IslandParticipant> = {},
) {
  return { personId, sector, ranking, excluded: [], ...more };
}

function islands(...spec: [string, number][]) {
  return spec.map(([islandId, capacity]) => ({ islandId, capacity }));
}

function seatsOf(placements: Placement[], roundId: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of placements.filter((x) => x.roundId === roundId)) {
    (out[p.islandId] ??= []).push(p.personId);
  }
  return out;
}

describe('assignIslands', () => {
  it('seats everyone at their first choice when there is room', () => {
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['energy', 3], ['mobility', 3]),
      participants: [person('a', 'oem', ['mobility']), person('b', 'it', ['energy', 'mobility'])],
      maxSectorShare: 0.4,
    });
    expect(result.placements).toEqual([
      { personId: 'a', roundId: 'r1', islandId: 'mobility', choiceRank: 1 },
      { personId: 'b', roundId: 'r1', islandId: 'energy', choiceRank: 1 },
    ]);
    expect(result.report).toMatchObject({ byChoiceRank: { '1': 2 }, firstChoiceShare: 1, unplaced: [] });
  });

  it('never gives anyone the same island twice and rotates first and second choices across rounds', () => {
    const participants = ['p1', 'p2', 'p3', 'p4'].map((id, n) => person(id, `s${n}`, ['a', 'b']));
    const result = assignIslands({
      rounds: ['r1', 'r2'],
      islands: islands(['a', 2], ['b', 2]),
      participants,
      maxSectorShare: 1,
    });
    for (const { personId } of participants) {
      const mine = result.placements.filter((p) => p.personId === personId);
      expect(mine.map((p) => p.islandId).sort()).toEqual(['a', 'b']);
    }
    expect(result.report.byChoiceRank).toEqual({ '1': 4, '2': 4 });
    expect(result.report.firstChoiceShare).toBe(0.5);
    expect(result.report.secondChoiceShare).toBe(0.5);
  });

  it('keeps capacities and leaves someone out only when every island they may join is full', () => {
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['a', 2], ['b', 5]),
      participants: [
        person('p1', 'oem', ['a'], { excluded: ['b'] }),
        person('p2', 'it', ['a'], { excluded: ['b'] }),
        person('p3', 'energy', ['a'], { excluded: ['b'] }),
        person('p4', 'it', ['a']),
      ],
      maxSectorShare: 1,
    });
    expect(seatsOf(result.placements, 'r1')).toEqual({ a: ['p1', 'p2'], b: ['p4'] });
    // p4 gave up their first choice so that one more person could sit: seats come before choices.
    expect(result.report.unplaced).toEqual([{ personId: 'p3', roundId: 'r1' }]);
  });

  it('respects exclusions and the rounds a person takes part in', () => {
    const result = assignIslands({
      rounds: ['r1', 'r2', 'r3'],
      islands: islands(['a', 5], ['b', 5], ['c', 5]),
      participants: [person('p1', 'oem', ['a', 'b', 'c'], { excluded: ['a'], rounds: ['r2', 'r3'] })],
      maxSectorShare: 1,
    });
    expect(result.placements.map((p) => [p.roundId, p.islandId, p.choiceRank])).toEqual([
      ['r2', 'b', 2],
      ['r3', 'c', 3],
    ]);
    expect(result.report.unplaced).toEqual([]);
  });

  it('mixes sectors: no sector above the share at any table when that is feasible', () => {
    const oem = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'].map((id) => person(id, 'oem', ['a', 'b']));
    const others = ['i1', 'i2', 'i3', 'e1', 'e2', 'e3'].map((id) =>
      person(id, id[0] === 'i' ? 'it' : 'energy', ['b', 'a']),
    );
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['a', 6], ['b', 6]),
      participants: [...oem, ...others],
      maxSectorShare: 0.4,
    });
    for (const table of result.report.sectorMix) {
      expect(table.seated).toBe(6);
      expect(Math.max(...Object.values(table.bySector))).toBeLessThanOrEqual(3);
    }
    expect(result.report.sectorCapViolations).toEqual([]);
    expect(result.report.sectorCapInfeasible).toBe(false);
    // At most 3 OEM fit at a and at most 3 others at b: 6 first choices is the best possible.
    expect(result.report.byChoiceRank).toEqual({ '1': 6, '2': 6 });
    expect(result.report.rounds?.[0]?.exact).toBe(true);
  });

  it('says where the sector cap cannot be met, and never leaves a seat empty for it', () => {
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['a', 4]),
      participants: [1, 2, 3, 4].map((n) => person(`p${n}`, 'oem')),
      maxSectorShare: 0.4,
    });
    expect(result.placements).toHaveLength(4);
    expect(result.report.sectorCapViolations).toEqual([
      { roundId: 'r1', islandId: 'a', sector: 'oem', seated: 4, count: 4, allowed: 2 },
    ]);
    expect(result.report.sectorCapInfeasible).toBe(true);
    expect(result.report.rounds?.[0]).toMatchObject({ exact: true, sectorExcess: 2 });
  });

  it('does not cap people whose sector is unknown', () => {
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['a', 3]),
      participants: [person('p1', ''), person('p2', ''), person('p3', 'oem')],
      maxSectorShare: 0.4,
    });
    expect(result.report.sectorCapViolations).toEqual([]);
  });

  it('fills the remaining places evenly with people without preferences', () => {
    const ranked = [1, 2, 3, 4, 5, 6].map((n) => person(`r${n}`, `s${n}`, ['a']));
    const open = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => person(`x${n}`, `t${n}`));
    const result = assignIslands({
      rounds: ['r1'],
      islands: islands(['a', 10], ['b', 10], ['c', 10]),
      participants: [...ranked, ...open],
      maxSectorShare: 1,
    });
    const seated = Object.fromEntries(result.report.sectorMix.map((t) => [t.islandId, t.seated]));
    expect(seated.a).toBe(6);
    expect(Math.abs(seated.b! - seated.c!)).toBeLessThanOrEqual(1);
    expect(result.report.withoutPreference).toBe(9);
  });

  it('keeps fixed placements as given, even hand-set ones that break a rule', () => {
    const result = assignIslands({
      rounds: ['r1', 'r2'],
      islands: islands(['a', 1], ['b', 3], ['c', 3]),
      participants: [person('p1', 'oem', ['b'], { excluded: ['a'] }), person('p2', 'it', ['a', 'b'])],
      maxSectorShare: 1,
      fixed: [
        { personId: 'p1', roundId: 'r1', islandId: 'a' },
        { personId: 'p1', roundId: 'r2', islandId: 'a' },
        { personId: 'p9', roundId: 'r1', islandId: 'b' },
        { personId: 'p2', roundId: 'r9', islandId: 'a' },
      ],
    });
    // p1 keeps island a twice although they excluded it; p9 (not a participant) keeps a seat at b.
    expect(seatsOf(result.placements, 'r1')).toEqual({ a: ['p1'], b: ['p2', 'p9'] });
    expect(seatsOf(result.placements, 'r2')).toEqual({ a: ['p1'], c: ['p2'] });
    expect(result.report.ignoredFixed).toEqual([{ personId: 'p2', roundId: 'r9', islandId: 'a' }]);
  });

  it('places a late registrant into free seats without moving anyone', () => {
    const participants = Array.from({ length: 30 }, (_, n) =>
      person(
        `p${String(n).padStart(2, '0')}`,
        ['oem', 'it', 'energy'][n % 3]!,
        n % 4 === 0 ? [] : ['a', 'b', 'c'],
      ),
    );
    const input: AssignmentInput = {
      rounds: ['r1', 'r2'],
      islands: islands(['a', 11], ['b', 11], ['c', 11]),
      participants,
      maxSectorShare: 0.4,
    };
    const first = assignIslands(input);
    const late = person('zz', 'oem', ['a', 'b']);
    const again = assignIslands({ ...input, participants: [...participants, late], fixed: first.placements });
    expect(again.placements.filter((p) => p.personId !== 'zz')).toEqual(first.placements);
    // Only c has free seats (a and b are everyone's first choices), in both rounds; c once is all zz may get.
    expect(first.report.sectorMix.map((t) => t.seated)).toEqual([11, 11, 8, 11, 11, 8]);
    expect(again.placements.filter((p) => p.personId === 'zz')).toEqual([
      { personId: 'zz', roundId: 'r1', islandId: 'c', choiceRank: null },
    ]);
    expect(again.report.unplaced).toEqual([{ personId: 'zz', roundId: 'r2' }]);
  });

  it('gives the same result whatever the order of the input', () => {
    const input: AssignmentInput = {
      rounds: ['r1', 'r2'],
      islands: islands(['a', 2], ['b', 2], ['c', 2]),
      participants: [
        person('p1', 'oem', ['a', 'b']),
        person('p2', 'oem', ['a', 'c']),
        person('p3', 'it'),
        person('p4', 'energy', ['a']),
        person('p5', 'it', ['c', 'a']),
      ],
      maxSectorShare: 0.5,
    };
    const reversed = {
      ...input,
      islands: [...input.islands].reverse(),
      participants: [...input.participants].reverse(),
    };
    expect(assignIslands(reversed)).toEqual(assignIslands(input));
  });

  it('rejects duplicate ids and a share outside (0, 1]', () => {
    const base: AssignmentInput = {
      rounds: ['r1'],
      islands: islands(['a', 1]),
      participants: [],
      maxSectorShare: 0.4,
    };
    expect(() => assignIslands({ ...base, rounds: ['r1', 'r1'] })).toThrow(RangeError);
    expect(() => assignIslands({ ...base, islands: islands(['a', 1], ['a', 2]) })).toThrow(RangeError);
    expect(() => assignIslands({ ...base, participants: [person('p', ''), person('p', '')] })).toThrow(
      RangeError,
    );
    expect(() => assignIslands({ ...base, maxSectorShare: 0 })).toThrow(RangeError);
    expect(() => assignIslands({ ...base, maxSectorShare: 1.5 })).toThrow(RangeError);
  });

  it('reports the sector mix of every island in every round, empty ones included', () => {
    const result = assignIslands({
      rounds: ['r1', 'r2'],
      islands: islands(['b', 2], ['a', 2]),
      participants: [person('p1', 'oem', ['a']), person('p2', 'it', ['a'], { rounds: ['r1'] })],
      maxSectorShare: 1,
    });
    expect(result.report.sectorMix).toEqual([
      { roundId: 'r1', islandId: 'a', seated: 2, bySector: { it: 1, oem: 1 } },
      { roundId: 'r1', islandId: 'b', seated: 0, bySector: {} },
      { roundId: 'r2', islandId: 'a', seated: 0, bySector: {} },
      { roundId: 'r2', islandId: 'b', seated: 1, bySector: { oem: 1 } },
    ]);
  });
});
