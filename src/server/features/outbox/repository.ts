import { sql, type Kysely } from 'kysely';
import type { OutboxFilterStatus } from '../../../contract/outbox.js';
import { containsPattern, foldText } from '../../../contract/search-fold.js';
import type { Database } from '../../db/schema.js';
import { searchTextMatches } from '../../db/search.js';

export interface MailFilter {
  eventId?: string;
  status?: OutboxFilterStatus;
  q?: string;
}

const FILTER_STATUSES: Record<OutboxFilterStatus, ('pending' | 'sent' | 'logged' | 'failed')[]> = {
  delivered: ['sent', 'logged'],
  pending: ['pending'],
  failed: ['failed'],
};

/**
 * The only code of this feature that reads the outbox table (the mail module writes it). It reads the
 * recipient's name (registrations, people) and the event's title read-only, as a report does.
 */
export function createOutboxRepository(db: Kysely<Database>) {
  function mails() {
    return db
      .selectFrom('outbox')
      .leftJoin('registrations', 'registrations.id', 'outbox.registrationId')
      .leftJoin('people', 'people.id', 'outbox.personId')
      .leftJoin('events', 'events.id', 'outbox.eventId')
      .select([
        'outbox.id',
        'outbox.kind',
        'outbox.toAddress',
        'outbox.locale',
        'outbox.subject',
        'outbox.status',
        'outbox.attempts',
        'outbox.lastError',
        'outbox.createdAt',
        'outbox.sentAt',
        'outbox.textBody',
        'outbox.attachments',
        'outbox.eventId',
        'outbox.registrationId',
        'events.title as eventTitle',
        'registrations.firstName as regFirstName',
        'registrations.lastName as regLastName',
        'people.firstName as personFirstName',
        'people.lastName as personLastName',
      ])
      .orderBy('outbox.createdAt', 'desc')
      .orderBy('outbox.id', 'desc');
  }

  return {
    findMailById: (id: string) =>
      db.selectFrom('outbox').select(['id', 'createdAt']).where('id', '=', id).executeTakeFirst(),

    /** Newest first; ties on createdAt are broken by id so that pages never overlap or skip. */
    listMails: (limit: number, filter: MailFilter, cursor?: { id: string; createdAt: string }) => {
      let query = mails().limit(limit);
      if (cursor) {
        query = query.where((eb) =>
          eb.or([
            eb('outbox.createdAt', '<', cursor.createdAt),
            eb.and([eb('outbox.createdAt', '=', cursor.createdAt), eb('outbox.id', '<', cursor.id)]),
          ]),
        );
      }
      if (filter.eventId) {
        query = query.where('outbox.eventId', '=', filter.eventId);
      }
      if (filter.status) {
        query = query.where('outbox.status', 'in', FILTER_STATUSES[filter.status]);
      }
      if (filter.q) {
        // Names fold case and accents like every search over people (Özlem, ozlem, Oezlem); the
        // address alone also finds mails that name no registration or person (an invitation).
        const address = containsPattern(foldText(filter.q));
        const q = filter.q;
        query = query.where((eb) =>
          eb.or([
            searchTextMatches('registrations.search_text', q),
            searchTextMatches('people.search_text', q),
            eb(sql`lower(outbox.to_address)`, 'like', sql`${address} escape '\\'`),
          ]),
        );
      }
      return query.execute();
    },

    /** The registration a history is asked for: its address and event. */
    findRegistration: (id: string) =>
      db
        .selectFrom('registrations')
        .select(['id', 'eventId', 'email'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /**
     * Every mail about one registration, and the mails to its address that belong to no other
     * registration of another event (sign-in links; older rows written before mails named their
     * registration).
     */
    listMailsOfRegistration: (reg: { id: string; eventId: string; email: string }, limit: number) =>
      mails()
        .where((eb) =>
          eb.or([
            eb('outbox.registrationId', '=', reg.id),
            eb.and([
              eb('outbox.registrationId', 'is', null),
              eb(sql`lower(outbox.to_address)`, '=', reg.email.toLowerCase()),
              eb.or([eb('outbox.eventId', 'is', null), eb('outbox.eventId', '=', reg.eventId)]),
            ]),
          ]),
        )
        .limit(limit)
        .execute(),
  };
}
export type MailRow = Awaited<ReturnType<ReturnType<typeof createOutboxRepository>['listMails']>>[number];
