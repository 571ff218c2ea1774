import type { Insertable, Kysely, Selectable } from 'kysely';
import { POLL_LIMITS } from '../../../contract/polls.js';
import type { Database, PollOptionsTable, PollsTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { CheckedVote } from './tally.js';

export type PollRow = Selectable<PollsTable>;
export type OptionRow = Selectable<PollOptionsTable>;
export type PollWithOptions = PollRow & { options: OptionRow[] };
type PollChanges = Partial<Pick<PollRow, 'state' | 'resultsShown' | 'openedAt' | 'closedAt' | 'updatedAt'>>;

/** The exact counts the database keeps, with the version they stand for. */
export interface StoredTally {
  pollId: string;
  /** What decides who may see the results, read together with them. */
  poll: Pick<PollRow, 'sessionId' | 'state' | 'resultsVisibility' | 'resultsShown'>;
  tallyVersion: number;
  voters: number;
  options: { optionId: string; count: number }[];
  words: { word: string; count: number }[];
}

/** The only code that touches polls, poll_options, poll_votes, poll_vote_choices and poll_words. */
export function createPollRepository(db: Kysely<Database>) {
  async function withOptions(polls: PollRow[]): Promise<PollWithOptions[]> {
    if (polls.length === 0) {
      return [];
    }
    const options = await db
      .selectFrom('pollOptions')
      .selectAll()
      .where(
        'pollId',
        'in',
        polls.map((p) => p.id),
      )
      .orderBy('position')
      .execute();
    return polls.map((p) => ({ ...p, options: options.filter((o) => o.pollId === p.id) }));
  }

  return {
    async findPoll(id: string): Promise<PollWithOptions | undefined> {
      const row = await db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withOptions([row]))[0] : undefined;
    },

    async listPolls(sessionId: string): Promise<PollWithOptions[]> {
      const rows = await db
        .selectFrom('polls')
        .selectAll()
        .where('sessionId', '=', sessionId)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();
      return withOptions(rows);
    },

    async countPolls(sessionId: string): Promise<number> {
      const row = await db
        .selectFrom('polls')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('sessionId', '=', sessionId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Inserts a draft poll and its options in one transaction. */
    async insertPoll(poll: Insertable<PollsTable>, options: Insertable<PollOptionsTable>[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('polls').values(poll).execute();
        if (options.length > 0) {
          await trx.insertInto('pollOptions').values(options).execute();
        }
      });
    },

    /** Replaces a draft's fields and options; false when the poll is no longer a draft. */
    async replaceDraft(
      id: string,
      fields: Pick<PollRow, 'kind' | 'question' | 'maxChoices' | 'resultsVisibility' | 'updatedAt'>,
      options: Insertable<PollOptionsTable>[],
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('polls')
          .set((eb) => ({
            ...fields,
            version: eb('version', '+', 1),
            tallyVersion: eb('tallyVersion', '+', 1),
          }))
          .where('id', '=', id)
          .where('state', '=', 'draft')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) {
          return false;
        }
        await trx.deleteFrom('pollOptions').where('pollId', '=', id).execute();
        if (options.length > 0) {
          await trx.insertInto('pollOptions').values(options).execute();
        }
        return true;
      });
    },

    /** Removes a draft; false when it is not (any more) a draft. */
    async deleteDraft(id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('polls')
        .where('id', '=', id)
        .where('state', '=', 'draft')
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    /**
     * A state change guarded by the states it may start from; both versions grow in the same UPDATE
     * (what the audience may see of the results can change with it). Undefined when the guard failed.
     */
    async changePoll(
      id: string,
      changes: PollChanges,
      fromStates: PollRow['state'][],
    ): Promise<PollRow | undefined> {
      return db
        .updateTable('polls')
        .set((eb) => ({
          ...changes,
          version: eb('version', '+', 1),
          tallyVersion: eb('tallyVersion', '+', 1),
        }))
        .where('id', '=', id)
        .where('state', 'in', fromStates)
        .returningAll()
        .executeTakeFirst();
    },

    /**
     * Records one answer in one transaction: the poll's voter count first (only while it is open; on
     * PostgreSQL this also queues concurrent answers to the poll behind its row lock), then the vote
     * row, whose primary key refuses a second answer by the same voter (conflict, rolled back), then
     * the choices and the option or word counters.
     */
    async recordVote(
      pollId: string,
      voter: { key: string; personId: string | null },
      vote: CheckedVote,
      now: string,
    ) {
      await db.transaction().execute(async (trx) => {
        const poll = await trx
          .updateTable('polls')
          .set((eb) => ({ voterCount: eb('voterCount', '+', 1), tallyVersion: eb('tallyVersion', '+', 1) }))
          .where('id', '=', pollId)
          .where('state', '=', 'open')
          .returning('id')
          .executeTakeFirst();
        if (!poll) {
          throw new AppError('invalid_state');
        }
        const inserted = await trx
          .insertInto('pollVotes')
          .values({ pollId, voterKey: voter.key, personId: voter.personId, createdAt: now })
          .onConflict((oc) => oc.columns(['pollId', 'voterKey']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          throw new AppError('conflict', [{ field: 'poll', key: 'field.poll_already_voted' }]);
        }
        const choices = [
          ...vote.optionIds.map((optionId) => ({ pollId, voterKey: voter.key, optionId, wordKey: null })),
          ...vote.words.map((w) => ({ pollId, voterKey: voter.key, optionId: null, wordKey: w.key })),
        ];
        await trx.insertInto('pollVoteChoices').values(choices).execute();
        if (vote.optionIds.length > 0) {
          const counted = await trx
            .updateTable('pollOptions')
            .set((eb) => ({ voteCount: eb('voteCount', '+', 1) }))
            .where('pollId', '=', pollId)
            .where('id', 'in', vote.optionIds)
            .executeTakeFirst();
          if (Number(counted.numUpdatedRows) !== vote.optionIds.length) {
            throw new AppError('validation_failed', [
              { field: 'optionIds', key: 'field.poll_option_unknown' },
            ]);
          }
        }
        for (const word of vote.words) {
          await trx
            .insertInto('pollWords')
            .values({ pollId, wordKey: word.key, word: word.display, voteCount: 1 })
            .onConflict((oc) =>
              oc
                .columns(['pollId', 'wordKey'])
                .doUpdateSet((eb) => ({ voteCount: eb('pollWords.voteCount', '+', 1) })),
            )
            .execute();
        }
      });
    },

    /** The counters of one poll as stored, with the tally version they belong to. */
    async readTally(pollId: string): Promise<StoredTally | undefined> {
      const poll = await db
        .selectFrom('polls')
        .select([
          'id',
          'voterCount',
          'tallyVersion',
          'sessionId',
          'state',
          'resultsVisibility',
          'resultsShown',
        ])
        .where('id', '=', pollId)
        .executeTakeFirst();
      if (!poll) {
        return undefined;
      }
      const options = await db
        .selectFrom('pollOptions')
        .select(['id as optionId', 'voteCount as count'])
        .where('pollId', '=', pollId)
        .orderBy('position')
        .execute();
      const words = await db
        .selectFrom('pollWords')
        .select(['word', 'voteCount as count'])
        .where('pollId', '=', pollId)
        .orderBy('voteCount', 'desc')
        .orderBy('wordKey')
        .limit(POLL_LIMITS.wordsShown)
        .execute();
      const { sessionId, state, resultsVisibility, resultsShown } = poll;
      return {
        pollId,
        poll: { sessionId, state, resultsVisibility, resultsShown },
        tallyVersion: poll.tallyVersion,
        voters: poll.voterCount,
        options,
        words,
      };
    },

    /** The voters' answers to a session's polls, by poll (choices: option ids, or word keys). */
    async answersOf(
      sessionId: string,
      voterKeys: string[],
    ): Promise<Map<string, { optionIds: string[]; words: string[] }>> {
      const answers = new Map<string, { optionIds: string[]; words: string[] }>();
      if (voterKeys.length === 0) {
        return answers;
      }
      const rows = await db
        .selectFrom('pollVoteChoices')
        .innerJoin('polls', 'polls.id', 'pollVoteChoices.pollId')
        .select(['pollVoteChoices.pollId', 'pollVoteChoices.optionId', 'pollVoteChoices.wordKey'])
        .where('polls.sessionId', '=', sessionId)
        .where('pollVoteChoices.voterKey', 'in', voterKeys)
        .execute();
      for (const row of rows) {
        const answer = answers.get(row.pollId) ?? { optionIds: [], words: [] };
        if (row.optionId) {
          answer.optionIds.push(row.optionId);
        }
        if (row.wordKey) {
          answer.words.push(row.wordKey);
        }
        answers.set(row.pollId, answer);
      }
      return answers;
    },

    /** Every word of a word cloud with its count (the export; the room carries the top ones only). */
    async listWords(pollId: string): Promise<{ word: string; count: number }[]> {
      return db
        .selectFrom('pollWords')
        .select(['word', 'voteCount as count'])
        .where('pollId', '=', pollId)
        .orderBy('voteCount', 'desc')
        .orderBy('wordKey')
        .execute();
    },

    async nextPosition(sessionId: string): Promise<number> {
      const row = await db
        .selectFrom('polls')
        .select((eb) => eb.fn.max('position').as('top'))
        .where('sessionId', '=', sessionId)
        .executeTakeFirst();
      return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1;
    },
  };
}
export type PollRepository = ReturnType<typeof createPollRepository>;
