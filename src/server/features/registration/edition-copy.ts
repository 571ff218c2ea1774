import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { EditionCopy } from '../events/index.js';

/**
 * Next year's registration setup: the custom questions and the deadlines (hours to confirm, hours to
 * take an offered seat, days before the "still coming?" mail). Never a registration.
 */
export async function copyRegistrationSetup(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const questions = await trx
    .selectFrom('registrationQuestions')
    .selectAll()
    .where('eventId', '=', copy.fromEventId)
    .execute();
  for (const question of questions) {
    await trx
      .insertInto('registrationQuestions')
      .values({ ...question, id: newId(), eventId: copy.toEventId })
      .execute();
  }
  const source = await trx
    .selectFrom('events')
    .select(['confirmHours', 'offerHours', 'offerExtensionHours', 'reconfirmDaysBefore'])
    .where('id', '=', copy.fromEventId)
    .executeTakeFirst();
  if (source) {
    await trx.updateTable('events').set(source).where('id', '=', copy.toEventId).execute();
  }
}
