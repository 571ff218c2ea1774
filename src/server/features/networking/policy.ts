import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';

/** Who looks at an event's directory: an organizer, or a person who may be a confirmed participant. */
export type Viewer =
  { kind: 'organizer'; personId: string | null } | { kind: 'participant'; personId: string };

/** Turns the actor into a viewer; anonymous callers are refused. */
export function viewerOf(actor: Actor): Viewer {
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

/**
 * The directory and the recommendations of an event are for its confirmed participants and its
 * organizers only; any other signed-in person is refused (forbidden).
 */
export function assertCanViewDirectory(viewer: Viewer, hasConfirmedRegistration: boolean): void {
  if (viewer.kind === 'organizer' || hasConfirmedRegistration) {
    return;
  }
  throw new AppError('forbidden');
}

/** Only a signed-in person keeps a profile or a block list; returns their id. */
export function personOf(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  return actor.personId;
}

/** Organizers (sessions or tokens) edit an event's competence list. */
export function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}
