import type { Actor } from '../../plugins/auth.js';
import type { AttendeeRow } from './repository.js';

/** Organizers (sessions or tokens) run the check-in desk and print badges. */
export function canRunCheckin(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && actor.role === 'organizer';
}

/**
 * Who may enter: confirmed registrations, and guests of the organizers whose seat is held even if they
 * never clicked a confirmation link. Waitlisted, cancelled and expired registrations may not.
 */
export function isAdmissible(row: Pick<AttendeeRow, 'status' | 'isGuest'>): boolean {
  if (row.status === 'confirmed') {
    return true;
  }
  return row.isGuest === 1 && (row.status === 'pending' || row.status === 'offered');
}
