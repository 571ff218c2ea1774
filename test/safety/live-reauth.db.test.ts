import { afterEach, describe, expect, it } from 'vitest';
import { GUEST_COOKIE } from '../../src/server/live/index.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { listenLive, openRaw } from '../live/helpers.js';
import { createLiveSession } from '../qa/helpers.js';

describe.each(DIALECTS)('live rooms re-authorized when rights end on %s', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('a socket leaves the organizer rooms at once when its session signs out', async () => {
    t = await createTestApp(dialect);
    const organizer = await t.signInOrganizer();
    const { eventId } = await createLiveSession(t, organizer);
    const url = await listenLive(t.app);
    const client = await openRaw(url, { cookie: organizer.headers.cookie! });
    const room = `registration-counters:${eventId}`;
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'subscribed' && m.room === room);
    expect(t.live.subscriberCount(room)).toBe(1);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: organizer.headers,
    });
    expect(out.statusCode).toBeLessThan(300);
    await client.waitFor((m) => m.type === 'error' && m.room === room && m.code === 'room_forbidden');
    expect(t.live.subscriberCount(room)).toBe(0);
    // Asking again with the same socket is refused too.
    client.send({ type: 'subscribe', room });
    client.send({ type: 'ping' });
    await client.waitFor((m) => m.type === 'pong');
    const refusals = client.messages.filter((m) => m.type === 'error' && m.room === room);
    expect(refusals).toHaveLength(2);
    expect(t.live.subscriberCount(room)).toBe(0);
    client.socket.close();
  });

  it('a device that redeemed a moderator link leaves the moderators room when the link is replaced', async () => {
    t = await createTestApp(dialect);
    const organizer = await t.signInOrganizer();
    const { sessionId } = await createLiveSession(t, organizer);
    const link = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${sessionId}/moderator-link`,
      headers: organizer.headers,
    });
    const key = new URL(link.json<{ url: string }>().url).searchParams.get('key')!;
    const redeemed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/moderator-access`,
      payload: { key },
    });
    expect(redeemed.statusCode).toBe(200);
    const guest = redeemed.cookies.find((c) => c.name === GUEST_COOKIE)!.value;
    const url = await listenLive(t.app);
    const client = await openRaw(url, { cookie: `${GUEST_COOKIE}=${guest}` });
    const room = `session-mod:${sessionId}`;
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'subscribed' && m.room === room);

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${sessionId}/moderator-link`,
      headers: organizer.headers,
    });
    await client.waitFor((m) => m.type === 'error' && m.room === room && m.code === 'room_forbidden');
    expect(t.live.subscriberCount(room)).toBe(0);
    client.socket.close();
  });

  it('an erased person loses the rooms of their open sockets', async () => {
    t = await createTestApp(dialect);
    const keep = await t.signInOrganizer();
    const erased = await t.signInOrganizer();
    const { eventId } = await createLiveSession(t, keep);
    const url = await listenLive(t.app);
    const client = await openRaw(url, { cookie: erased.headers.cookie! });
    const room = `registration-counters:${eventId}`;
    client.send({ type: 'subscribe', room });
    await client.waitFor((m) => m.type === 'subscribed' && m.room === room);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${erased.personId}`,
      headers: keep.headers,
    });
    expect(response.statusCode).toBe(200);
    await client.waitFor((m) => m.type === 'error' && m.room === room && m.code === 'room_forbidden');
    expect(t.live.subscriberCount(room)).toBe(0);
    client.socket.close();
  });
});
