import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';

/** Who looks at a board: an organizer (session or token), or a signed-in person. */
export type BoardViewer =
  { kind: 'organizer'; personId: string | null } | { kind: 'participant'; personId: string };

/** Turns the actor into a viewer; anonymous callers are refused. */
export function viewerOf(actor: Actor): BoardViewer {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.kind === 'token') {
    return { kind: 'organizer', personId: null };
  }
  return actor.role === 'organizer'
    ? { kind: 'organizer', personId: actor.personId }
    : { kind: 'participant', personId: actor.personId };
}

/** Only a signed-in person posts ideas and expresses interest; returns their id. */
export function personOf(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  return actor.personId;
}

/** Organizers (sessions or tokens) see every idea of an event and nudge candidates. */
export function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/**
 * A board is for the event's confirmed participants who opted into the directory, and for its
 * organizers; any other signed-in person is refused.
 */
export function assertCanViewBoard(viewer: BoardViewer, isVisibleParticipant: boolean): void {
  if (viewer.kind === 'organizer' || isVisibleParticipant) {
    return;
  }
  throw new AppError('forbidden');
}
