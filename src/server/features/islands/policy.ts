import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';

/** Organizers (sessions or tokens) manage islands, run the assignment and see every list. */
export function assertCanManageIslands(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** A signed-in person acts only for themself; returns their id. */
export function signedInPerson(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError('unauthenticated');
  }
  return actor.personId;
}

/**
 * Preferences may be changed until the organizer's deadline (none set: until the event starts); after
 * publishing they still count for people not yet placed, nobody already seated is moved by them.
 */
export function canEditPreferences(deadline: string | null, eventStartsAt: string, now: Date): boolean {
  const until = deadline ?? eventStartsAt;
  return now.toISOString() < until;
}
