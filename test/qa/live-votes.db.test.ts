// An upvote travels as the question's vote count alone ('question-votes'), not as the whole question:
// what the audience room carries per vote, and what a client makes of the room's messages and
// snapshot (exact counts, the popular order, nothing twice, nothing missed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderQuestions } from '../../src/contract/qa-ordering.js';
import type { Question } from '../../src/contract/qa.js';
import { mergeSnapshot, mergeUpsert, type LiveEntity } from '../../src/web/app/live-merge.js';
import { roomView } from '../../src/web/features/live/room.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call, createGuest, createLiveSession, watchRoom } from './helpers.js';

const NOBODY = { personId: null, guestId: null, isOrganizer: false };

/** What the participant page lists: the room's questions by popularity, with the counts it shows. */
function shown(entities: Map<string, LiveEntity>) {
  return orderQuestions(roomView(entities, 'live').questions, 'popular').map((q) => [q.text, q.voteCount]);
}

describe.each(DIALECTS)('live Q&A vote counts on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function ask(sessionId: string, text: string) {
    const asker = await createGuest(t);
    const answer = await call<Question>(t, asker, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text,
      anonymous: false,
      name: 'Erika Beispiel',
    });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  it('an upvote sends the room only the new count, not the question text, author or state', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const question = await ask(sessionId, 'Wer baut die Ladesäulen an Gewerbegebieten?');
    const room = await watchRoom(t, `session:${sessionId}`);
    const modRoom = await watchRoom(t, `session-mod:${sessionId}`);
    for (let i = 0; i < 3; i += 1) {
      const voter = await createGuest(t);
      expect((await call(t, voter, 'PUT', `/api/v1/questions/${question.id}/vote`)).status).toBe(200);
    }
    await room.settle(250);

    for (const messages of [room.messages, modRoom.messages]) {
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.kind === 'question-votes' && m.id === question.id)).toBe(true);
      const wire = JSON.stringify(messages);
      expect(wire).not.toContain('Ladesäulen');
      expect(wire).not.toContain('Erika Beispiel');
      expect(wire).not.toContain('approved');
      expect(messages.at(-1)?.data).toEqual({ voteCount: 3 });
    }

    // A correction still sends the whole question, count included.
    await call(t, organizer, 'PATCH', `/api/v1/questions/${question.id}`, {
      text: 'Wer baut die Ladesäulen in Gewerbegebieten?',
    });
    await room.settle();
    expect(room.messages.at(-1)).toMatchObject({
      kind: 'question',
      data: { text: 'Wer baut die Ladesäulen in Gewerbegebieten?', voteCount: 3 },
    });
    room.stop();
    modRoom.stop();
  });

  it('a client applying the messages, or joining late from the snapshot, shows exact counts in order', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const room = await watchRoom(t, `session:${sessionId}`);
    const texts = ['Erste Frage', 'Zweite Frage', 'Dritte Frage', 'Doppelte Frage', 'Vierte Frage'];
    const questions: Question[] = [];
    for (const text of texts) {
      questions.push(await ask(sessionId, text));
    }
    const [first, second, third, duplicate, fourth] = questions as [
      Question,
      Question,
      Question,
      Question,
      Question,
    ];
    const voters = await Promise.all(Array.from({ length: 6 }, () => createGuest(t)));
    const vote = (voter: Caller, q: Question, method = 'PUT') =>
      call(t, voter, method, `/api/v1/questions/${q.id}/vote`);
    // first: 2 votes, second: 4 then one revoked, third: 1 (+2 merged from the duplicate, one shared).
    for (const [voter, q] of [
      [0, first],
      [1, first],
      [0, second],
      [1, second],
      [2, second],
      [3, second],
      [4, third],
      [4, duplicate],
      [5, duplicate],
      [0, fourth],
    ] as const) {
      expect((await vote(voters[voter]!, q)).status).toBe(200);
    }
    await room.settle(150);
    const early = await t.live.providerFor('session')!.snapshot(sessionId, NOBODY);
    const earlyMessages = room.messages.length;

    expect((await vote(voters[3]!, second, 'DELETE')).status).toBe(200);
    expect(
      (await call(t, organizer, 'POST', `/api/v1/questions/${duplicate.id}/merge`, { intoId: third.id }))
        .status,
    ).toBe(200);
    expect(
      (await call(t, organizer, 'POST', `/api/v1/questions/${fourth.id}/moderation`, { action: 'hide' }))
        .status,
    ).toBe(200);
    await room.settle(250);
    room.stop();

    const rest = await call<{ questions: Question[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/sessions/${sessionId}/questions`,
    );
    const expected = orderQuestions(rest.body.questions, 'popular').map((q) => [q.text, q.voteCount]);
    expect(expected).toEqual([
      ['Zweite Frage', 3],
      ['Erste Frage', 2],
      ['Dritte Frage', 2],
    ]);

    // A client that never left: every message once, in the order they came.
    const steady = new Map<string, LiveEntity>();
    room.messages.forEach((m) => mergeUpsert(steady, m));
    expect(shown(steady)).toEqual(expected);

    // Every message twice, newest first: the versions decide, not the arrival order.
    const shuffled = new Map<string, LiveEntity>();
    [...room.messages].reverse().forEach((m) => mergeUpsert(shuffled, m));
    room.messages.forEach((m) => mergeUpsert(shuffled, m));
    expect(shown(shuffled)).toEqual(expected);

    // A client that was away: it saw the early messages, then merged a fresh snapshot.
    const away = new Map<string, LiveEntity>();
    room.messages.slice(0, earlyMessages).forEach((m) => mergeUpsert(away, m));
    const snapshot = await t.live.providerFor('session')!.snapshot(sessionId, NOBODY);
    mergeSnapshot(away, snapshot, new Set());
    expect(shown(away)).toEqual(expected);
    expect(roomView(away, 'live').questions).toHaveLength(3);

    // A client that loaded the early snapshot and then got the later messages (and some earlier ones).
    const late = new Map<string, LiveEntity>();
    mergeSnapshot(late, early, new Set());
    room.messages.slice(earlyMessages - 2).forEach((m) => mergeUpsert(late, m));
    expect(shown(late)).toEqual(expected);
    expect(snapshot.filter((e) => e.kind === 'question-votes')).toHaveLength(questions.length);
  });
});
