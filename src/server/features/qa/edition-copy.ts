import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { EditionCopy } from '../events/index.js';
import { newJoinCode } from './join-code.js';

/**
 * Next year's live settings of the copied sessions: Q&A on or off, pre-approval, guests; a new join
 * code, no moderator link, no questions or polls.
 */
export async function copyLiveSettings(trx: Transaction<Database>, copy: EditionCopy): Promise<void> {
  const oldIds = [...copy.ids.keys()];
  if (oldIds.length === 0) {
    return;
  }
  const rows = await trx
    .selectFrom('liveSessionSettings')
    .selectAll()
    .where('sessionId', 'in', oldIds)
    .execute();
  for (const row of rows) {
    const sessionId = copy.ids.get(row.sessionId);
    if (!sessionId) {
      continue;
    }
    await trx
      .insertInto('liveSessionSettings')
      .values({
        sessionId,
        qaEnabled: row.qaEnabled,
        preApproval: row.preApproval,
        guestsAllowed: row.guestsAllowed,
        joinCode: newJoinCode(),
        moderatorTokenHash: null,
        screenMode: 'questions',
        screenPollId: null,
        version: 1,
        updatedAt: copy.now,
      })
      .execute();
  }
}
