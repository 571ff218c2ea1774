import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GUEST_COOKIE } from '../../src/server/live/index.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { listenLive, openRaw } from '../live/helpers.js';
import { createLiveSession } from '../qa/helpers.js';
import { publishedEvent, registrationBody } from '../registration/helpers.js';

const ATTACKER = '203.0.113.7';
const HOUR = 3_600_000;

/** A made-up guest cookie, new on every request, as a flood script sends it. */
const randomCookie = () => `${GUEST_COOKIE}=${randomBytes(32).toString('base64url')}`;

describe.each(DIALECTS)('abuse limits that cannot be sidestepped on %s', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('a new made-up guest cookie per request does not buy a new guest, nor unlimited questions', async () => {
    t = await createTestApp(dialect);
    const organizer = await t.signInOrganizer();
    const { sessionId } = await createLiveSession(t, organizer);
    const statuses: number[] = [];
    for (let i = 0; i < 33; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${sessionId}/questions`,
        remoteAddress: ATTACKER,
        headers: { cookie: randomCookie() },
        payload: { text: `Frage Nummer ${i}?`, anonymous: true },
      });
      statuses.push(response.statusCode);
    }
    const accepted = statuses.filter((s) => s === 201).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(30);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  });

  it('caps new guests per address: upvotes with made-up cookies stop counting', async () => {
    t = await createTestApp(dialect, { NEW_GUESTS_PER_ADDRESS_PER_HOUR: '5' });
    const organizer = await t.signInOrganizer();
    const { sessionId } = await createLiveSession(t, organizer);
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/questions`,
      remoteAddress: '198.51.100.1',
      payload: { text: 'Wie geht es weiter?', anonymous: true },
    });
    expect(asked.statusCode).toBe(201);
    const questionId = asked.json<{ id: string }>().id;
    const guestsBefore = (await t.database.handle.db.selectFrom('liveGuests').select('id').execute()).length;
    let lastCount = 0;
    for (let i = 0; i < 12; i += 1) {
      const vote = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/questions/${questionId}/vote`,
        remoteAddress: ATTACKER,
        headers: { cookie: randomCookie() },
      });
      if (vote.statusCode === 200) {
        lastCount = vote.json<{ voteCount: number }>().voteCount;
      } else {
        expect(vote.statusCode).toBe(429);
      }
    }
    expect(lastCount).toBe(5);
    const guestsAfter = (await t.database.handle.db.selectFrom('liveGuests').select('id').execute()).length;
    expect(guestsAfter - guestsBefore).toBe(5);
    // Another address is not affected.
    const other = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/questions/${questionId}/vote`,
      remoteAddress: '198.51.100.2',
    });
    expect(other.json<{ voteCount: number }>().voteCount).toBe(6);
  });

  it('a guest cookie with an altered signature is no guest', async () => {
    t = await createTestApp(dialect);
    const organizer = await t.signInOrganizer();
    const { sessionId } = await createLiveSession(t, organizer);
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/questions`,
      payload: { text: 'Erste Frage?', anonymous: true },
    });
    const cookie = first.cookies.find((c) => c.name === GUEST_COOKIE)!.value;
    const [prefix, guestId] = cookie.split('.');
    const forged = `${prefix}.${guestId}.${'A'.repeat(43)}`;
    const withForged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/questions`,
      headers: { cookie: `${GUEST_COOKIE}=${forged}` },
      payload: { text: 'Zweite Frage?', anonymous: true },
    });
    expect(withForged.statusCode).toBe(201);
    // Not taken for that guest: the server issued a new identity.
    const issued = withForged.cookies.find((c) => c.name === GUEST_COOKIE)?.value;
    expect(issued).toBeDefined();
    expect(issued!.split('.')[1]).not.toBe(guestId);
    const withGenuine = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/questions`,
      headers: { cookie: `${GUEST_COOKIE}=${cookie}` },
      payload: { text: 'Dritte Frage?', anonymous: true },
    });
    expect(withGenuine.statusCode).toBe(201);
    expect(withGenuine.cookies.find((c) => c.name === GUEST_COOKIE)).toBeUndefined();
  });

  it('caps open live sockets per address', async () => {
    t = await createTestApp(dialect, { LIVE_SOCKETS_PER_ADDRESS: '3' });
    const url = await listenLive(t.app);
    const open = await Promise.all([openRaw(url), openRaw(url), openRaw(url)]);
    await expect(openRaw(url)).rejects.toThrow(/HTTP 429/);
    open[0].socket.close();
    await open[0].closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await openRaw(url);
    for (const client of [...open.slice(1), again]) {
      client.socket.close();
    }
  });

  it('one address cannot squat seats: a cap on pending registrations per event, and a short hold', async () => {
    t = await createTestApp(dialect, {
      REGISTRATION_RATE_LIMIT: '0',
      PENDING_REGISTRATIONS_PER_ADDRESS: '3',
    });
    const organizer = await t.signInOrganizer();
    const event = await publishedEvent(t, organizer, { capacity: 250 });
    const attempt = (remoteAddress: string) =>
      t!.app.inject({
        method: 'POST',
        url: `/api/v1/events/${event.slug}/registrations`,
        remoteAddress,
        payload: registrationBody(),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await attempt(ATTACKER)).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    expect((await attempt('198.51.100.9')).statusCode).toBe(201);
    const seats = async () =>
      (
        await t!.database.handle.db
          .selectFrom('events')
          .select('seatsTaken')
          .where('id', '=', event.id)
          .executeTakeFirstOrThrow()
      ).seatsTaken;
    expect(await seats()).toBe(4);
    // Unconfirmed seats are held for UNCONFIRMED_HOLD_HOURS (default 2), not the event's 48 hours.
    t.clock.advance(2 * HOUR + 1000);
    await t.registrationJobs.runDueJobs();
    expect(await seats()).toBe(0);
    expect((await attempt(ATTACKER)).statusCode).toBe(201);
  });
});
