import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { EditionCopy } from '../events/index.js';

/** Next year's competence list (the terms people describe offers and needs with); no profiles. */
export async function copyCompetences(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const settings = await trx
    .selectFrom('networkingSettings')
    .select('competences')
    .where('eventId', '=', copy.fromEventId)
    .executeTakeFirst();
  if (settings) {
    await trx
      .insertInto('networkingSettings')
      .values({ eventId: copy.toEventId, competences: settings.competences, updatedAt: copy.now })
      .execute();
  }
}
