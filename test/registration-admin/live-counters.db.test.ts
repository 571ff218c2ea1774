import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationCounters } from '../../src/contract/registration.js';
import type { ServerMessage } from '../../src/server/live/protocol.js';
import { countersRoom } from '../../src/server/features/registration/index.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { listenLive, openRaw, type RawLiveClient } from '../live/helpers.js';
import { signInParticipant } from '../people.js';
import { register } from '../registration/helpers.js';
import { createPublishedEvent, insertRegistration } from './factories.js';

/** What the organizers' page must show within this time after a change (the old poll took 5 s). */
const PUSH_WITHIN_MS = 1000;

describe.each(DIALECTS)('live registration counters on %s', (dialect) => {
  let t: TestApp;
  let url: string;
  let organizer: Caller;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await listenLive(t.app);
    organizer = await t.signInOrganizer();
    event = await createPublishedEvent(t, organizer, { capacity: 2 });
  });
  afterAll(async () => t.close());

  function countersIn(message: ServerMessage): RegistrationCounters | null {
    if (message.type === 'snapshot' && message.room === countersRoom(event.id)) {
      return (message.entities[0]?.data as RegistrationCounters | undefined) ?? null;
    }
    if (message.type === 'upsert' && message.room === countersRoom(event.id)) {
      return message.data as RegistrationCounters;
    }
    return null;
  }

  /** The first counters the client receives after `since` (message index) that match, within the limit. */
  async function nextCounters(
    client: RawLiveClient,
    since: number,
    match: (c: RegistrationCounters) => boolean,
  ): Promise<RegistrationCounters> {
    const started = Date.now();
    const message = await client.waitFor((m) => {
      const counters = countersIn(m);
      return counters !== null && client.messages.indexOf(m) >= since && match(counters);
    }, PUSH_WITHIN_MS);
    expect(Date.now() - started).toBeLessThan(PUSH_WITHIN_MS);
    return countersIn(message)!;
  }

  it('sends an organizer the counters at once and again within a second after each change', async () => {
    const client = await openRaw(url, { cookie: organizer.headers.cookie! });
    client.send({ type: 'subscribe', room: countersRoom(event.id) });
    const snapshot = await nextCounters(client, 0, () => true);
    expect(snapshot).toMatchObject({ capacity: 2, held: 0, pending: 0, checkedIn: 0 });

    // A registration through the public form: a pending seat.
    let since = client.messages.length;
    const registered = await register(t, event.slug);
    expect(registered.response.statusCode, registered.response.body).toBe(201);
    expect(await nextCounters(client, since, (c) => c.pending === 1)).toMatchObject({ held: 1, pending: 1 });

    // A cancellation by the organizer gives the seat back.
    since = client.messages.length;
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/registrations/${registered.json().id}/cancel`,
      headers: organizer.headers,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(await nextCounters(client, since, (c) => c.cancelled === 1)).toMatchObject({
      held: 0,
      pending: 0,
      cancelled: 1,
    });

    // A check-in at the door.
    const guest = await insertRegistration(t, event.id, { lastName: 'Einlass' });
    since = client.messages.length;
    const scanned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/checkins`,
      headers: organizer.headers,
      payload: { scanId: randomUUID(), device: 'Einlass Nord', ticketCode: guest.ticketCode },
    });
    expect(scanned.statusCode, scanned.body).toBe(200);
    expect(await nextCounters(client, since, (c) => c.checkedIn === 1)).toMatchObject({
      checkedIn: 1,
      confirmed: 1,
      held: 1,
    });
    client.socket.close();
  });

  it('sends the new capacity when the organizer changes it in the event editor', async () => {
    const edited = await createPublishedEvent(t, organizer, { capacity: 10 });
    const client = await openRaw(url, { cookie: organizer.headers.cookie! });
    client.send({ type: 'subscribe', room: countersRoom(edited.id) });
    await client.waitFor((m) => m.type === 'snapshot');
    for (const capacity of [8, 12]) {
      const saved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/admin/events/${edited.id}`,
        headers: organizer.headers,
        payload: { capacity },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      await client.waitFor(
        (m) => m.type === 'upsert' && (m.data as RegistrationCounters).capacity === capacity,
        PUSH_WITHIN_MS,
      );
    }
    client.socket.close();
  });

  it('publishes a burst of registrations as a few updates that end at the stored counts', async () => {
    const burst = await createPublishedEvent(t, organizer, { capacity: 5 });
    const client = await openRaw(url, { cookie: organizer.headers.cookie! });
    client.send({ type: 'subscribe', room: countersRoom(burst.id) });
    await client.waitFor((m) => m.type === 'snapshot');
    const since = client.messages.length;
    const responses = await Promise.all(Array.from({ length: 12 }, () => register(t, burst.slug)));
    expect(responses.map((r) => r.response.statusCode)).toEqual(Array(12).fill(201));
    const last = await client.waitFor(
      (m) => m.type === 'upsert' && (m.data as RegistrationCounters).waitlisted === 7,
      PUSH_WITHIN_MS,
    );
    expect(last).toMatchObject({ data: { held: 5, pending: 5, waitlisted: 7 } });
    // Throttled: far fewer messages than registrations.
    expect(client.messages.slice(since).filter((m) => m.type === 'upsert').length).toBeLessThan(12);
    client.socket.close();
  });

  it('refuses the room to participants, visitors and for unknown events', async () => {
    const participant = await signInParticipant(t);
    const asParticipant = await openRaw(url, { cookie: participant.headers.cookie! });
    asParticipant.send({ type: 'subscribe', room: countersRoom(event.id) });
    const anonymous = await openRaw(url);
    anonymous.send({ type: 'subscribe', room: countersRoom(event.id) });
    const unknown = await openRaw(url, { cookie: organizer.headers.cookie! });
    unknown.send({ type: 'subscribe', room: countersRoom(randomUUID()) });

    for (const client of [asParticipant, anonymous, unknown]) {
      expect(await client.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'room_forbidden' });
    }
    // A change now reaches none of them.
    await register(t, event.slug);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const client of [asParticipant, anonymous, unknown]) {
      expect(client.messages.some((m) => m.type === 'snapshot' || m.type === 'upsert')).toBe(false);
      client.socket.close();
    }
  });
});
