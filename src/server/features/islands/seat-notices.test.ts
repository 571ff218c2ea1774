import { describe, expect, it } from 'vitest';
import type { PlacementRow } from './placement-repository.js';
import { seatChanges } from './seat-notices.js';

const seat = (
  personId: string,
  roundId: string,
  islandId: string,
  source: PlacementRow['source'] = 'auto',
) => ({
  personId,
  roundId,
  islandId,
  source,
});

describe('seatChanges', () => {
  it('names new, moved and waitlist seats; unchanged and removed seats are no change', () => {
    const before = [seat('a', 'r1', 'x'), seat('b', 'r1', 'y'), seat('c', 'r1', 'x'), seat('d', 'r1', 'z')];
    const after = [
      seat('a', 'r1', 'x'),
      seat('b', 'r1', 'x', 'waitlist'),
      seat('c', 'r1', 'z', 'manual'),
      seat('e', 'r1', 'y', 'late'),
      seat('e', 'r2', 'x', 'late'),
    ];
    expect(seatChanges(before, after)).toEqual([
      { personId: 'b', roundId: 'r1', islandId: 'x', reason: 'waitlist', previousIslandId: 'y' },
      { personId: 'c', roundId: 'r1', islandId: 'z', reason: 'moved', previousIslandId: 'x' },
      { personId: 'e', roundId: 'r1', islandId: 'y', reason: 'placed', previousIslandId: null },
      { personId: 'e', roundId: 'r2', islandId: 'x', reason: 'placed', previousIslandId: null },
    ]);
  });

  it('finds nothing when the seats are the same', () => {
    const seats = [seat('a', 'r1', 'x'), seat('b', 'r2', 'y')];
    expect(seatChanges(seats, [...seats].reverse())).toEqual([]);
  });
});
