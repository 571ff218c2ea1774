import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.js';
import type { MyRegistration } from '../../src/contract/registration.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  CONFIRM_LINK,
  countMails,
  linkFromMail,
  MANAGE_LINK,
  publishedEvent,
  register,
  seatsTaken,
  statusOf,
} from './helpers.js';

const HOUR = 3_600_000;

describe.each(DIALECTS)('registration flow on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeEach(async () => {
    // The event's confirm_hours (48) decide here, not the server's shorter cap (UNCONFIRMED_HOLD_HOURS).
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0', UNCONFIRMED_HOLD_HOURS: '48' });
    organizer = await t.signInOrganizer();
  });
  afterEach(async () => t.close());

  it('holds a seat as pending, confirms once by the mailed link, then the waitlist', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const first = await register(t, event.slug);
    expect(first.response.statusCode).toBe(201);
    expect(first.json().status).toBe('pending');
    const second = await register(t, event.slug);
    expect(second.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const third = await register(t, event.slug);
    expect(third.json().waitlistPosition).toBe(2);

    const token = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    const confirm = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/registrations/confirm', payload: { token } });
    expect((await confirm()).json()).toMatchObject({ status: 'confirmed' });
    expect((await confirm()).json()).toMatchObject({ status: 'confirmed' });
    expect(await countMails(t, first.email, 'registration-ticket')).toBe(1);
    const row = await t.database.handle.db
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(row.confirmedAt).not.toBeNull();
    expect(row.optinMailSentAt).not.toBeNull();
    expect(row.requestIp).not.toBe('');
    expect(await seatsTaken(t, event.id)).toBe(1);
  });

  it('frees an unconfirmed seat after confirm_hours and offers it to the first waiting; a lapsed offer goes to the next', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const first = await register(t, event.slug);
    const second = await register(t, event.slug);
    const third = await register(t, event.slug);
    t.clock.advance(47 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, first.json().id)).toBe('pending');
    t.clock.advance(2 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, first.json().id)).toBe('expired');
    expect(await statusOf(t, second.json().id)).toBe('offered');
    expect(await countMails(t, second.email, 'registration-offer')).toBe(1);
    const lapsedToken = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registrations/confirm',
      payload: { token: lapsedToken },
    });
    expect(late.statusCode).toBe(410);

    t.clock.advance(49 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, second.json().id)).toBe('expired');
    expect(await statusOf(t, third.json().id)).toBe('offered');
    const offerToken = await linkFromMail(t, third.email, 'registration-offer', CONFIRM_LINK);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registrations/confirm',
      payload: { token: offerToken },
    });
    expect(ok.json()).toMatchObject({ status: 'confirmed' });
    expect(await seatsTaken(t, event.id)).toBe(1);
  });

  it('an offered seat shows its deadline and can be extended once by the person, within the organizers’ bounds (WCAG 2.2.1)', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const settings = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/events/${event.id}/registration-settings`,
      headers: organizer.headers,
    });
    expect(settings.json()).toMatchObject({ offerHours: 48, offerExtensionHours: 24 });
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${event.id}/registration-settings`,
      headers: organizer.headers,
      payload: { ...settings.json<Record<string, unknown>>(), offerHours: 24, offerExtensionHours: 12 },
    });
    expect(saved.json()).toMatchObject({ offerHours: 24, offerExtensionHours: 12 });
    const first = await register(t, event.slug);
    const second = await register(t, event.slug);
    const firstLink = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${firstLink}/cancel` });
    const offerLink = await linkFromMail(t, second.email, 'registration-offer', MANAGE_LINK);
    const extend = () =>
      t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${offerLink}/extend-offer` });

    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/my-registration/${offerLink}` });
    const offeredUntil = Date.parse(mine.json<MyRegistration>().confirmExpiresAt!);
    expect(offeredUntil - t.clock.now().getTime()).toBe(24 * HOUR);
    expect(mine.json<MyRegistration>().offerExtension).toEqual({ hours: 12, used: false });

    t.clock.advance(20 * HOUR);
    const extended = await extend();
    expect(extended.statusCode).toBe(200);
    expect(Date.parse(extended.json<MyRegistration>().confirmExpiresAt!) - offeredUntil).toBe(12 * HOUR);
    expect(extended.json<MyRegistration>().offerExtension).toEqual({ hours: 12, used: true });
    const again = await extend();
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('invalid_state');

    // The old deadline has passed; the extended one holds the seat until it runs out too.
    t.clock.advance(6 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, second.json().id)).toBe('offered');
    t.clock.advance(9 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, second.json().id)).toBe('offered');
    t.clock.advance(2 * HOUR);
    await t.registrationJobs.runDueJobs();
    expect(await statusOf(t, second.json().id)).toBe('expired');
    expect((await extend()).statusCode).toBe(409);
  });

  it('no extension where the organizers allow none, and none after the offer lapsed', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const settings = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/events/${event.id}/registration-settings`,
      headers: organizer.headers,
    });
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${event.id}/registration-settings`,
      headers: { ...organizer.headers, 'accept-language': 'de' },
      payload: { ...settings.json<Record<string, unknown>>(), offerExtensionHours: -1 },
    });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('offerExtensionHours');
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${event.id}/registration-settings`,
      headers: organizer.headers,
      payload: { ...settings.json<Record<string, unknown>>(), offerExtensionHours: 0 },
    });
    const first = await register(t, event.slug);
    const second = await register(t, event.slug);
    const firstLink = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${firstLink}/cancel` });
    const offerLink = await linkFromMail(t, second.email, 'registration-offer', MANAGE_LINK);
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/my-registration/${offerLink}` });
    expect(mine.json()).toMatchObject({ status: 'offered', offerExtension: null });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/my-registration/${offerLink}/extend-offer`,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('a cancellation promotes the first waiting person at once', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const first = await register(t, event.slug);
    const second = await register(t, event.slug);
    const manage = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    const cancel = await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${manage}/cancel` });
    expect(cancel.json()).toMatchObject({ status: 'cancelled' });
    expect(await statusOf(t, second.json().id)).toBe('offered');
    expect(await seatsTaken(t, event.id)).toBe(1);
  });

  it('asks "still coming?" before the event; releasing the seat promotes from the waitlist', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const first = await register(t, event.slug);
    const second = await register(t, event.slug);
    const token = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({ method: 'POST', url: '/api/v1/registrations/confirm', payload: { token } });
    await t.registrationJobs.runDueJobs();
    expect(await countMails(t, first.email, 'registration-reconfirm')).toBe(0);
    // The event starts 2027-02-04 09:00 Berlin; five days before is 2027-01-30.
    t.clock.set(new Date('2027-01-30T09:00:00.000Z'));
    await t.registrationJobs.runDueJobs();
    await t.registrationJobs.runDueJobs();
    expect(await countMails(t, first.email, 'registration-reconfirm')).toBe(1);
    const release = await linkFromMail(
      t,
      first.email,
      'registration-reconfirm',
      /\/my-registration\/([A-Za-z0-9_%-]+)\/reconfirm\?answer=release/,
    );
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/my-registration/${release}/reconfirm`,
      payload: { answer: 'release' },
    });
    expect(answer.json()).toMatchObject({ status: 'cancelled', reconfirmAnswer: 'released' });
    expect(await statusOf(t, second.json().id)).toBe('offered');
  });

  it('raising the capacity offers as many seats as fit', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    await register(t, event.slug);
    const waiting = [];
    for (let i = 0; i < 4; i += 1) {
      waiting.push((await register(t, event.slug)).json().id);
    }
    const raised = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: { capacity: 3 },
    });
    expect(raised.statusCode).toBe(200);
    const statuses = await Promise.all(waiting.map((id) => statusOf(t, id)));
    expect(statuses).toEqual(['offered', 'offered', 'waitlisted', 'waitlisted']);
    expect(await seatsTaken(t, event.id)).toBe(3);
  });

  it('the same address twice gets no second seat: 409, localized, personal link mailed again', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 5 });
    const first = await register(t, event.slug);
    const again = await register(t, event.slug, { email: first.email }, { 'accept-language': 'en' });
    expect(again.response.statusCode).toBe(409);
    expect(again.response.json()).toMatchObject({ error: { code: 'already_registered' } });
    expect(again.response.json<{ error: { message: string } }>().error.message).toMatch(/already registered/);
    const link = await linkFromMail(t, first.email, 'registration-link', MANAGE_LINK);
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/my-registration/${link}` });
    expect(mine.json()).toMatchObject({ email: first.email, status: 'pending' });
    expect(await seatsTaken(t, event.id)).toBe(1);
    // Re-registering after one's own cancellation reopens the row.
    await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${link}/cancel` });
    const back = await register(t, event.slug, { email: first.email });
    expect(back.response.statusCode).toBe(201);
    expect(back.json().id).toBe(first.json().id);
  });

  it('an Idempotency-Key repeat answers the first body and registers once', async () => {
    const event = await publishedEvent(t, organizer);
    const headers = { 'idempotency-key': 'key-1234567890' };
    const payload = {
      firstName: 'Ida',
      lastName: 'Empotent',
      email: 'ida@example.org',
      organization: 'X',
      sector: 'it',
      consents: { privacy: true },
    };
    const send = () =>
      t.app.inject({ method: 'POST', url: `/api/v1/events/${event.slug}/registrations`, headers, payload });
    const a = await send();
    const b = await send();
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    const rows = await t.database.handle.db
      .selectFrom('registrations')
      .select('id')
      .where('eventId', '=', event.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a sector the event does not offer and a missing required answer with field errors', async () => {
    const event = await publishedEvent(t, organizer);
    const bad = await register(t, event.slug, { sector: 'space-travel', topics: ['Unbekannt'] });
    expect(bad.response.statusCode).toBe(422);
    const fields = bad.response
      .json<{ error: { fields: { field: string }[] } }>()
      .error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['sector', 'topics.0']));
  });

  it('registration closed by hand answers 409 invalid_state', async () => {
    const event = await publishedEvent(t, organizer);
    const close = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${event.id}/registration-closed`,
      headers: organizer.headers,
      payload: { closed: true },
    });
    expect(close.json()).toMatchObject({ closed: true, registrationOpen: false });
    const refused = await register(t, event.slug);
    expect(refused.response.statusCode).toBe(409);
    expect(refused.response.json()).toMatchObject({ error: { code: 'invalid_state' } });
  });

  it('organizer guests sit outside the capacity', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    await register(t, event.slug);
    const guest = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/registrations`,
      headers: organizer.headers,
      payload: {
        firstName: 'Gustav',
        lastName: 'Gast',
        email: 'gast@example.org',
        organization: 'Ministerium',
        sector: 'public',
        isGuest: true,
      },
    });
    expect(guest.statusCode).toBe(201);
    expect(guest.json()).toMatchObject({ status: 'confirmed', isGuest: true });
    const ev = await t.database.handle.db
      .selectFrom('events')
      .select(['seatsTaken', 'guestsTaken'])
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(ev).toEqual({ seatsTaken: 1, guestsTaken: 1 });
  });
});

describe.each(DIALECTS)('registration rate limit on %s', (dialect) => {
  it('answers 429 with Retry-After after REGISTRATION_RATE_LIMIT attempts per minute', async () => {
    const t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '3' });
    try {
      const organizer = await t.signInOrganizer();
      const event = await publishedEvent(t, organizer);
      const statuses: number[] = [];
      let retryAfter: unknown;
      for (let i = 0; i < 4; i += 1) {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/events/${event.slug}/registrations`,
          remoteAddress: '192.0.2.7',
          payload: {
            firstName: 'R',
            lastName: 'L',
            email: `rl${i}@example.org`,
            organization: 'X',
            sector: 'it',
            consents: { privacy: true },
          },
        });
        statuses.push(response.statusCode);
        retryAfter = response.headers['retry-after'];
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
