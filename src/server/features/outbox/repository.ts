import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The only code of this feature that reads the outbox table (the mail module writes it). */
export function createOutboxRepository(db: Kysely<Database>) {
  return {
    findMailById: (id: string) =>
      db.selectFrom('outbox').select(['id', 'createdAt']).where('id', '=', id).executeTakeFirst(),

    /** Newest first; ties on createdAt are broken by id so that pages never overlap or skip. */
    listMails: (limit: number, cursor?: { id: string; createdAt: string }) => {
      let query = db
        .selectFrom('outbox')
        .select([
          'id',
          'kind',
          'toAddress',
          'subject',
          'status',
          'attempts',
          'createdAt',
          'sentAt',
          'textBody',
        ])
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (cursor) {
        query = query.where((eb) =>
          eb.or([
            eb('createdAt', '<', cursor.createdAt),
            eb.and([eb('createdAt', '=', cursor.createdAt), eb('id', '<', cursor.id)]),
          ]),
        );
      }
      return query.execute();
    },
  };
}
