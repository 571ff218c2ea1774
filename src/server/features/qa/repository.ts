import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database, QaQuestionsTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Voter } from './policy.js';

export type QuestionRow = Selectable<QaQuestionsTable>;
type QuestionChanges = Partial<Pick<QuestionRow, 'state' | 'isAnswered' | 'isPinned' | 'text' | 'isEdited'>>;

/** The only code that touches qa_questions, qa_votes and qa_blocks. */
export function createQuestionRepository(db: Kysely<Database>) {
  /** Changes one question and raises its version in the same UPDATE, when it is in one of `fromStates`. */
  async function change(
    on: Kysely<Database> | Transaction<Database>,
    id: string,
    changes: QuestionChanges,
    fromStates: QuestionRow['state'][],
    now: string,
  ): Promise<QuestionRow | undefined> {
    return on
      .updateTable('qaQuestions')
      .set((eb) => ({ ...changes, updatedAt: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('state', 'in', fromStates)
      .returningAll()
      .executeTakeFirst();
  }

  return {
    async insertQuestion(values: Insertable<QaQuestionsTable>): Promise<QuestionRow> {
      return db.insertInto('qaQuestions').values(values).returningAll().executeTakeFirstOrThrow();
    },

    async findQuestion(id: string): Promise<QuestionRow | undefined> {
      return db.selectFrom('qaQuestions').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** The session's questions, optionally only some states, oldest first. */
    async listQuestions(sessionId: string, states?: QuestionRow['state'][]): Promise<QuestionRow[]> {
      let query = db.selectFrom('qaQuestions').selectAll().where('sessionId', '=', sessionId);
      if (states) {
        query = query.where('state', 'in', states);
      }
      return query.orderBy('createdAt').orderBy('id').execute();
    },

    async listByAuthor(sessionId: string, authorKeys: string[]): Promise<QuestionRow[]> {
      if (authorKeys.length === 0) {
        return [];
      }
      return db
        .selectFrom('qaQuestions')
        .selectAll()
        .where('sessionId', '=', sessionId)
        .where('authorKey', 'in', authorKeys)
        .orderBy('createdAt')
        .execute();
    },

    /** Ids of the session's questions that one of the keys upvoted. */
    async votedQuestionIds(sessionId: string, voterKeys: string[]): Promise<string[]> {
      if (voterKeys.length === 0) {
        return [];
      }
      const rows = await db
        .selectFrom('qaVotes')
        .innerJoin('qaQuestions', 'qaQuestions.id', 'qaVotes.questionId')
        .select('qaVotes.questionId')
        .distinct()
        .where('qaQuestions.sessionId', '=', sessionId)
        .where('qaVotes.voterKey', 'in', voterKeys)
        .execute();
      return rows.map((r) => r.questionId);
    },

    /**
     * One upvote: the vote row (its primary key refuses a second one) and the counter in one
     * transaction. A repeated upvote changes nothing; an upvote of a question that is not approved
     * is refused (invalid_state) and rolls the row back. Returns the question and whether it changed.
     */
    async addVote(
      questionId: string,
      voter: Voter,
      now: string,
    ): Promise<{ row: QuestionRow; changed: boolean }> {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('qaVotes')
          .values({ questionId, voterKey: voter.key, personId: voter.personId, createdAt: now })
          .onConflict((oc) => oc.columns(['questionId', 'voterKey']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          const row = await trx
            .selectFrom('qaQuestions')
            .selectAll()
            .where('id', '=', questionId)
            .executeTakeFirst();
          if (!row) {
            throw new AppError('not_found');
          }
          return { row, changed: false };
        }
        const row = await trx
          .updateTable('qaQuestions')
          .set((eb) => ({ voteCount: eb('voteCount', '+', 1), version: eb('version', '+', 1) }))
          .where('id', '=', questionId)
          .where('state', '=', 'approved')
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          throw new AppError('invalid_state');
        }
        return { row, changed: true };
      });
    },

    /** Revokes an upvote: row and counter in one transaction; revoking a vote never cast changes nothing. */
    async removeVote(questionId: string, voter: Voter): Promise<{ row: QuestionRow; changed: boolean }> {
      return db.transaction().execute(async (trx) => {
        const deleted = await trx
          .deleteFrom('qaVotes')
          .where('questionId', '=', questionId)
          .where('voterKey', '=', voter.key)
          .executeTakeFirst();
        if (Number(deleted.numDeletedRows) === 0) {
          const row = await trx
            .selectFrom('qaQuestions')
            .selectAll()
            .where('id', '=', questionId)
            .executeTakeFirst();
          if (!row) {
            throw new AppError('not_found');
          }
          return { row, changed: false };
        }
        const row = await trx
          .updateTable('qaQuestions')
          .set((eb) => ({ voteCount: eb('voteCount', '-', 1), version: eb('version', '+', 1) }))
          .where('id', '=', questionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { row, changed: true };
      });
    },

    /** A moderation change guarded by the states it may start from; undefined when the guard failed. */
    async changeQuestion(
      id: string,
      changes: QuestionChanges,
      fromStates: QuestionRow['state'][],
      now: string,
    ) {
      return change(db, id, changes, fromStates, now);
    },

    /** Pins one approved question: any other pinned question of the session is unpinned in the same transaction. */
    async pinQuestion(id: string, sessionId: string, now: string): Promise<QuestionRow[]> {
      return db.transaction().execute(async (trx) => {
        const unpinned = await trx
          .updateTable('qaQuestions')
          .set((eb) => ({ isPinned: 0, updatedAt: now, version: eb('version', '+', 1) }))
          .where('sessionId', '=', sessionId)
          .where('isPinned', '=', 1)
          .where('id', '!=', id)
          .returningAll()
          .execute();
        const pinned = await change(trx, id, { isPinned: 1 }, ['approved'], now);
        if (!pinned) {
          throw new AppError('invalid_state');
        }
        return [...unpinned, pinned];
      });
    },

    /**
     * Merges a duplicate into a target of the same session, in one transaction: the duplicate's voters
     * move over (a voter of both counts once), the target's count is recomputed from its vote rows,
     * and the duplicate becomes 'merged'. Returns both rows after the change.
     */
    async mergeQuestions(duplicateId: string, targetId: string, now: string): Promise<QuestionRow[]> {
      return db.transaction().execute(async (trx) => {
        const duplicate = await trx
          .updateTable('qaQuestions')
          .set((eb) => ({
            state: 'merged' as const,
            mergedIntoId: targetId,
            isPinned: 0,
            voteCount: 0,
            updatedAt: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', duplicateId)
          .where('state', '!=', 'merged')
          .returningAll()
          .executeTakeFirst();
        if (!duplicate) {
          throw new AppError('invalid_state');
        }
        await trx
          .insertInto('qaVotes')
          .columns(['questionId', 'voterKey', 'personId', 'createdAt'])
          .expression((eb) =>
            eb
              .selectFrom('qaVotes')
              .select([eb.val(targetId).as('questionId'), 'voterKey', 'personId', 'createdAt'])
              .where('questionId', '=', duplicateId),
          )
          .onConflict((oc) => oc.columns(['questionId', 'voterKey']).doNothing())
          .execute();
        await trx.deleteFrom('qaVotes').where('questionId', '=', duplicateId).execute();
        // Earlier duplicates of the duplicate now point at the target too.
        await trx
          .updateTable('qaQuestions')
          .set({ mergedIntoId: targetId })
          .where('mergedIntoId', '=', duplicateId)
          .execute();
        const target = await trx
          .updateTable('qaQuestions')
          .set((eb) => ({
            voteCount: eb
              .selectFrom('qaVotes')
              .select((s) => s.fn.countAll<number>().as('n'))
              .where('questionId', '=', targetId),
            mergedCount: eb('mergedCount', '+', duplicate.mergedCount + 1),
            updatedAt: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', targetId)
          .where('state', '!=', 'merged')
          .where('sessionId', '=', duplicate.sessionId)
          .returningAll()
          .executeTakeFirst();
        if (!target) {
          throw new AppError('invalid_state');
        }
        return [duplicate, target];
      });
    },

    async isBlocked(sessionId: string, voterKeys: string[]): Promise<boolean> {
      if (voterKeys.length === 0) {
        return false;
      }
      const row = await db
        .selectFrom('qaBlocks')
        .select('id')
        .where('sessionId', '=', sessionId)
        .where('voterKey', 'in', voterKeys)
        .executeTakeFirst();
      return Boolean(row);
    },

    /** Blocks a voter from the session's Q&A (idempotent). */
    async block(values: {
      id: string;
      sessionId: string;
      voterKey: string;
      questionId: string;
      createdAt: string;
    }) {
      await db
        .insertInto('qaBlocks')
        .values(values)
        .onConflict((oc) => oc.columns(['sessionId', 'voterKey']).doNothing())
        .execute();
    },

    async listBlocks(sessionId: string) {
      return db
        .selectFrom('qaBlocks')
        .leftJoin('qaQuestions', 'qaQuestions.id', 'qaBlocks.questionId')
        .select([
          'qaBlocks.id',
          'qaBlocks.createdAt',
          'qaQuestions.text as questionText',
          'qaQuestions.authorName',
        ])
        .where('qaBlocks.sessionId', '=', sessionId)
        .orderBy('qaBlocks.createdAt')
        .execute();
    },

    async deleteBlock(sessionId: string, blockId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('qaBlocks')
        .where('sessionId', '=', sessionId)
        .where('id', '=', blockId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
