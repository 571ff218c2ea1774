// One answer per person per poll, decided by the database, and exact tallies under concurrency: each
// guest answers twice at the same moment; exactly one answer counts and every counter equals its rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call, createGuest, createLiveSession } from '../qa/helpers.js';
import { createPoll } from './helpers.js';

const VOTERS = 120;

describe.each(DIALECTS)('concurrent poll answers on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function countRows(table: 'pollVotes' | 'pollVoteChoices', pollId: string) {
    const row = await t.database.handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pollId', '=', pollId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('multiple choice: every counter equals the rows it stands for', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const poll = await createPoll(t, organizer, sessionId, {
      kind: 'multiple',
      question: 'Welche Themen betreffen Sie?',
      options: ['Ladeinfrastruktur', 'Wasserstoff', 'Stromnetze'],
    });
    const [a, b, c] = poll.options.map((o) => o.id);
    const guests = await Promise.all(Array.from({ length: VOTERS }, () => createGuest(t)));
    const choice = (i: number) => (i % 3 === 0 ? [a!] : i % 3 === 1 ? [a!, b!] : [b!, c!]);
    const answers = await Promise.all(
      guests.flatMap((g, i) => [
        call(t, g, 'POST', `/api/v1/polls/${poll.id}/votes`, { optionIds: choice(i) }),
        call(t, g, 'POST', `/api/v1/polls/${poll.id}/votes`, { optionIds: choice(i + 1) }),
      ]),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(VOTERS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(VOTERS);

    const db = t.database.handle.db;
    const stored = await db
      .selectFrom('polls')
      .select('voterCount')
      .where('id', '=', poll.id)
      .executeTakeFirstOrThrow();
    expect(stored.voterCount).toBe(VOTERS);
    expect(await countRows('pollVotes', poll.id)).toBe(VOTERS);
    const options = await db
      .selectFrom('pollOptions')
      .select(['id', 'voteCount'])
      .where('pollId', '=', poll.id)
      .execute();
    const choices = await db
      .selectFrom('pollVoteChoices')
      .select('optionId')
      .where('pollId', '=', poll.id)
      .execute();
    for (const option of options) {
      expect(option.voteCount, option.id).toBe(choices.filter((ch) => ch.optionId === option.id).length);
    }
    expect(options.reduce((s, o) => s + o.voteCount, 0)).toBe(await countRows('pollVoteChoices', poll.id));
  });

  it('word cloud: the same new word from many people at once is one word with the exact count', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const poll = await createPoll(t, organizer, sessionId, {
      kind: 'words',
      question: 'Ein Wort zur Zukunft?',
    });
    const guests = await Promise.all(Array.from({ length: VOTERS }, () => createGuest(t)));
    const spellings = ['Wasserstoff', 'wasserstoff!', ' WASSERSTOFF ', 'Netz'];
    const answers = await Promise.all(
      guests.map((g, i) =>
        call(t, g, 'POST', `/api/v1/polls/${poll.id}/votes`, { words: [spellings[i % 4]!] }),
      ),
    );
    expect(answers.every((r) => r.status === 201)).toBe(true);
    const words = await t.database.handle.db
      .selectFrom('pollWords')
      .select(['wordKey', 'voteCount'])
      .where('pollId', '=', poll.id)
      .orderBy('wordKey')
      .execute();
    expect(words).toEqual([
      { wordKey: 'netz', voteCount: VOTERS / 4 },
      { wordKey: 'wasserstoff', voteCount: (VOTERS * 3) / 4 },
    ]);
    expect(await countRows('pollVotes', poll.id)).toBe(VOTERS);
  });
});
