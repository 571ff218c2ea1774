import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moderation, Question } from '../../src/contract/qa.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { createPoll } from '../polls/helpers.js';
import { call, createGuest, createLiveSession } from './helpers.js';

describe.each(DIALECTS)('questions and poll answers in the data export and erasure on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  it('exports the person their own anonymous question; erasure removes their data and keeps every count exact', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const person = await signInParticipant(t);
    const guest = await createGuest(t);
    const own = await call<Question>(t, person, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Meine anonyme Frage',
      anonymous: true,
    });
    const other = await call<Question>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Frage des Gastes',
      anonymous: true,
    });
    await call(t, person, 'PUT', `/api/v1/questions/${other.body.id}/vote`);
    await call(t, guest, 'PUT', `/api/v1/questions/${other.body.id}/vote`);
    await call(t, guest, 'PUT', `/api/v1/questions/${own.body.id}/vote`);
    const poll = await createPoll(t, organizer, sessionId, {
      kind: 'multiple',
      question: 'Was?',
      options: ['A', 'B'],
    });
    await call(t, person, 'POST', `/api/v1/polls/${poll.id}/votes`, {
      optionIds: poll.options.map((o) => o.id),
    });
    await call(t, guest, 'POST', `/api/v1/polls/${poll.id}/votes`, { optionIds: [poll.options[0]!.id] });
    const words = await createPoll(t, organizer, sessionId, { kind: 'words', question: 'Wort?' });
    await call(t, person, 'POST', `/api/v1/polls/${words.id}/votes`, { words: ['Netz', 'Speicher'] });
    await call(t, guest, 'POST', `/api/v1/polls/${words.id}/votes`, { words: ['netz'] });

    // The moderators never learn who asked the anonymous question.
    const moderation = await call<Moderation>(
      t,
      organizer,
      'GET',
      `/api/v1/sessions/${sessionId}/moderation`,
    );
    expect(JSON.stringify(moderation.body)).not.toContain(person.personId);
    expect(moderation.body.questions.find((q) => q.id === own.body.id)?.authorName).toBeNull();

    const exported = await t.app.inject({ url: '/api/v1/me/export', headers: person.headers });
    const data = exported.json<{
      questions: { questions: { text: string; isAnonymous: boolean }[]; upvotes: { questionId: string }[] };
      polls: { pollAnswers: { question: string; choices: string[] }[] };
    }>();
    expect(data.questions.questions).toEqual([
      expect.objectContaining({ text: 'Meine anonyme Frage', isAnonymous: true }),
    ]);
    expect(data.questions.upvotes).toEqual([expect.objectContaining({ questionId: other.body.id })]);
    expect(data.polls.pollAnswers).toEqual([
      expect.objectContaining({ question: 'Was?', choices: ['A', 'B'] }),
      expect.objectContaining({
        question: 'Wort?',
        choices: expect.arrayContaining(['netz', 'speicher']) as string[],
      }),
    ]);

    const erased = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: person.headers });
    expect(erased.statusCode, erased.body).toBe(200);
    const db = t.database.handle.db;
    expect(await db.selectFrom('qaQuestions').select('id').where('id', '=', own.body.id).execute()).toEqual(
      [],
    );
    const remaining = await db
      .selectFrom('qaQuestions')
      .select('voteCount')
      .where('id', '=', other.body.id)
      .executeTakeFirstOrThrow();
    expect(remaining.voteCount).toBe(1);
    const options = await db
      .selectFrom('pollOptions')
      .select(['label', 'voteCount'])
      .where('pollId', '=', poll.id)
      .orderBy('position')
      .execute();
    expect(options).toEqual([
      { label: 'A', voteCount: 1 },
      { label: 'B', voteCount: 0 },
    ]);
    const polls = await db
      .selectFrom('polls')
      .select(['id', 'voterCount'])
      .orderBy('position')
      .where('sessionId', '=', sessionId)
      .execute();
    expect(polls.map((p) => p.voterCount)).toEqual([1, 1]);
    const cloud = await db
      .selectFrom('pollWords')
      .select(['wordKey', 'voteCount'])
      .where('pollId', '=', words.id)
      .execute();
    expect(cloud).toEqual([{ wordKey: 'netz', voteCount: 1 }]);
  });
});
