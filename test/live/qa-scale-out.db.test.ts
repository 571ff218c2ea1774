// The scale-out proof with the real Q&A: a question and 1,000 votes sent through instance A
// reach a WebSocket client of instance B with exact counts; a client away for a few seconds meanwhile
// ends with the same state as one that never left.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/contract/qa.js';
import { createLiveClient, type LiveRoomState, type SocketLike } from '../../src/web/app/live-client.js';
import { roomView } from '../../src/web/features/live/room.js';
import { call, createGuest, createLiveSession } from '../qa/helpers.js';
import { createNodeLiveClient, listenLive, roomData, waitForRoom } from './helpers.js';
import { SCALE_OUT_DIALECT, startTwoInstances, TEST_REDIS_URL, type TwoInstances } from './instances.js';

const VOTES = 1000;

describe.skipIf(!TEST_REDIS_URL)(`Q&A across two instances through Redis (${SCALE_OUT_DIALECT})`, () => {
  let instances: TwoInstances;
  let urlB: string;

  beforeAll(async () => {
    instances = await startTwoInstances(TEST_REDIS_URL!);
    urlB = await listenLive(instances.b.app);
  });
  afterAll(async () => instances.close());

  it('a question and 1,000 votes through A reach a client of B exactly, also one that was away', async () => {
    const { a } = instances;
    const organizer = await a.signInOrganizer();
    const { sessionId } = await createLiveSession(a, organizer);
    const room = `session:${sessionId}`;

    const steady = createNodeLiveClient(urlB);
    let offline = false;
    const away = createLiveClient({
      url: urlB,
      initialBackoffMs: 200,
      maxBackoffMs: 800,
      createSocket: (u) => new WebSocket(offline ? 'ws://127.0.0.1:9/' : u) as unknown as SocketLike,
    });
    steady.watch(room, () => undefined);
    away.watch(room, () => undefined);
    await waitForRoom(steady, room, (s) => s.status === 'live');
    await waitForRoom(away, room, (s) => s.status === 'live');

    const asker = await createGuest(a);
    const asked = await call<Question>(a, asker, 'POST', `/api/v1/sessions/${sessionId}/questions`, {
      text: 'Wer bezahlt die Netzanschlüsse für Ladeparks an Autobahnen?',
      anonymous: true,
    });
    expect(asked.status).toBe(201);
    const key = `question:${asked.body.id}`;
    await waitForRoom(steady, room, (s) => s.entities.has(key));

    const voters = await Promise.all(Array.from({ length: VOTES }, () => createGuest(a)));
    const url = `/api/v1/questions/${asked.body.id}/vote`;
    for (let i = 0; i < VOTES; i += 100) {
      if (i === 300) {
        // The away client loses its connection for a few seconds in the middle of the vote storm.
        offline = true;
        away.reconnectNow();
        await waitForRoom(away, room, (s) => s.status === 'reconnecting');
        setTimeout(() => (offline = false), 3000);
      }
      const answers = await Promise.all(voters.slice(i, i + 100).map((voter) => call(a, voter, 'PUT', url)));
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    }

    // The count as the page shows it: the newer of the question's own and its 'question-votes' entity.
    const votesShown = (s: LiveRoomState) =>
      roomView(s.entities, s.status).questions.find((q) => q.id === asked.body.id)?.voteCount;
    const steadyState = await waitForRoom(steady, room, (s) => votesShown(s) === VOTES);
    const awayState = await waitForRoom(away, room, (s) => s.status === 'live' && votesShown(s) === VOTES);
    const stored = await a.database.handle.db
      .selectFrom('qaVotes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('questionId', '=', asked.body.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(VOTES);
    // What the pages show is the same; the raw entities may differ in a question entity's own count,
    // which the newer 'question-votes' entity overrides (the away client got a newer question from
    // its snapshot).
    const shown = (s: LiveRoomState) => roomView(s.entities, 'live');
    expect(shown(awayState)).toEqual(shown(steadyState));
    expect(roomData(awayState)[`question-votes:${asked.body.id}`]).toEqual({ voteCount: VOTES });
    expect(roomData(steadyState)[`question-votes:${asked.body.id}`]).toEqual({ voteCount: VOTES });
    expect((steadyState.entities.get(key)?.data as Question).text).toBe(asked.body.text);
    steady.close();
    away.close();
  }, 120_000);
});
