import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';

/** A person's poll answers for the data export: the poll's question and what they chose. */
export const exportPollPersonData: PersonDataExporter = async (personId: string, db: Kysely<Database>) => {
  const votes = await db
    .selectFrom('pollVotes')
    .innerJoin('polls', 'polls.id', 'pollVotes.pollId')
    .select(['pollVotes.pollId', 'polls.question', 'pollVotes.voterKey', 'pollVotes.createdAt'])
    .where('pollVotes.personId', '=', personId)
    .orderBy('pollVotes.createdAt')
    .execute();
  const answers = [];
  for (const vote of votes) {
    const choices = await db
      .selectFrom('pollVoteChoices')
      .leftJoin('pollOptions', 'pollOptions.id', 'pollVoteChoices.optionId')
      .select(['pollOptions.label', 'pollVoteChoices.wordKey'])
      .where('pollVoteChoices.pollId', '=', vote.pollId)
      .where('pollVoteChoices.voterKey', '=', vote.voterKey)
      .execute();
    answers.push({
      pollId: vote.pollId,
      question: vote.question,
      answeredAt: vote.createdAt,
      choices: choices.map((c) => c.label ?? c.wordKey ?? ''),
    });
  }
  return { pollAnswers: answers };
};

/**
 * Erases a person's poll answers in the erasure transaction and recomputes the counters of the polls
 * concerned from the remaining vote rows (their tally versions grow), so the tallies stay exact.
 */
export const erasePollPersonData: PersonDataEraser = async (personId: string, trx: Transaction<Database>) => {
  const affected = await trx
    .selectFrom('pollVotes')
    .select('pollId')
    .where('personId', '=', personId)
    .execute();
  if (affected.length === 0) {
    return;
  }
  const pollIds = [...new Set(affected.map((a) => a.pollId))];
  // The choices go with the vote rows (foreign key, on delete cascade).
  await trx.deleteFrom('pollVotes').where('personId', '=', personId).execute();
  await trx
    .updateTable('pollOptions')
    .set((eb) => ({
      voteCount: eb
        .selectFrom('pollVoteChoices')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('pollVoteChoices.optionId', '=', 'pollOptions.id'),
    }))
    .where('pollId', 'in', pollIds)
    .execute();
  await trx
    .updateTable('pollWords')
    .set((eb) => ({
      voteCount: eb
        .selectFrom('pollVoteChoices')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('pollVoteChoices.pollId', '=', 'pollWords.pollId')
        .whereRef('pollVoteChoices.wordKey', '=', 'pollWords.wordKey'),
    }))
    .where('pollId', 'in', pollIds)
    .execute();
  await trx.deleteFrom('pollWords').where('pollId', 'in', pollIds).where('voteCount', '=', 0).execute();
  await trx
    .updateTable('polls')
    .set((eb) => ({
      voterCount: eb
        .selectFrom('pollVotes')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('pollVotes.pollId', '=', 'polls.id'),
      tallyVersion: eb('tallyVersion', '+', 1),
    }))
    .where('id', 'in', pollIds)
    .execute();
};
