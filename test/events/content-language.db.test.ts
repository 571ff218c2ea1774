import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';

// The language organizers write an event's texts in: German unless set, editable, carried by every
// answer that shows those texts (event, list, retrospective, live page) so the web app can mark them.
describe.each(DIALECTS)('content language of an event on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function create(overrides = {}) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: buildEventInput(overrides),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; slug: string; contentLanguage: string }>();
  }

  it('is German unless set, and organizers change it', async () => {
    const event = await create({ title: 'Sprachdialog' });
    expect(event.contentLanguage).toBe('de');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: { contentLanguage: 'en' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<{ contentLanguage: string }>().contentLanguage).toBe('en');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/publish`,
      headers: organizer.headers,
    });
    const detail = await t.app.inject(`/api/v1/events/${event.slug}?lang=de`);
    expect(detail.json<{ contentLanguage: string }>().contentLanguage).toBe('en');
    const list = await t.app.inject('/api/v1/events?lang=de');
    const listed = list.json<{ events: { slug: string; contentLanguage: string }[] }>().events;
    expect(listed.find((e) => e.slug === event.slug)?.contentLanguage).toBe('en');
  });

  it('refuses a language it does not know, naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: { ...organizer.headers, 'accept-language': 'de' },
      payload: { ...buildEventInput(), contentLanguage: 'fr' },
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field)).toContain('contentLanguage');
  });
});
