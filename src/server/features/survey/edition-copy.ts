import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { EditionCopy } from '../events/index.js';

/** Next year's follow-up survey settings (on or off, days after the event); no invitations or answers. */
export async function copySurveySettings(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const settings = await trx
    .selectFrom('surveySettings')
    .select(['isEnabled', 'delayDays'])
    .where('eventId', '=', copy.fromEventId)
    .executeTakeFirst();
  if (settings) {
    await trx
      .insertInto('surveySettings')
      .values({ eventId: copy.toEventId, ...settings, updatedAt: copy.now })
      .execute();
  }
}
