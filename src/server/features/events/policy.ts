import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from './repository.js';

/** Organizers (sessions or tokens) manage events. */
export function canManageEvents(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && actor.role === 'organizer';
}

/** Everyone sees published events; drafts and archived events only their organizers. */
export function canViewEvent(actor: Actor, event: EventRow): boolean {
  return event.status === 'published' || canManageEvents(actor);
}
