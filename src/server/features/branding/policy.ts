import type { Actor } from '../../plugins/auth.js';
import { AppError } from '../../errors.js';

/** Only organizers (sessions or API tokens) change the network's brand; everyone may read it. */
export function assertCanEditBranding(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}
