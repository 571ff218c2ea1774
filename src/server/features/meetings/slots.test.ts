import { describe, expect, it } from 'vitest';
import { cutSlots, overlaps } from './slots.js';

describe('cutSlots', () => {
  const block = { id: 's1', startsAt: '2020-02-06T15:15:00.000Z', endsAt: '2020-02-06T16:00:00.000Z' };

  it('cuts back-to-back slots from the start and leaves a short remainder free', () => {
    expect(cutSlots(block, 20).map((s) => [s.startsAt.slice(11, 16), s.endsAt.slice(11, 16)])).toEqual([
      ['15:15', '15:35'],
      ['15:35', '15:55'],
    ]);
    expect(cutSlots(block, 15)).toHaveLength(3);
  });

  it('gives nothing for a block shorter than one slot or a nonsense length', () => {
    expect(cutSlots(block, 60)).toEqual([]);
    expect(cutSlots(block, 0)).toEqual([]);
    expect(cutSlots({ ...block, startsAt: 'x' }, 20)).toEqual([]);
  });
});

describe('overlaps', () => {
  it('treats intervals as half-open: touching ends do not overlap', () => {
    expect(overlaps('2020-01-01T10:00Z', '2020-01-01T11:00Z', '2020-01-01T11:00Z', '2020-01-01T12:00Z')).toBe(
      false,
    );
    expect(overlaps('2020-01-01T10:00Z', '2020-01-01T11:00Z', '2020-01-01T10:59Z', '2020-01-01T12:00Z')).toBe(
      true,
    );
  });
});
