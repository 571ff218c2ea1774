import type { Actor } from '../../plugins/auth.js';
import { AppError } from '../../errors.js';

/** Organizers (sessions or tokens) write, preview and publish retrospectives and read survey results. */
export function assertCanEditRetrospective(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** Whether the actor may see unpublished retrospective content (drafts, photos of a draft). */
export function canSeeDrafts(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && actor.role === 'organizer';
}
