import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The reads of "My events". Like the dashboard, this is a view across features: it reads the
 * registrations, events, programme, live settings, polls, islands and survey invitations read-only
 * (docs/architecture.md names them) and never writes.
 */
export function createMyEventsRepository(db: Kysely<Database>) {
  return {
    /** The person's registrations with their event (drafts left out), optionally of one event. */
    listRegistrations: (personId: string, slug?: string) => {
      let query = db
        .selectFrom('registrations as r')
        .innerJoin('events as e', 'e.id', 'r.eventId')
        .select([
          'r.id',
          'r.eventId',
          'r.status',
          'r.isGuest',
          'r.waitlistNumber',
          'r.confirmExpiresAt',
          'r.ticketCode',
          'e.slug',
          'e.title',
          'e.startsAt',
          'e.endsAt',
          'e.timeZone',
          'e.venueName',
        ])
        .where('r.personId', '=', personId)
        .where('e.status', '!=', 'draft');
      if (slug !== undefined) {
        query = query.where('e.slug', '=', slug);
      }
      return query.orderBy('e.startsAt').execute();
    },

    /** How many sessions of each type the events' programmes hold. */
    countSessionsByType: (eventIds: string[]) =>
      db
        .selectFrom('programSessions')
        .select(['eventId', 'type', (eb) => eb.fn.countAll<number>().as('n')])
        .where('eventId', 'in', eventIds)
        .groupBy(['eventId', 'type'])
        .execute(),

    /** Sessions of the events a participant can join live: Q&A switched on, or with polls. */
    listLiveSessions: (eventIds: string[]) =>
      db
        .selectFrom('programSessions as s')
        .leftJoin('liveSessionSettings as l', 'l.sessionId', 's.id')
        .select(['s.id', 's.eventId', 's.title', 's.startsAt'])
        .where('s.eventId', 'in', eventIds)
        .where((eb) =>
          eb.or([
            eb('l.qaEnabled', '=', 1),
            eb.exists(
              eb
                .selectFrom('polls as p')
                .select(sql`1`.as('one'))
                .whereRef('p.sessionId', '=', 's.id'),
            ),
          ]),
        )
        .orderBy('s.startsAt')
        .orderBy('s.sequence')
        .execute(),

    countIslands: (eventIds: string[]) =>
      db
        .selectFrom('islands')
        .select(['eventId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('eventId', 'in', eventIds)
        .groupBy('eventId')
        .execute(),

    listSurveyInvitations: (registrationIds: string[]) =>
      db
        .selectFrom('surveyInvitations')
        .select(['registrationId', 'answeredAt'])
        .where('registrationId', 'in', registrationIds)
        .execute(),

    /** The waitlist numbers still waiting, per event (a person's position is their rank among them). */
    listWaitingNumbers: (eventIds: string[]) =>
      db
        .selectFrom('registrations')
        .select(['eventId', 'waitlistNumber'])
        .where('eventId', 'in', eventIds)
        .where('status', '=', 'waitlisted')
        .where('waitlistNumber', 'is not', null)
        .orderBy('waitlistNumber')
        .execute(),
  };
}
export type MyEventsRepository = ReturnType<typeof createMyEventsRepository>;
