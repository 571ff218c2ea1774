import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { buildEventInput } from '../factories.js';
import { startTwoInstances, TEST_REDIS_URL, type TwoInstances } from '../live/instances.js';
import { send, sessionInput } from '../program/helpers.js';
import { CONFIRM_LINK, linkFromMail, publishedEvent, register } from '../registration/helpers.js';
import { createPastEvent } from '../retrospective/factory.js';

interface Detail {
  title: string;
  capacity: number;
  seatsLeft: number;
}

async function detail(app: FastifyInstance, slug: string): Promise<Detail> {
  const response = await app.inject({ url: `/api/v1/events/${slug}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Detail>();
}

/** Polls until the check passes, for at most `ms` of real time (changes that travel or wait a second). */
async function within<T>(ms: number, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

const retrospectiveDraft = (headline: string) => ({
  headline,
  lead: 'Ein Tag, viele neue Kontakte.',
  body: 'Wir danken allen.',
  reportUrl: '',
  contact: { name: 'Dr. Katrin Beispiel', role: 'Netzwerkmanagerin', email: 'kb@example.org', phone: '' },
  quotes: [],
  figureKeys: [],
});

describe.each(DIALECTS)('the public cache on %s', (dialect) => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-cache-'));
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html>\n<html lang="de">\n  <head>\n    <title>CrossDialog</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
    );
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' }, { webDir });
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('answers again from the cache with an ETag, and 304 to a request that has it', async () => {
    const event = await publishedEvent(t, organizer, { title: 'Zwischenspeichertag' });
    for (const url of [`/api/v1/events/${event.slug}`, '/api/v1/events', `/events/${event.slug}`]) {
      const first = await t.app.inject({ url });
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      // Changed behind the app's back: a cached answer does not see it (the next test shows what does).
      await t.database.handle.db
        .updateTable('events')
        .set({ title: 'Hinter dem Rücken' })
        .where('id', '=', event.id)
        .execute();
      const again = await t.app.inject({ url });
      expect(again.body).toBe(first.body);
      expect(again.headers.etag).toBe(etag);
      const conditional = await t.app.inject({ url, headers: { 'if-none-match': etag! } });
      expect(conditional.statusCode).toBe(304);
      expect(conditional.body).toBe('');
      expect(conditional.headers.etag).toBe(etag);
      const other = await t.app.inject({ url, headers: { 'if-none-match': 'W/"something-else"' } });
      expect(other.statusCode).toBe(200);
      await t.database.handle.db
        .updateTable('events')
        .set({ title: 'Zwischenspeichertag' })
        .where('id', '=', event.id)
        .execute();
    }
  });

  it('shows an event edit and a capacity edit at once: list, event, event page head', async () => {
    const event = await publishedEvent(t, organizer, { title: 'Vorher', capacity: 10 });
    expect(await detail(t.app, event.slug)).toMatchObject({ title: 'Vorher', capacity: 10, seatsLeft: 10 });
    expect((await t.app.inject(`/events/${event.slug}`)).body).toContain(
      '<title>Vorher · CrossDialog</title>',
    );
    expect((await t.app.inject('/api/v1/events')).body).toContain('"Vorher"');

    const edit = await send(t, organizer, 'PATCH', `/api/v1/admin/events/${event.id}`, { title: 'Nachher' });
    expect(edit.status).toBe(200);
    expect(await detail(t.app, event.slug)).toMatchObject({ title: 'Nachher' });
    expect((await t.app.inject(`/events/${event.slug}`)).body).toContain(
      '<title>Nachher · CrossDialog</title>',
    );
    const list = (await t.app.inject('/api/v1/events')).body;
    expect(list).toContain('"Nachher"');
    expect(list).not.toContain('"Vorher"');

    const capacity = await send(t, organizer, 'PATCH', `/api/v1/admin/events/${event.id}`, { capacity: 4 });
    expect(capacity.status).toBe(200);
    expect(await detail(t.app, event.slug)).toMatchObject({ capacity: 4, seatsLeft: 4 });
  });

  it('shows registrations and cancellations within a second', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 5 });
    expect((await detail(t.app, event.slug)).seatsLeft).toBe(5);
    const first = await register(t, event.slug);
    expect(first.response.statusCode).toBe(201);
    // The first change after a quiet second drops the seats at once.
    expect((await detail(t.app, event.slug)).seatsLeft).toBe(4);
    // Within the second after that: at most a second later (a rush recomputes once a second).
    expect((await register(t, event.slug)).response.statusCode).toBe(201);
    const started = Date.now();
    const seen = await within(
      1500,
      () => detail(t.app, event.slug),
      (d) => d.seatsLeft === 3,
    );
    expect(seen.seatsLeft).toBe(3);
    expect(Date.now() - started).toBeLessThan(1300);

    const manage = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    const cancel = await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${manage}/cancel` });
    expect(cancel.json()).toMatchObject({ status: 'cancelled' });
    const afterCancel = await within(
      1500,
      () => detail(t.app, event.slug),
      (d) => d.seatsLeft === 4,
    );
    expect(afterCancel.seatsLeft).toBe(4);
  });

  it('shows a programme edit at once', async () => {
    const event = await publishedEvent(t, organizer);
    const programme = () => t.app.inject(`/api/v1/events/${event.slug}/programme`);
    expect((await programme()).json<{ sessions: unknown[] }>().sessions).toEqual([]);
    const created = await send<{ id: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/sessions`,
      sessionInput({ title: 'Podium: Wasserstoff im Mittelstand' }),
    );
    expect(created.status).toBe(201);
    expect((await programme()).body).toContain('Podium: Wasserstoff im Mittelstand');
    const renamed = await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/sessions/${created.body.id}`,
      sessionInput({ title: 'Podium: Batterien im Kreislauf' }),
    );
    expect(renamed.status).toBe(200);
    const body = (await programme()).body;
    expect(body).toContain('Podium: Batterien im Kreislauf');
    expect(body).not.toContain('Wasserstoff im Mittelstand');
  });

  it('shows a retrospective as soon as it is published, and gone once it is withdrawn', async () => {
    const event = await createPastEvent(t, organizer);
    const base = `/api/v1/admin/events/${event.id}/retrospective`;
    const retrospective = () => t.app.inject(`/api/v1/events/${event.slug}/retrospective`);
    expect((await send(t, organizer, 'PUT', base, retrospectiveDraft('Erster Rückblick'))).status).toBe(200);
    expect((await retrospective()).statusCode).toBe(404);
    expect((await send(t, organizer, 'POST', `${base}/publish`)).status).toBe(200);
    const published = await retrospective();
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('Erster Rückblick');
    expect((await t.app.inject(`/events/${event.slug}/retrospective`)).body).toContain('Erster Rückblick');

    expect((await send(t, organizer, 'POST', `${base}/unpublish`)).status).toBe(200);
    expect((await retrospective()).statusCode).toBe(404);
    expect((await t.app.inject(`/events/${event.slug}/retrospective`)).body).not.toContain(
      'Erster Rückblick',
    );
  });

  it('lets organizers preview a draft the public cannot see', async () => {
    const created = await send<{ id: string; slug: string }>(
      t,
      organizer,
      'POST',
      '/api/v1/admin/events',
      buildEventInput({ title: 'Entwurfstag' }),
    );
    expect(created.status).toBe(201);
    const slug = created.body.slug;
    expect((await t.app.inject(`/api/v1/events/${slug}`)).statusCode).toBe(404);
    const preview = await t.app.inject({ url: `/api/v1/events/${slug}`, headers: organizer.headers });
    expect(preview.statusCode).toBe(200);
    expect((await t.app.inject(`/api/v1/events/${slug}`)).statusCode).toBe(404);
  });
});

describe.skipIf(!TEST_REDIS_URL)('the public cache across two instances through Redis', () => {
  let instances: TwoInstances;
  let token: Record<string, string>;

  beforeAll(async () => {
    instances = await startTwoInstances(TEST_REDIS_URL!, { REGISTRATION_RATE_LIMIT: '0' });
    token = (await instances.a.createToken()).headers;
  });
  afterAll(async () => instances.close());

  it('an edit on one instance clears the cached answers of the other', async () => {
    const { a, b } = instances;
    const event = await publishedEvent(a, { headers: token }, { title: 'Zwei Instanzen', capacity: 8 });
    // Both instances cache the event.
    expect((await detail(a.app, event.slug)).title).toBe('Zwei Instanzen');
    expect((await detail(b.app, event.slug)).title).toBe('Zwei Instanzen');

    const edit = await b.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: token,
      payload: { title: 'Über Redis geändert' },
    });
    expect(edit.statusCode).toBe(200);
    expect((await detail(b.app, event.slug)).title).toBe('Über Redis geändert');
    // The test clock stands still, so only the message through Redis can clear A's entry.
    const seen = await within(
      3000,
      () => detail(a.app, event.slug),
      (d) => d.title === 'Über Redis geändert',
    );
    expect(seen.title).toBe('Über Redis geändert');
  });

  it('seats taken on one instance show on the other within a second', async () => {
    const { a, b } = instances;
    const event = await publishedEvent(a, { headers: token }, { capacity: 8 });
    expect((await detail(a.app, event.slug)).seatsLeft).toBe(8);
    const registered = await b.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.slug}/registrations`,
      payload: {
        salutation: 'ms',
        firstName: 'Petra',
        lastName: 'Zweitinstanz',
        email: 'petra.zweitinstanz@example.org',
        organization: 'Zulieferer GmbH',
        sector: 'supplier',
        consents: { privacy: true },
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    // A has not been told (seat changes do not travel): its answer is at most one second old.
    expect((await detail(a.app, event.slug)).seatsLeft).toBe(8);
    a.clock.advance(1001);
    expect((await detail(a.app, event.slug)).seatsLeft).toBe(7);
  });
});
