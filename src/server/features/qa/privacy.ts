import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';

/**
 * A person's own questions (anonymous ones too: it is their own data, and only they see this export)
 * and upvotes, for the data export.
 */
export const exportQaPersonData: PersonDataExporter = async (personId: string, db: Kysely<Database>) => {
  const questions = await db
    .selectFrom('qaQuestions')
    .select(['id', 'sessionId', 'text', 'isAnonymous', 'authorName', 'state', 'voteCount', 'createdAt'])
    .where('authorPersonId', '=', personId)
    .orderBy('createdAt')
    .execute();
  const upvotes = await db
    .selectFrom('qaVotes')
    .select(['questionId', 'createdAt'])
    .where('personId', '=', personId)
    .orderBy('createdAt')
    .execute();
  return {
    questions: questions.map((q) => ({ ...q, isAnonymous: q.isAnonymous === 1 })),
    upvotes,
  };
};

/**
 * Erases a person's Q&A data in the erasure transaction: their upvotes (the counts of the questions
 * concerned are recomputed from the remaining vote rows and their versions raised), their questions
 * (with the votes on them), their blocks and moderator grants.
 */
export const eraseQaPersonData: PersonDataEraser = async (personId: string, trx: Transaction<Database>) => {
  const voted = await trx
    .selectFrom('qaVotes')
    .select('questionId')
    .where('personId', '=', personId)
    .execute();
  await trx.deleteFrom('qaVotes').where('personId', '=', personId).execute();
  const ids = voted.map((v) => v.questionId);
  if (ids.length > 0) {
    await trx
      .updateTable('qaQuestions')
      .set((eb) => ({
        voteCount: eb
          .selectFrom('qaVotes')
          .select((s) => s.fn.countAll<number>().as('n'))
          .whereRef('qaVotes.questionId', '=', 'qaQuestions.id'),
        version: eb('version', '+', 1),
      }))
      .where('id', 'in', ids)
      .execute();
  }
  const own = trx.selectFrom('qaQuestions').select('id').where('authorPersonId', '=', personId);
  await trx.updateTable('qaQuestions').set({ mergedIntoId: null }).where('mergedIntoId', 'in', own).execute();
  await trx.deleteFrom('qaQuestions').where('authorPersonId', '=', personId).execute();
  const key = `p:${personId}`;
  await trx.deleteFrom('qaBlocks').where('voterKey', '=', key).execute();
  await trx.deleteFrom('liveModeratorGrants').where('viewerKey', '=', key).execute();
};
