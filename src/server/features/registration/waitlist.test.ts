import { describe, expect, it } from 'vitest';
import { freeSeats, selectForPromotion, waitlistPosition } from './waitlist.js';

describe('waitlist rules', () => {
  it('counts the position as the rank among those still waiting', () => {
    expect(waitlistPosition([1, 2, 3], 3)).toBe(3);
    // Number 2 moved up: number 3 is now second.
    expect(waitlistPosition([1, 3, 7], 3)).toBe(2);
    expect(waitlistPosition([4, 9], 4)).toBe(1);
  });

  it('has no position for someone not waiting', () => {
    expect(waitlistPosition([1, 2], 5)).toBeNull();
  });

  it('never reports negative free seats', () => {
    expect(freeSeats(250, 249)).toBe(1);
    expect(freeSeats(250, 260)).toBe(0);
  });

  it('offers seats to the lowest numbers first, no more than free', () => {
    const waiting = [
      { id: 'c', waitlistNumber: 9 },
      { id: 'a', waitlistNumber: 2 },
      { id: 'x', waitlistNumber: null },
      { id: 'b', waitlistNumber: 5 },
    ];
    expect(selectForPromotion(waiting, 2).map((c) => c.id)).toEqual(['a', 'b']);
    expect(selectForPromotion(waiting, 0)).toEqual([]);
    expect(selectForPromotion(waiting, 10).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
