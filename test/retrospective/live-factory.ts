import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

type Db = Kysely<Database>;
const STAMP = '2026-11-20T09:30:00.000Z';

/** A question with `voters` upvotes (rows in qa_votes and the counter alike). */
export async function insertQuestion(
  db: Db,
  sessionId: string,
  spec: { text: string; authorKey: string; state: 'approved' | 'hidden' | 'pending'; voters: string[] },
): Promise<void> {
  const id = randomUUID();
  await db
    .insertInto('qaQuestions')
    .values({
      id,
      sessionId,
      authorKey: spec.authorKey,
      authorPersonId: null,
      isAnonymous: 1,
      authorName: null,
      text: spec.text,
      state: spec.state,
      mergedIntoId: null,
      voteCount: spec.voters.length,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
    })
    .execute();
  for (const voterKey of spec.voters) {
    await db
      .insertInto('qaVotes')
      .values({ questionId: id, voterKey, personId: null, createdAt: STAMP })
      .execute();
  }
}

/**
 * A poll with its options (label → voter keys) or words; voter_count and the counters match the
 * vote rows, as the polls feature keeps them.
 */
export async function insertPoll(
  db: Db,
  sessionId: string,
  spec: {
    kind: 'single' | 'words';
    state: 'open' | 'closed';
    question: string;
    position: number;
    choices: Record<string, string[]>;
  },
): Promise<void> {
  const id = randomUUID();
  const voters = new Set(Object.values(spec.choices).flat());
  await db
    .insertInto('polls')
    .values({
      id,
      sessionId,
      kind: spec.kind,
      question: spec.question,
      maxChoices: null,
      state: spec.state,
      resultsVisibility: 'after-vote',
      position: spec.position,
      voterCount: voters.size,
      version: 1,
      tallyVersion: 1,
      openedAt: STAMP,
      closedAt: spec.state === 'closed' ? STAMP : null,
      createdAt: STAMP,
      updatedAt: STAMP,
    })
    .execute();
  for (const voterKey of voters) {
    await db
      .insertInto('pollVotes')
      .values({ pollId: id, voterKey, personId: null, createdAt: STAMP })
      .execute();
  }
  let position = 0;
  for (const [label, keys] of Object.entries(spec.choices)) {
    if (spec.kind === 'words') {
      await db
        .insertInto('pollWords')
        .values({ pollId: id, wordKey: label.toLowerCase(), word: label, voteCount: keys.length })
        .execute();
    } else {
      await db
        .insertInto('pollOptions')
        .values({ id: randomUUID(), pollId: id, position, label, voteCount: keys.length })
        .execute();
    }
    position += 1;
  }
}

/** An anonymous survey answer straight into the table. */
export async function insertSurveyResponse(
  db: Db,
  eventId: string,
  spec: { rating: number; met: boolean; again: 'yes' | 'maybe' | 'no' },
): Promise<void> {
  await db
    .insertInto('surveyResponses')
    .values({
      id: randomUUID(),
      eventId,
      rating: spec.rating,
      metPartners: spec.met ? 1 : 0,
      partnerCount: spec.met ? 2 : 0,
      partnerSectors: '[]',
      willReturn: spec.again,
      comment: '',
      answeredOn: '2026-11-23',
    })
    .execute();
}
