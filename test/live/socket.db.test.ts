import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../build-app.js';
import {
  createNodeLiveClient,
  createTestRooms,
  listenLive,
  openRaw,
  roomData,
  waitForRoom,
} from './helpers.js';

describe('the live WebSocket endpoint (in-process hub)', () => {
  let t: TestApp;
  let url: string;
  let rooms: ReturnType<typeof createTestRooms>;

  beforeAll(async () => {
    t = await createTestApp('sqlite', { PUBLIC_URL: 'https://crossdialog.example.org' });
    rooms = createTestRooms([t.live]);
    url = await listenLive(t.app);
  });
  afterAll(async () => t.close());

  it('answers subscribed, the snapshot, then every upsert of the room', async () => {
    rooms.set(t.live, 'test:a', 'question', 'q1', { text: 'Erste Frage' });
    const client = await openRaw(url);
    client.send({ type: 'subscribe', room: 'test:a' });
    await client.waitFor((m) => m.type === 'snapshot');
    rooms.set(t.live, 'test:a', 'question', 'q1', { text: 'Erste Frage (korrigiert)' });
    rooms.set(t.live, 'test:b', 'question', 'x', { text: 'anderer Raum' });
    await client.waitFor((m) => m.type === 'upsert' && m.version === 2);
    client.send({ type: 'ping' });
    await client.waitFor((m) => m.type === 'pong');

    expect(client.messages.filter((m) => m.type !== 'pong')).toEqual([
      { type: 'subscribed', room: 'test:a' },
      {
        type: 'snapshot',
        room: 'test:a',
        entities: [{ kind: 'question', id: 'q1', version: 1, data: { text: 'Erste Frage' } }],
      },
      {
        type: 'upsert',
        room: 'test:a',
        kind: 'question',
        id: 'q1',
        version: 2,
        data: { text: 'Erste Frage (korrigiert)' },
      },
    ]);
    client.socket.close();
  });

  it('refuses unknown and forbidden rooms with an error and never sends their data', async () => {
    const client = await openRaw(url);
    client.send({ type: 'subscribe', room: 'nosuchprefix:1' });
    client.send({ type: 'subscribe', room: 'test:secret' });
    client.send({ type: 'subscribe', room: 'not a room' });
    await client.waitFor((m) => m.type === 'error' && m.room === 'test:secret');
    await client.waitFor((m) => m.type === 'error' && m.room === 'not a room');
    rooms.set(t.live, 'test:secret', 'question', 's', { text: 'geheim' });
    client.send({ type: 'ping' });
    await client.waitFor((m) => m.type === 'pong');
    expect(client.messages).toEqual(
      expect.arrayContaining([
        { type: 'error', room: 'nosuchprefix:1', code: 'room_invalid' },
        { type: 'error', room: 'test:secret', code: 'room_forbidden' },
      ]),
    );
    expect(JSON.stringify(client.messages)).not.toContain('geheim');
    expect(t.live.subscriberCount('test:secret')).toBe(0);
    client.socket.close();
  });

  it('admits same-origin pages and refuses a cross-site page on upgrade', async () => {
    const own = await openRaw(url, { origin: 'https://crossdialog.example.org' });
    own.socket.close();
    const sameHost = await openRaw(url, { origin: `http://${new URL(url).host}` });
    sameHost.socket.close();
    await expect(openRaw(url, { origin: 'https://evil.example.com' })).rejects.toThrow('HTTP 403');
  });

  it('answers a plain GET without upgrade with a 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/live' });
    expect(response.statusCode).toBe(400);
  });

  it('closes a connection that sends an oversized message or floods', async () => {
    const big = await openRaw(url);
    big.send({ type: 'subscribe', room: `test:${'x'.repeat(5000)}` });
    expect((await big.closed).code).toBe(1009);

    const flood = await openRaw(url);
    for (let i = 0; i < 100; i += 1) {
      flood.send({ type: 'ping' });
    }
    expect((await flood.closed).code).toBe(1008);
    expect(flood.messages).toContainEqual({ type: 'error', room: null, code: 'rate_limited' });
  });

  it('answers malformed messages with an error and keeps the connection', async () => {
    const client = await openRaw(url);
    client.socket.send('not json');
    client.send({ type: 'subscribe' });
    client.send({ type: 'ping' });
    await client.waitFor((m) => m.type === 'pong');
    expect(client.messages.filter((m) => m.type === 'error')).toHaveLength(2);
    client.socket.close();
  });

  it('passes the signed-in person and the organizer flag to canJoin', async () => {
    const organizer = await t.signInOrganizer();
    const client = await openRaw(url, { cookie: organizer.headers.cookie ?? '' });
    client.send({ type: 'subscribe', room: 'test:viewer' });
    await client.waitFor((m) => m.type === 'snapshot');
    expect(rooms.viewers.at(-1)).toMatchObject({
      personId: organizer.personId,
      guestId: null,
      isOrganizer: true,
    });
    client.socket.close();
  });

  it('drops a client that does not read (backpressure) instead of buffering for it', async () => {
    const slow = await openRaw(url);
    slow.send({ type: 'subscribe', room: 'test:slow' });
    await slow.waitFor((m) => m.type === 'snapshot');
    slow.socket.pause();
    const fast = await openRaw(url);
    fast.send({ type: 'subscribe', room: 'test:slow' });
    await fast.waitFor((m) => m.type === 'snapshot');
    const chunk = 'x'.repeat(200_000);
    for (let i = 0; i < 100 && t.live.subscriberCount('test:slow') > 1; i += 1) {
      rooms.set(t.live, 'test:slow', 'blob', String(i), chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(t.live.subscriberCount('test:slow')).toBe(1);
    slow.socket.resume();
    await slow.closed;
    fast.socket.close();
  });

  it('merges upserts and a reconnect snapshot into the same state as the server (web client)', async () => {
    const live = createNodeLiveClient(url);
    rooms.set(t.live, 'test:m', 'question', 'a', { votes: 0 });
    await waitForRoom(live, 'test:m', (s) => s.status === 'live' && s.entities.size === 1);
    rooms.set(t.live, 'test:m', 'question', 'b', { votes: 0 });
    await waitForRoom(live, 'test:m', (s) => s.entities.size === 2);
    live.reconnectNow();
    rooms.set(t.live, 'test:m', 'question', 'a', null);
    rooms.set(t.live, 'test:m', 'question', 'c', { votes: 3 });
    const state = await waitForRoom(live, 'test:m', (s) => s.status === 'live' && s.entities.size === 2);
    expect(roomData(state)).toEqual(rooms.state('test:m'));
    live.close();
  });
});
