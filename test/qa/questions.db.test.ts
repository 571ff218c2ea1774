import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSession, Moderation, Question, VoteResult } from '../../src/contract/qa.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { call, createGuest, createLiveSession, guestFromResponse, watchRoom } from './helpers.js';

interface ErrorAnswer {
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('live Q&A on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  it('resolves a join code typed loosely, and gives each session its own code', async () => {
    const a = await createLiveSession(t, organizer);
    const b = await createLiveSession(t, organizer);
    expect(a.settings.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(a.settings.joinCode).not.toBe(b.settings.joinCode);
    const typed = ` ${a.settings.joinCode!.slice(0, 3).toLowerCase()}-${a.settings.joinCode!.slice(3)} `;
    const found = await call<{ sessionId: string }>(
      t,
      null,
      'GET',
      `/api/v1/live/join/${encodeURIComponent(typed)}`,
    );
    expect(found.status).toBe(200);
    expect(found.body.sessionId).toBe(a.sessionId);
    expect((await call(t, null, 'GET', '/api/v1/live/join/ZZZZZZ')).status).toBe(404);

    const renewed = await call<{ joinCode: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/sessions/${a.sessionId}/join-code`,
    );
    expect(renewed.body.joinCode).not.toBe(a.settings.joinCode);
    expect((await call(t, null, 'GET', `/api/v1/live/join/${a.settings.joinCode}`)).status).toBe(404);
  });

  it('lets a guest ask (named or anonymous) and issues the guest identity with the first question', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const asked = await call<Question>(t, null, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: '  Wer betreibt die Ladepunkte <script>alert(1)</script>?  ',
      anonymous: true,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    // Plain text, kept as typed (trimmed): the pages render it escaped, never as HTML.
    expect(asked.body).toMatchObject({
      text: 'Wer betreibt die Ladepunkte <script>alert(1)</script>?',
      authorName: null,
      state: 'approved',
      voteCount: 0,
    });
    const guest = guestFromResponse(asked.raw);
    expect(guest).not.toBeNull();
    const page = await call<LiveSession>(t, guest, 'GET', `/api/v1/sessions/${sessionId}/live`);
    expect(page.body.myQuestions.map((q) => q.id)).toEqual([asked.body.id]);
    expect(page.body.viewer).toMatchObject({ canParticipate: true, isModerator: false, isBlocked: false });

    const nameless = await call<ErrorAnswer>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Und die Netze?',
    });
    expect(nameless.status).toBe(422);
    expect(nameless.body.error.fields?.[0]?.field).toBe('name');
    const named = await call<Question>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Und die Netze?',
      name: 'Petra',
    });
    expect(named.body.authorName).toBe('Petra');

    const tooLong = await call<ErrorAnswer>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'x'.repeat(301),
      anonymous: true,
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.fields?.[0]).toMatchObject({ field: 'text' });
  });

  it('uses the account name of a signed-in person and refuses guests where the organizer does not allow them', async () => {
    const { sessionId } = await createLiveSession(t, organizer, { guestsAllowed: false });
    const guest = await createGuest(t);
    const refused = await call<ErrorAnswer>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Darf ich?',
      anonymous: true,
    });
    expect(refused.status).toBe(401);
    const page = await call<LiveSession>(t, guest, 'GET', `/api/v1/sessions/${sessionId}/live`);
    expect(page.body.viewer).toMatchObject({ canParticipate: false, needsSignIn: true });
    expect((await call(t, guest, 'GET', `/api/v1/sessions/${sessionId}/questions`)).status).toBe(401);

    const person = await signInParticipant(t);
    const asked = await call<Question>(t, person, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Wie schnell wächst das Netz?',
    });
    expect(asked.status).toBe(201);
    expect(asked.body.authorName).toBe('Petra Teilnehmerin');
  });

  it('keeps one upvote per person, revocable, with an exact count; the audience room follows', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const room = await watchRoom(t, `session:${sessionId}`);
    const anna = await createGuest(t);
    const ben = await createGuest(t);
    const question = (
      await call<Question>(t, anna, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
        text: 'Frage',
        anonymous: true,
      })
    ).body;
    const vote = (caller: Caller, method = 'PUT') =>
      call<VoteResult>(t, caller, method, `/api/v1/questions/${question.id}/vote`);
    expect((await vote(anna)).body).toEqual({ voteCount: 1, hasVoted: true });
    expect((await vote(anna)).body).toEqual({ voteCount: 1, hasVoted: true });
    expect((await vote(ben)).body).toEqual({ voteCount: 2, hasVoted: true });
    expect((await vote(anna, 'DELETE')).body).toEqual({ voteCount: 1, hasVoted: false });
    expect((await vote(anna, 'DELETE')).body).toEqual({ voteCount: 1, hasVoted: false });
    const mine = await call<LiveSession>(t, ben, 'GET', `/api/v1/sessions/${sessionId}/live`);
    expect(mine.body.myVotes).toEqual([question.id]);

    await room.settle(250);
    room.stop();
    const versions = room.messages.filter((m) => m.id === question.id).map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const last = room.messages.filter((m) => m.id === question.id).at(-1);
    expect(last?.data).toMatchObject({ voteCount: 1 });
  });

  it('holds questions for approval: the audience room never carries them until approved', async () => {
    const { sessionId } = await createLiveSession(t, organizer, { preApproval: true });
    const room = await watchRoom(t, `session:${sessionId}`);
    const modRoom = await watchRoom(t, `session-mod:${sessionId}`);
    const guest = await createGuest(t);
    const asked = await call<Question>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Geheim bis zur Freigabe',
      anonymous: true,
    });
    expect(asked.body.state).toBe('pending');
    expect(
      (await call<{ questions: Question[] }>(t, guest, 'GET', `/api/v1/sessions/${sessionId}/questions`)).body
        .questions,
    ).toEqual([]);
    expect((await call(t, guest, 'PUT', `/api/v1/questions/${asked.body.id}/vote`)).status).toBe(409);
    await room.settle();
    expect(room.messages.filter((m) => m.data !== null)).toEqual([]);
    expect(modRoom.messages.at(-1)?.data).toMatchObject({
      state: 'pending',
      text: 'Geheim bis zur Freigabe',
    });

    const approved = await call<Question>(
      t,
      organizer,
      'POST',
      `/api/v1/questions/${asked.body.id}/moderation`,
      {
        action: 'approve',
      },
    );
    expect(approved.body.state).toBe('approved');
    await room.settle();
    expect(room.messages.at(-1)).toMatchObject({
      kind: 'question',
      id: asked.body.id,
      data: { state: 'approved' },
    });
    room.stop();
    modRoom.stop();
  });

  it('moderates: edit a typo, pin one at a time, mark answered, hide; participants may not', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const guest = await createGuest(t);
    const ask = (text: string) =>
      call<Question>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, { text, anonymous: true });
    const a = (await ask('Wasserstof für Lkw?')).body;
    const b = (await ask('Wer zahlt?')).body;
    const act = (id: string, action: string, caller: Caller = organizer) =>
      call<Question>(t, caller, 'POST', `/api/v1/questions/${id}/moderation`, { action });

    expect((await act(a.id, 'pin', guest)).status).toBe(403);
    expect(
      (await call(t, null, 'POST', `/api/v1/questions/${a.id}/moderation`, { action: 'pin' })).status,
    ).toBe(401);
    const edited = await call<Question>(t, organizer, 'PATCH', `/api/v1/questions/${a.id}`, {
      text: 'Wasserstoff für Lkw?',
    });
    expect(edited.body).toMatchObject({ text: 'Wasserstoff für Lkw?', isEdited: true });

    expect((await act(a.id, 'pin')).body.isPinned).toBe(true);
    expect((await act(b.id, 'pin')).body.isPinned).toBe(true);
    const moderation = await call<Moderation>(
      t,
      organizer,
      'GET',
      `/api/v1/sessions/${sessionId}/moderation`,
    );
    expect(moderation.body.questions.filter((q) => q.isPinned).map((q) => q.id)).toEqual([b.id]);

    expect((await act(b.id, 'answer')).body).toMatchObject({ isAnswered: true, isPinned: false });
    expect((await act(a.id, 'hide')).body.state).toBe('hidden');
    expect((await act(a.id, 'pin')).status).toBe(409);
    const audience = await call<{ questions: Question[] }>(
      t,
      guest,
      'GET',
      `/api/v1/sessions/${sessionId}/questions`,
    );
    expect(audience.body.questions.map((q) => q.id)).toEqual([b.id]);
  });

  it('merges duplicates: every voter of either counts once, and the duplicate points to the original', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const [p, q, r] = [await createGuest(t), await createGuest(t), await createGuest(t)];
    const ask = (text: string) =>
      call<Question>(t, p, 'POST', `/api/v1/sessions/${sessionId}/questions`, { text, anonymous: true });
    const original = (await ask('Wie viele Ladepunkte braucht ein Gewerbegebiet?')).body;
    const duplicate = (await ask('Wie viele Ladesäulen pro Gewerbegebiet?')).body;
    for (const caller of [p, q]) {
      await call(t, caller, 'PUT', `/api/v1/questions/${original.id}/vote`);
    }
    for (const caller of [q, r]) {
      await call(t, caller, 'PUT', `/api/v1/questions/${duplicate.id}/vote`);
    }
    const merged = await call<Question>(t, organizer, 'POST', `/api/v1/questions/${duplicate.id}/merge`, {
      intoId: original.id,
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toMatchObject({ id: original.id, voteCount: 3, mergedCount: 1 });
    const rows = await t.database.handle.db.selectFrom('qaVotes').select('questionId').execute();
    expect(rows.filter((v) => v.questionId === original.id)).toHaveLength(3);
    expect(rows.filter((v) => v.questionId === duplicate.id)).toHaveLength(0);
    const again = await call<ErrorAnswer>(t, organizer, 'POST', `/api/v1/questions/${duplicate.id}/merge`, {
      intoId: original.id,
    });
    expect(again.status).toBe(422);
    expect(again.body.error.fields?.[0]?.field).toBe('intoId');
    const moderation = await call<Moderation>(
      t,
      organizer,
      'GET',
      `/api/v1/sessions/${sessionId}/moderation`,
    );
    expect(moderation.body.questions.find((x) => x.id === duplicate.id)).toMatchObject({
      state: 'merged',
      mergedIntoId: original.id,
    });
  });

  it('blocks a person (also an anonymous one) from the session without revealing who it is', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const troll = await createGuest(t);
    const asked = await call<Question>(t, troll, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Unsinn',
      anonymous: true,
    });
    expect((await call(t, organizer, 'POST', `/api/v1/questions/${asked.body.id}/block-author`)).status).toBe(
      200,
    );
    const again = await call(t, troll, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Noch mehr',
      anonymous: true,
    });
    expect(again.status).toBe(403);
    expect((await call(t, troll, 'PUT', `/api/v1/questions/${asked.body.id}/vote`)).status).toBe(403);
    const page = await call<LiveSession>(t, troll, 'GET', `/api/v1/sessions/${sessionId}/live`);
    expect(page.body.viewer.isBlocked).toBe(true);
    const moderation = await call<Moderation>(
      t,
      organizer,
      'GET',
      `/api/v1/sessions/${sessionId}/moderation`,
    );
    expect(moderation.body.blocks).toEqual([
      expect.objectContaining({ authorName: null, questionText: 'Unsinn' }),
    ]);
    const lifted = await call(
      t,
      organizer,
      'DELETE',
      `/api/v1/sessions/${sessionId}/blocks/${moderation.body.blocks[0]!.id}`,
    );
    expect(lifted.status).toBe(200);
    expect(
      (
        await call(t, troll, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
          text: 'Sorry',
          anonymous: true,
        })
      ).status,
    ).toBe(201);
  });

  it('limits questions per person and minute', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const guest = await createGuest(t);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const answer = await call(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
        text: `Frage ${i}`,
        anonymous: true,
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    t.clock.advance(61_000);
    expect(
      (
        await call(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
          text: 'Später',
          anonymous: true,
        })
      ).status,
    ).toBe(201);
  });

  it('refuses questions while Q&A is off', async () => {
    const { sessionId } = await createLiveSession(t, organizer, { qaEnabled: false });
    const answer = await call(t, await createGuest(t), 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Hallo?',
      anonymous: true,
    });
    expect(answer.status).toBe(409);
  });

  it('a moderator link makes a device a moderator of that session only, until a new link is issued', async () => {
    const { sessionId } = await createLiveSession(t, organizer, { preApproval: true });
    const other = await createLiveSession(t, organizer);
    const link = await call<{ url: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/sessions/${sessionId}/moderator-link`,
    );
    const key = new URL(link.body.url).searchParams.get('key')!;
    expect(link.body.url).toContain(`/sessions/${sessionId}/moderate?key=`);
    const wrong = await call(t, null, 'POST', `/api/v1/sessions/${sessionId}/moderator-access`, {
      key: 'x'.repeat(43),
    });
    expect(wrong.status).toBe(410);
    const redeemed = await call(t, null, 'POST', `/api/v1/sessions/${sessionId}/moderator-access`, { key });
    expect(redeemed.status).toBe(200);
    const moderator = guestFromResponse(redeemed.raw)!;
    expect((await call(t, moderator, 'GET', `/api/v1/sessions/${sessionId}/moderation`)).status).toBe(200);
    expect((await call(t, moderator, 'GET', `/api/v1/sessions/${other.sessionId}/moderation`)).status).toBe(
      403,
    );
    expect(await t.live.providerFor('session-mod')!.canJoin(sessionId, await viewerOf(moderator))).toBe(true);

    await call(t, organizer, 'POST', `/api/v1/admin/sessions/${sessionId}/moderator-link`);
    expect((await call(t, moderator, 'GET', `/api/v1/sessions/${sessionId}/moderation`)).status).toBe(403);
  });

  async function viewerOf(caller: Caller) {
    const token = /cd_guest=([^;]+)/.exec(caller.headers.cookie ?? '')?.[1];
    const guestId = token ? await t.app.liveGuests.find(token) : null;
    return { personId: null, guestId, isOrganizer: false };
  }

  it('snapshots the audience room without pending or hidden questions, and the moderators room with them', async () => {
    const { sessionId } = await createLiveSession(t, organizer, { preApproval: true });
    const guest = await createGuest(t);
    const pending = await call<Question>(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Wartet',
      anonymous: true,
    });
    const audience = await t.live.providerFor('session')!.snapshot(sessionId, await viewerOf(guest));
    expect(audience.find((e) => e.id === pending.body.id)).toMatchObject({ data: null });
    expect(audience.find((e) => e.kind === 'live-session')?.data).toMatchObject({ preApproval: true });
    const moderators = await t.live.providerFor('session-mod')!.snapshot(sessionId, await viewerOf(guest));
    expect(moderators.find((e) => e.id === pending.body.id)?.data).toMatchObject({ state: 'pending' });
    expect(await t.live.providerFor('session-mod')!.canJoin(sessionId, await viewerOf(guest))).toBe(false);
    expect(await t.live.providerFor('session')!.canJoin('no-such-session', await viewerOf(guest))).toBe(
      false,
    );
  });
});
