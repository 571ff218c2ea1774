// One upvote per person and an exact count, under concurrency: many guests upvote (and revoke) at the
// same moment, each sending twice; the stored count must equal the number of vote rows exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/contract/qa.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call, createGuest, createLiveSession } from './helpers.js';

const VOTERS = 120;

describe.each(DIALECTS)('concurrent upvotes on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function stored(questionId: string) {
    const db = t.database.handle.db;
    const question = await db
      .selectFrom('qaQuestions')
      .select('voteCount')
      .where('id', '=', questionId)
      .executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom('qaVotes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('questionId', '=', questionId)
      .executeTakeFirstOrThrow();
    return { count: question.voteCount, rows: Number(rows.n) };
  }

  it('counts every person once, however many upvotes and revocations arrive together', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const guests = await Promise.all(Array.from({ length: VOTERS }, () => createGuest(t)));
    const question = (
      await call<Question>(t, guests[0]!, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
        text: 'Wer zahlt?',
        anonymous: true,
      })
    ).body;
    const url = `/api/v1/questions/${question.id}/vote`;

    // Every guest upvotes twice at once: 240 requests in flight, 120 distinct voters.
    const first = await Promise.all(guests.flatMap((g) => [call(t, g, 'PUT', url), call(t, g, 'PUT', url)]));
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(await stored(question.id)).toEqual({ count: VOTERS, rows: VOTERS });

    // Half revoke (twice each) while the other half upvote again and newcomers join.
    const newcomers = await Promise.all(Array.from({ length: 30 }, () => createGuest(t)));
    const mixed = await Promise.all([
      ...guests.slice(0, VOTERS / 2).flatMap((g) => [call(t, g, 'DELETE', url), call(t, g, 'DELETE', url)]),
      ...guests.slice(VOTERS / 2).map((g) => call(t, g, 'PUT', url)),
      ...newcomers.map((g) => call(t, g, 'PUT', url)),
    ]);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
    const expected = VOTERS / 2 + newcomers.length;
    expect(await stored(question.id)).toEqual({ count: expected, rows: expected });
    const answer = await call<{ questions: Question[] }>(
      t,
      guests[0]!,
      'GET',
      `/api/v1/sessions/${sessionId}/questions`,
    );
    expect(answer.body.questions[0]?.voteCount).toBe(expected);
  });
});
