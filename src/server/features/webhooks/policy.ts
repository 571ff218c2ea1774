import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';

/** Organizers (sessions, and API tokens, which carry organizer rights) manage webhooks. */
export function assertCanManageWebhooks(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** The person who acts, for the record (null for an API token). */
export function actingPersonId(actor: Actor): string | null {
  return actor.kind === 'person' ? actor.personId : null;
}
