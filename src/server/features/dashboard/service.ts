import type { Kysely } from 'kysely';
import type { Dashboard, Network } from '../../../contract/dashboard.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventService } from '../events/index.js';
import { interactionFigures, islandFigures, meetingFigures } from './activity-queries.js';
import { ideaFigures } from './idea-queries.js';
import { computeNetwork } from './network-queries.js';
import { assertCanSeeDashboard } from './policy.js';
import { bookedOutSince } from './event-figures.js';
import { registrationDays, registrationTotals, sectorMix } from './registration-queries.js';
import { parseSectors } from './shape.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById'>;
}

/** The organizer's dashboard of one event and the network view across events (read-only reporting). */
export function createDashboardService({ db, clock, events }: Deps) {
  return {
    /** Every figure of the event's dashboard, computed now from the features' tables. */
    async getDashboard(actor: Actor, eventId: string): Promise<Dashboard> {
      assertCanSeeDashboard(actor);
      const event = await events.findEventRowById(eventId);
      if (!event) {
        throw new AppError('not_found');
      }
      return computeDashboard(db, event, clock.now());
    },

    /** Organizations, sectors, returning participants and cross-organization meetings of every event. */
    async getNetwork(actor: Actor): Promise<Network> {
      assertCanSeeDashboard(actor);
      return computeNetwork(db, clock.now());
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;

type EventFields = Pick<
  Database['events'],
  'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'capacity' | 'seatsTaken' | 'sectors'
>;

/** Computes the dashboard of an event (exported for the benchmark, which has no HTTP layer). */
export async function computeDashboard(
  db: Kysely<Database>,
  event: EventFields,
  now: Date,
): Promise<Dashboard> {
  const [totals, days, mix, meetings, islands, ideas] = await Promise.all([
    registrationTotals(db, event.id),
    registrationDays(db, event.id, event.timeZone),
    sectorMix(db, event.id),
    meetingFigures(db, event.id, now),
    islandFigures(db, event.id),
    ideaFigures(db, event.id),
  ]);
  const hasEnded = event.endsAt <= now.toISOString();
  const audience = totals.checkedIn > 0 ? totals.checkedIn : totals.confirmed;
  const interaction = await interactionFigures(db, event.id, audience);
  const bookedOut = await bookedOutSince(db, event, totals.bookedOutAt);
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      capacity: Number(event.capacity),
      seatsTaken: Number(event.seatsTaken),
    },
    generatedAt: now.toISOString(),
    sectors: parseSectors(event.sectors),
    registrations: {
      total: totals.total,
      days,
      bookedOutAt: bookedOut?.at ?? null,
      bookedOutBasis: bookedOut?.basis ?? null,
    },
    sectorMix: mix,
    waitlist: {
      everWaitlisted: totals.everWaitlisted,
      waitingNow: totals.waitingNow,
      offered: totals.offered,
      promotedConfirmed: totals.promotedConfirmed,
    },
    confirmation: {
      registrations: totals.total,
      confirmed: totals.confirmed,
      pending: totals.pending,
      expired: totals.expired,
      cancelled: totals.cancelled,
      reconfirmAsked: totals.reconfirmAsked,
      reconfirmYes: totals.reconfirmYes,
      reconfirmReleased: totals.reconfirmReleased,
    },
    attendance: {
      confirmed: totals.confirmed,
      checkedIn: totals.checkedIn,
      noShows: hasEnded ? totals.confirmed - totals.checkedIn : null,
    },
    meetings,
    islands,
    ideas,
    interaction,
  };
}
