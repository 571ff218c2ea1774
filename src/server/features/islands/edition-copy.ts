import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { EditionCopy } from '../events/index.js';

/**
 * Next year's islands: themes, descriptions, guiding questions, places, tables and sizes, and the
 * settings (sector share, ranking deadline moved with the event). Hosts are people, so not copied;
 * nor are preferences or seats. The rounds are the programme's island-round sessions, copied there.
 */
export async function copyIslands(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const islands = await trx
    .selectFrom('islands')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const island of islands) {
    const id = newId();
    copy.ids.set(island.id, id);
    await trx
      .insertInto('islands')
      .values({ ...island, id, eventId: copy.toEventId, createdAt: copy.now, updatedAt: copy.now })
      .execute();
  }
  const settings = await trx
    .selectFrom('islandSettings')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .executeTakeFirst();
  if (settings) {
    await trx
      .insertInto('islandSettings')
      .values({
        eventId: copy.toEventId,
        rankingDeadline: settings.rankingDeadline ? copy.shift(settings.rankingDeadline) : null,
        maxSectorShare: settings.maxSectorShare,
        updatedAt: copy.now,
      })
      .execute();
  }
}
