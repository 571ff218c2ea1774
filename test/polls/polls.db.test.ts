import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModeratorPoll, ParticipantPoll } from '../../src/contract/polls.js';
import type { LiveSession, LiveSettings } from '../../src/contract/qa.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call, createGuest, createLiveSession, watchRoom } from '../qa/helpers.js';
import { createPoll } from './helpers.js';

interface ErrorAnswer {
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('live polls on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  const pollsOf = async (caller: Caller, sessionId: string) =>
    (await call<{ polls: ParticipantPoll[] }>(t, caller, 'GET', `/api/v1/sessions/${sessionId}/polls`)).body
      .polls;

  it('checks what each kind needs; a rating scale gets one option per point', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const create = (body: object) =>
      call<ErrorAnswer>(t, organizer, 'POST', `/api/v1/sessions/${sessionId}/polls`, body);
    const oneOption = await create({ kind: 'single', question: 'Ja?', options: ['Ja'] });
    expect(oneOption.status).toBe(422);
    expect(oneOption.body.error.fields?.[0]?.field).toBe('options');
    const twice = await create({ kind: 'single', question: 'Ja?', options: ['Ja', 'ja'] });
    expect(twice.body.error.fields?.[0]?.field).toBe('options');
    const tooMany = await create({
      kind: 'multiple',
      question: 'Welche?',
      options: ['A', 'B'],
      maxChoices: 3,
    });
    expect(tooMany.body.error.fields?.[0]?.field).toBe('maxChoices');
    const unknownKind = await create({ kind: 'quiz', question: 'Was?' });
    expect(unknownKind.status).toBe(422);
    const rating = await call<ModeratorPoll>(t, organizer, 'POST', `/api/v1/sessions/${sessionId}/polls`, {
      kind: 'rating',
      question: 'Wie bewerten Sie das Panel?',
      scaleMax: 5,
    });
    expect(rating.status).toBe(201);
    expect(rating.body.options.map((o) => o.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(rating.body).toMatchObject({ state: 'draft', tally: { voters: 0 } });
    const guest = await createGuest(t);
    expect(
      (await call(t, guest, 'POST', `/api/v1/sessions/${sessionId}/polls`, { kind: 'words', question: 'x' }))
        .status,
    ).toBe(403);
  });

  it('keeps drafts from the audience; opening puts the poll on the hall screen', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const guest = await createGuest(t);
    const room = await watchRoom(t, `session:${sessionId}`);
    const draft = await createPoll(
      t,
      organizer,
      sessionId,
      { kind: 'single', question: 'Entwurf?', options: ['A', 'B'] },
      false,
    );
    expect(await pollsOf(guest, sessionId)).toEqual([]);
    await room.settle();
    expect(room.messages.filter((m) => m.data !== null)).toEqual([]);
    const voteOnDraft = await call(t, guest, 'POST', `/api/v1/polls/${draft.id}/votes`, {
      optionIds: [draft.options[0]!.id],
    });
    expect(voteOnDraft.status).toBe(404);

    const edited = await call<ModeratorPoll>(t, organizer, 'PUT', `/api/v1/polls/${draft.id}`, {
      kind: 'single',
      question: 'Welches Thema zuerst?',
      options: ['Netze', 'Speicher', 'Wasserstoff'],
    });
    expect(edited.body.options).toHaveLength(3);
    const opened = await call<ModeratorPoll>(t, organizer, 'POST', `/api/v1/polls/${draft.id}/state`, {
      action: 'open',
    });
    expect(opened.body.state).toBe('open');
    expect(
      (await call(t, organizer, 'PUT', `/api/v1/polls/${draft.id}`, { kind: 'words', question: 'x' })).status,
    ).toBe(409);
    expect((await call(t, organizer, 'DELETE', `/api/v1/polls/${draft.id}`)).status).toBe(409);
    const page = await call<LiveSession>(t, guest, 'GET', `/api/v1/sessions/${sessionId}/live`);
    expect(page.body.settings.screen).toEqual({ mode: 'poll', pollId: draft.id });
    await room.settle();
    expect(room.messages.find((m) => m.kind === 'poll' && m.data !== null)?.data).toMatchObject({
      state: 'open',
    });

    const back = await call<LiveSettings>(t, organizer, 'PUT', `/api/v1/sessions/${sessionId}/screen`, {
      mode: 'questions',
    });
    expect(back.body.screen).toEqual({ mode: 'questions', pollId: null });
    const other = await createPoll(
      t,
      organizer,
      sessionId,
      { kind: 'words', question: 'Noch ein Entwurf' },
      false,
    );
    const onDraft = await call<ErrorAnswer>(t, organizer, 'PUT', `/api/v1/sessions/${sessionId}/screen`, {
      mode: 'poll',
      pollId: other.id,
    });
    expect(onDraft.status).toBe(422);
    expect(
      (await call(t, guest, 'PUT', `/api/v1/sessions/${sessionId}/screen`, { mode: 'questions' })).status,
    ).toBe(403);
    expect((await call(t, organizer, 'DELETE', `/api/v1/polls/${other.id}`)).status).toBe(200);
    room.stop();
  });

  it('takes one answer per person, checks it against the poll, and refuses answers once closed', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const poll = await createPoll(t, organizer, sessionId, {
      kind: 'rating',
      question: 'Wie hilfreich?',
      scaleMax: 5,
    });
    const guest = await createGuest(t);
    const vote = (caller: Caller, body: object) =>
      call<ErrorAnswer>(t, caller, 'POST', `/api/v1/polls/${poll.id}/votes`, body);
    expect(
      (await vote(guest, { optionIds: [poll.options[0]!.id, poll.options[1]!.id] })).body.error.fields?.[0]
        ?.field,
    ).toBe('optionIds');
    expect((await vote(guest, { words: ['gut'] })).status).toBe(422);
    expect((await vote(guest, { optionIds: [poll.options[3]!.id] })).status).toBe(201);
    const again = await vote(guest, { optionIds: [poll.options[4]!.id] });
    expect(again.status).toBe(409);
    expect(again.body.error.fields?.[0]).toMatchObject({
      field: 'poll',
      message: 'Sie haben an dieser Umfrage bereits teilgenommen.',
    });
    const mine = (await pollsOf(guest, sessionId))[0]!;
    expect(mine.myVote).toEqual({ optionIds: [poll.options[3]!.id], words: [] });

    await call(t, organizer, 'POST', `/api/v1/polls/${poll.id}/state`, { action: 'close' });
    expect((await vote(await createGuest(t), { optionIds: [poll.options[0]!.id] })).status).toBe(409);
  });

  it('shows results after voting, or only when the moderator shows them', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const afterVote = await createPoll(t, organizer, sessionId, {
      kind: 'single',
      question: 'A oder B?',
      options: ['A', 'B'],
    });
    const onShow = await createPoll(t, organizer, sessionId, {
      kind: 'single',
      question: 'C oder D?',
      options: ['C', 'D'],
      resultsVisibility: 'on-show',
    });
    const room = await watchRoom(t, `session:${sessionId}`);
    const [anna, ben] = [await createGuest(t), await createGuest(t)];
    const polls = async (caller: Caller) =>
      Object.fromEntries((await pollsOf(caller, sessionId)).map((p) => [p.id, p]));

    expect((await polls(anna))[afterVote.id]?.tally).toBeNull();
    await call(t, anna, 'POST', `/api/v1/polls/${afterVote.id}/votes`, {
      optionIds: [afterVote.options[1]!.id],
    });
    await call(t, anna, 'POST', `/api/v1/polls/${onShow.id}/votes`, { optionIds: [onShow.options[0]!.id] });
    const annas = await polls(anna);
    expect(annas[afterVote.id]?.tally).toMatchObject({ voters: 1, options: [{ count: 0 }, { count: 1 }] });
    expect(annas[onShow.id]?.tally).toBeNull();
    expect((await polls(ben))[afterVote.id]?.tally).toBeNull();

    await room.settle(250);
    const tallies = (id: string) => room.messages.filter((m) => m.kind === 'poll-tally' && m.id === id);
    expect(tallies(afterVote.id).at(-1)?.data).toMatchObject({ voters: 1 });
    expect(tallies(onShow.id).every((m) => m.data === null)).toBe(true);

    await call(t, organizer, 'POST', `/api/v1/polls/${onShow.id}/state`, { action: 'show-results' });
    expect((await polls(ben))[onShow.id]?.tally).toMatchObject({ voters: 1 });
    await room.settle(250);
    expect(tallies(onShow.id).at(-1)?.data).toMatchObject({
      voters: 1,
      options: [{ count: 1 }, { count: 0 }],
    });
    const versions = tallies(onShow.id).map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    room.stop();
  });

  it('exports questions and poll results as CSV for Excel (organizers only); anonymous stays anonymous', async () => {
    const { sessionId } = await createLiveSession(t, organizer);
    const guest = await createGuest(t);
    await call(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: '=HYPERLINK("x")',
      anonymous: true,
    });
    t.clock.advance(1000);
    await call(t, guest, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Wer zahlt; und wann?',
      name: 'Petra',
    });
    const poll = await createPoll(t, organizer, sessionId, { kind: 'words', question: 'Ein Wort?' });
    await call(t, guest, 'POST', `/api/v1/polls/${poll.id}/votes`, { words: ['Wasserstoff'] });

    const questions = await call(t, organizer, 'GET', `/api/v1/admin/sessions/${sessionId}/questions.csv`);
    expect(questions.status).toBe(200);
    expect(questions.raw.headers['content-disposition']).toContain('fragen-podium-wasserstoff.csv');
    const text = questions.raw.body;
    expect(text.startsWith('\uFEFFNr.;Frage;Name;Status')).toBe(true);
    expect(text).toContain(`1;"'=HYPERLINK(""x"")";anonym;freigegeben;nein;0`);
    expect(text).toContain('2;"Wer zahlt; und wann?";Petra;freigegeben');

    const results = await call(t, organizer, 'GET', `/api/v1/admin/sessions/${sessionId}/poll-results.csv`);
    expect(results.raw.body).toContain('1;Ein Wort?;Wortwolke;offen;1;Wasserstoff;1;100');
    expect((await call(t, guest, 'GET', `/api/v1/admin/sessions/${sessionId}/poll-results.csv`)).status).toBe(
      401,
    );
  });
});
