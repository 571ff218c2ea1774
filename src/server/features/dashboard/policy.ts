import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';

/** Only organizers (sessions or API tokens) see the dashboards: they show every participant's data in sum. */
export function assertCanSeeDashboard(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}
