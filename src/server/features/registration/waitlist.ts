/** Pure rules of the waitlist: positions and who moves up. */

export interface WaitlistCandidate {
  id: string;
  waitlistNumber: number | null;
}

/**
 * The 1-based position of a waitlist number among the numbers of everyone still waiting; numbers
 * of people who left or moved up are gone, so the position is a rank, not the number itself.
 */
export function waitlistPosition(waitingNumbers: readonly number[], mine: number): number | null {
  if (!waitingNumbers.includes(mine)) {
    return null;
  }
  return waitingNumbers.filter((n) => n <= mine).length;
}

/** How many people can move up: free seats, never negative. */
export function freeSeats(capacity: number, seatsTaken: number): number {
  return Math.max(0, capacity - seatsTaken);
}

/** The next people to offer a seat: lowest waitlist number first (first come, first served), at most `seats`. */
export function selectForPromotion<T extends WaitlistCandidate>(waiting: readonly T[], seats: number): T[] {
  if (seats <= 0) {
    return [];
  }
  return waiting
    .filter((c) => c.waitlistNumber !== null)
    .slice()
    .sort((a, b) => (a.waitlistNumber ?? 0) - (b.waitlistNumber ?? 0))
    .slice(0, seats);
}
