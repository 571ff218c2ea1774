import type { Kysely } from 'kysely';
import type { MyEvent } from '../../../contract/my-events.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { ticketQrSvg, waitlistPosition } from '../registration/index.js';
import { createMyEventsRepository } from './repository.js';

type RegistrationRow = Awaited<
  ReturnType<ReturnType<typeof createMyEventsRepository>['listRegistrations']>
>[number];

function personOf(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError('unauthenticated');
  }
  return actor.personId;
}

/** Whether the registration lets the person in: confirmed, or a guest whose seat is held. */
function isAdmitted(r: RegistrationRow): boolean {
  return r.status === 'confirmed' || (r.isGuest === 1 && (r.status === 'pending' || r.status === 'offered'));
}

function groupCount<T extends { eventId: string; n: number }>(rows: T[], key: (row: T) => string) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(key(row), (counts.get(key(row)) ?? 0) + Number(row.n));
  }
  return counts;
}

/** "My events": a signed-in person's registrations and what applies to each. */
export function createMyEventsService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  const repo = createMyEventsRepository(db);

  async function describe(rows: RegistrationRow[]): Promise<MyEvent[]> {
    if (rows.length === 0) {
      return [];
    }
    const eventIds = [...new Set(rows.map((r) => r.eventId))];
    const waitingIds = rows.filter((r) => r.status === 'waitlisted').map((r) => r.eventId);
    const [types, live, islands, surveys, waiting] = await Promise.all([
      repo.countSessionsByType(eventIds),
      repo.listLiveSessions(eventIds),
      repo.countIslands(eventIds),
      repo.listSurveyInvitations(rows.map((r) => r.id)),
      waitingIds.length > 0 ? repo.listWaitingNumbers(waitingIds) : Promise.resolve([]),
    ]);
    const sessions = groupCount(types, (t) => t.eventId);
    const meetingBlocks = groupCount(
      types.filter((t) => t.type === 'networking'),
      (t) => t.eventId,
    );
    const islandCount = groupCount(islands, (i) => i.eventId);
    const survey = new Map(
      surveys.map((s) => [s.registrationId, s.answeredAt ? 'answered' : 'mailed'] as const),
    );
    const now = clock.now().toISOString();
    return rows.map((r) => {
      const admitted = isAdmitted(r);
      const isPast = r.endsAt < now;
      const numbers = waiting.filter((w) => w.eventId === r.eventId).map((w) => Number(w.waitlistNumber));
      return {
        registrationId: r.id,
        status: r.status,
        waitlistPosition:
          r.status === 'waitlisted' && r.waitlistNumber !== null
            ? waitlistPosition(numbers, r.waitlistNumber)
            : null,
        confirmExpiresAt: r.status === 'pending' || r.status === 'offered' ? r.confirmExpiresAt : null,
        ticketCode: admitted ? r.ticketCode : null,
        event: {
          slug: r.slug,
          title: r.title,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          timeZone: r.timeZone,
          venueName: r.venueName,
          isPast,
        },
        can: {
          ticket: admitted && !isPast,
          profile: admitted,
          peopleToMeet: admitted,
          meetings: admitted && (meetingBlocks.get(r.eventId) ?? 0) > 0,
          agenda: (sessions.get(r.eventId) ?? 0) > 0,
          islands: admitted && (islandCount.get(r.eventId) ?? 0) > 0,
        },
        liveSessions:
          admitted && !isPast
            ? live
                .filter((s) => s.eventId === r.eventId)
                .map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt }))
            : [],
        survey: survey.get(r.id) ?? null,
      };
    });
  }

  return {
    /** The caller's events: upcoming first (soonest first), then past ones (latest first). */
    async listMine(actor: Actor): Promise<MyEvent[]> {
      const mine = await describe(await repo.listRegistrations(personOf(actor)));
      const upcoming = mine.filter((m) => !m.event.isPast);
      const past = mine.filter((m) => m.event.isPast).reverse();
      return [...upcoming, ...past];
    },

    /** The caller's registration for one event, or null (none, or cancelled or lapsed: they may register again). */
    async findMine(actor: Actor, slug: string): Promise<MyEvent | null> {
      if (actor.kind !== 'person') {
        return null;
      }
      const rows = await repo.listRegistrations(actor.personId, slug);
      const active = rows.filter((r) => r.status !== 'cancelled' && r.status !== 'expired');
      return (await describe(active))[0] ?? null;
    },

    /** The QR code of the caller's ticket for the event (confirmed registrations only). */
    async ticketSvg(actor: Actor, slug: string): Promise<string> {
      const rows = await repo.listRegistrations(personOf(actor), slug);
      const admitted = rows.find(isAdmitted);
      if (!admitted) {
        throw new AppError('not_found');
      }
      return ticketQrSvg(admitted.ticketCode);
    },
  };
}
export type MyEventsService = ReturnType<typeof createMyEventsService>;
