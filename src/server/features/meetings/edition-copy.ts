import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { EditionCopy } from '../events/index.js';

/**
 * Next year's 1:1 meeting setup: whether people pick their own slot, the slot length of each copied
 * networking session, and the tables. Slots follow from the programme (slot-sync); no meetings.
 */
export async function copyMeetingSetup(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const settings = await trx
    .selectFrom('meetingSettings')
    .select('selfPickAllowed')
    .where('eventId', '=', copy.fromEventId)
    .executeTakeFirst();
  if (settings) {
    await trx
      .insertInto('meetingSettings')
      .values({ eventId: copy.toEventId, selfPickAllowed: settings.selfPickAllowed, updatedAt: copy.now })
      .execute();
  }
  const blocks = await trx
    .selectFrom('meetingBlockSettings')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const block of blocks) {
    const sessionId = copy.ids.get(block.sessionId);
    if (sessionId) {
      await trx
        .insertInto('meetingBlockSettings')
        .values({ sessionId, eventId: copy.toEventId, slotMinutes: block.slotMinutes, updatedAt: copy.now })
        .execute();
    }
  }
  const tables = await trx
    .selectFrom('meetingTables')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const table of tables) {
    await trx
      .insertInto('meetingTables')
      .values({ ...table, id: newId(), eventId: copy.toEventId, createdAt: copy.now, updatedAt: copy.now })
      .execute();
  }
}
