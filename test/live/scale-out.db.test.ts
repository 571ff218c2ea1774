import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/server/live/protocol.js';
import type { SocketLike } from '../../src/web/app/live-client.js';
import { createLiveClient } from '../../src/web/app/live-client.js';
import {
  createNodeLiveClient,
  createTestRooms,
  listenLive,
  openRaw,
  roomData,
  waitForRoom,
} from './helpers.js';
import { SCALE_OUT_DIALECT, startTwoInstances, TEST_REDIS_URL, type TwoInstances } from './instances.js';

describe.skipIf(!TEST_REDIS_URL)(`two instances through Redis (${SCALE_OUT_DIALECT})`, () => {
  let instances: TwoInstances;
  let rooms: ReturnType<typeof createTestRooms>;
  let urlB: string;

  beforeAll(async () => {
    instances = await startTwoInstances(TEST_REDIS_URL!);
    rooms = createTestRooms([instances.a.live, instances.b.live]);
    await listenLive(instances.a.app);
    urlB = await listenLive(instances.b.app);
  });
  afterAll(async () => instances.close());

  it('uses the Redis hub on both instances', () => {
    expect(instances.a.live.mode).toBe('redis');
    expect(instances.b.live.mode).toBe('redis');
  });

  it('delivers a publish through instance A to a WebSocket client of instance B', async () => {
    const room = `test:${randomUUID()}`;
    const client = await openRaw(urlB);
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'snapshot');
    rooms.set(instances.a.live, room, 'question', 'q1', { text: 'Über Instanz A gestellt' });
    const upsert = await client.waitFor((m) => m.type === 'upsert');
    expect(upsert).toMatchObject({ room, kind: 'question', id: 'q1', version: 1 });
    client.socket.close();
  });

  it('coalesces a storm published on A into at most ~10 updates per second on B, ending exact', async () => {
    const room = `test:${randomUUID()}`;
    const client = await openRaw(urlB);
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'snapshot');
    const started = Date.now();
    for (let vote = 1; vote <= 1000; vote += 1) {
      rooms.set(instances.a.live, room, 'poll-tally', 'p1', { votes: vote }, true);
      if (vote % 50 === 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const elapsedS = (Date.now() - started) / 1000;
    await client.waitFor((m) => m.type === 'upsert' && m.version === 1000);
    const updates = client.messages.filter((m) => m.type === 'upsert');
    expect(updates.length).toBeLessThanOrEqual(Math.ceil(elapsedS * 10) + 2);
    expect(updates.at(-1)).toMatchObject({ data: { votes: 1000 } });
    client.socket.close();
  });

  it('a client away for a few seconds ends with the same state as one that never left', async () => {
    const room = `test:${randomUUID()}`;
    rooms.set(instances.a.live, room, 'question', 'q0', { text: 'vorher', votes: 0 });
    const steady = createNodeLiveClient(urlB);
    let offline = false;
    const away = createLiveClient({
      url: urlB,
      initialBackoffMs: 200,
      maxBackoffMs: 800,
      // While "offline" every attempt goes to a closed port and fails, as on a dead network.
      createSocket: (u) => new WebSocket(offline ? 'ws://127.0.0.1:9/' : u) as unknown as SocketLike,
    });
    // Both stay in the room for the whole test (waitForRoom watches only while it waits).
    steady.watch(room, () => undefined);
    away.watch(room, () => undefined);
    await waitForRoom(steady, room, (s) => s.status === 'live' && s.entities.size === 1);
    await waitForRoom(away, room, (s) => s.status === 'live' && s.entities.size === 1);

    offline = true;
    away.reconnectNow();
    await waitForRoom(away, room, (s) => s.status === 'reconnecting');
    for (let i = 1; i <= 20; i += 1) {
      rooms.set(instances.a.live, room, 'question', `q${i}`, { text: `Frage ${i}`, votes: 0 });
    }
    for (let vote = 1; vote <= 200; vote += 1) {
      rooms.set(instances.a.live, room, 'poll-tally', 'p1', { votes: vote }, true);
    }
    rooms.set(instances.a.live, room, 'question', 'q0', null);
    rooms.set(instances.a.live, room, 'question', 'q3', { text: 'Frage 3 (korrigiert)', votes: 0 });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    offline = false;

    const expected = rooms.state(room);
    const done = (s: { status: string; entities: ReadonlyMap<string, unknown> }) =>
      s.status === 'live' && s.entities.size === Object.keys(expected).length;
    const steadyState = await waitForRoom(steady, room, done);
    const awayState = await waitForRoom(away, room, done);
    // Coalescing may still be sending the last tally: wait for it on both.
    const final = (s: { entities: ReadonlyMap<string, { version: number }> }) =>
      s.entities.get('poll-tally:p1')?.version === 200;
    await waitForRoom(steady, room, final);
    await waitForRoom(away, room, final);
    expect(roomData(steady.getRoom(room))).toEqual(expected);
    expect(roomData(away.getRoom(room))).toEqual(expected);
    expect(roomData(awayState)).toEqual(roomData(steadyState));
    steady.close();
    away.close();
  });

  it('sends fresh snapshots when an instance lost its Redis subscription (nothing stays missed)', async () => {
    const room = `test:${randomUUID()}`;
    rooms.set(instances.a.live, room, 'question', 'q1', { votes: 0 });
    const client = await openRaw(urlB);
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'snapshot');

    const admin = new Redis(TEST_REDIS_URL!);
    try {
      const list = await admin.client('LIST');
      const line = String(list)
        .split('\n')
        .find((l) => l.includes(`name=crossdialog-live-sub-${instances.b.live.instanceId}`));
      const id = /\bid=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id!);
    } finally {
      admin.disconnect();
    }
    // Published while B re-subscribes: Redis does not replay it; B's resync snapshot carries it.
    rooms.set(instances.a.live, room, 'question', 'q1', { votes: 1 });
    let snapshots = 0;
    await client.waitFor((m) => m.type === 'snapshot' && ++snapshots === 2, 10_000);
    const hasVersion2 = (m: ServerMessage) =>
      (m.type === 'snapshot' && m.entities.some((e) => e.id === 'q1' && e.version === 2)) ||
      (m.type === 'upsert' && m.id === 'q1' && m.version === 2);
    await client.waitFor(hasVersion2, 10_000);
    client.socket.close();
  });
});
