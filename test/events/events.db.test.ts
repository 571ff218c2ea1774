import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';

describe.each(DIALECTS)('events on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function createEvent(overrides = {}) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: buildEventInput(overrides),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; slug: string; status: string; startsAt: string }>();
  }

  it('creates a draft that the public cannot see until it is published', async () => {
    const event = await createEvent({ title: 'Wasserstoff-Dialog' });
    expect(event.status).toBe('draft');
    expect(event.slug).toBe('wasserstoff-dialog-2027');
    expect(event.startsAt).toBe('2027-02-04T08:00:00.000Z');

    expect((await t.app.inject(`/api/v1/events/${event.slug}`)).statusCode).toBe(404);
    const publish = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/publish`,
      headers: organizer.headers,
    });
    expect(publish.statusCode).toBe(200);

    const detail = await t.app.inject({
      url: `/api/v1/events/${event.slug}`,
      headers: { 'accept-language': 'en' },
    });
    expect(detail.statusCode).toBe(200);
    const body = detail.json<{
      capacity: number;
      seatsLeft: number;
      registrationOpen: boolean;
      sectors: { key: string; label: string }[];
    }>();
    expect(body.capacity).toBe(250);
    expect(body.seatsLeft).toBe(250);
    expect(body.registrationOpen).toBe(true);
    expect(body.sectors).toContainEqual({ key: 'oem', label: 'Carmakers (OEM)' });

    const german = (await t.app.inject(`/api/v1/events/${event.slug}?lang=de`)).json<{
      sectors: { key: string; label: string }[];
    }>();
    expect(german.sectors).toContainEqual({ key: 'oem', label: 'Automobilhersteller (OEM)' });

    const list = (await t.app.inject('/api/v1/events')).json<{ events: { slug: string }[] }>();
    expect(list.events.map((e) => e.slug)).toContain(event.slug);
  });

  it('names every invalid field in the request language and stores nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/admin/events', headers: organizer.headers })).json<{
      events: unknown[];
    }>();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: {
        ...organizer.headers,
        'accept-language': 'en',
        cookie: `${organizer.headers.cookie}; cd_lang=en`,
      },
      payload: buildEventInput({ title: 'X', capacity: 0, endsAt: '2027-02-04T08:00', venue: { name: '' } }),
    });
    expect(response.statusCode).toBe(422);
    const error = response.json<{ error: { code: string; fields: { field: string; message: string }[] } }>()
      .error;
    expect(error.code).toBe('validation_failed');
    const fields = Object.fromEntries(error.fields.map((f) => [f.field, f.message]));
    expect(fields.title).toBe('Please enter at least 3 characters.');
    expect(fields.capacity).toBe('The value must be at least 1.');
    expect(fields['venue.name']).toBe('This field is required.');
    const after = (await t.app.inject({ url: '/api/v1/admin/events', headers: organizer.headers })).json<{
      events: unknown[];
    }>();
    expect(after.events).toHaveLength(before.events.length);
  });

  it('refuses an end before the start, in German by default', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: buildEventInput({ endsAt: '2027-02-04T08:00' }),
    });
    expect(response.statusCode).toBe(422);
    expect(
      response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields,
    ).toContainEqual(
      expect.objectContaining({ field: 'endsAt', message: 'Das Ende muss nach dem Beginn liegen.' }),
    );
  });

  it('changes only the fields sent and keeps the rest', async () => {
    const event = await createEvent({ subtitle: 'Bleibt erhalten' });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: { capacity: 300, topics: ['CO2-neutrale Produktion'] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<{
      capacity: number;
      subtitle: string;
      topics: string[];
      startsAtLocal: string;
    }>();
    expect(updated).toMatchObject({
      capacity: 300,
      subtitle: 'Bleibt erhalten',
      topics: ['CO2-neutrale Produktion'],
      startsAtLocal: '2027-02-04T09:00',
    });
  });

  it('does not let the capacity fall below the seats already taken', async () => {
    const event = await createEvent();
    await t.database.handle.db
      .updateTable('events')
      .set({ seatsTaken: 40 })
      .where('id', '=', event.id)
      .execute();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: { capacity: 39 },
    });
    expect(response.statusCode).toBe(422);
    const stored = (
      await t.app.inject({ url: `/api/v1/admin/events/${event.id}`, headers: organizer.headers })
    ).json<{ capacity: number }>();
    expect(stored.capacity).toBe(250);
  });

  it("duplicates an event as next year's draft at the same local time", async () => {
    const event = await createEvent({
      title: 'Energiedialog',
      startsAt: '2027-07-01T09:00',
      endsAt: '2027-07-01T17:00',
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/duplicate`,
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(201);
    const copy = response.json<{ slug: string; status: string; startsAtLocal: string; title: string }>();
    expect(copy).toMatchObject({
      status: 'draft',
      // Thursday 1 July 2027 → Thursday 29 June 2028 (1 July 2028 is a Saturday).
      startsAtLocal: '2028-06-29T09:00',
      title: 'Energiedialog',
      slug: 'energiedialog-2028',
    });
  });

  it('unpublishes and archives; an archived event is neither public nor editable', async () => {
    const event = await createEvent();
    const call = (action: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/events/${event.id}/${action}`,
        headers: organizer.headers,
      });
    expect((await call('publish')).statusCode).toBe(200);
    expect((await call('publish')).statusCode).toBe(409);
    expect((await call('unpublish')).statusCode).toBe(200);
    expect((await t.app.inject(`/api/v1/events/${event.slug}`)).statusCode).toBe(404);
    expect((await call('archive')).statusCode).toBe(200);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: { capacity: 10 },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('refuses a slug that is taken, naming the field', async () => {
    const first = await createEvent({ slug: 'doppelt-vergeben' });
    expect(first.slug).toBe('doppelt-vergeben');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: buildEventInput({ slug: 'doppelt-vergeben' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('slug');
  });

  it('sanitizes the Markdown description', async () => {
    const event = await createEvent({
      description: 'Hallo <script>alert(1)</script> <img src=x onerror=alert(2)> **fett**',
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/publish`,
      headers: organizer.headers,
    });
    const html = (await t.app.inject(`/api/v1/events/${event.slug}`)).json<{ descriptionHtml: string }>()
      .descriptionHtml;
    expect(html).toContain('<strong>fett</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
  });
});
