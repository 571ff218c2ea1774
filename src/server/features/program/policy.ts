import type { Actor } from '../../plugins/auth.js';
import { AppError } from '../../errors.js';

/** Organizers (sessions or tokens) edit the programme of every event. */
export function assertCanEditProgramme(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** Only a signed-in person keeps an agenda; returns their id. */
export function agendaOwner(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError('unauthenticated');
  }
  return actor.personId;
}
