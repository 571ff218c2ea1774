import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { errorCode, signInParticipant } from '../people.js';

interface PageView {
  title: string;
  body: string;
  bodyHtml: string;
  version: number;
  textVersion: string;
  updatedAt: string | null;
}

describe.each(DIALECTS)('site pages on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function read(key: string, lang = 'de'): Promise<PageView> {
    const response = await t.app.inject(`/api/v1/pages/${key}?lang=${lang}`);
    expect(response.statusCode).toBe(200);
    return response.json<PageView>();
  }

  function save(key: string, body: object, caller: Caller = organizer) {
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/pages/${key}`,
      headers: caller.headers,
      payload: body,
    });
  }

  it('shows the default text as version 0 before anyone edits it', async () => {
    const page = await read('privacy');
    expect(page).toMatchObject({
      title: 'Datenschutzhinweise',
      version: 0,
      textVersion: 'privacy/de/v0',
      updatedAt: null,
    });
    expect((await read('imprint', 'en')).title).toBe('Imprint');
  });

  it('saves version 1, then 2, and the consent version label follows', async () => {
    const first = await save('privacy', { locale: 'de', title: 'Datenschutz', body: 'Erste Fassung.' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<PageView>()).toMatchObject({ version: 1, textVersion: 'privacy/de/v1' });

    const second = await save('privacy', {
      locale: 'de',
      title: 'Datenschutz',
      body: '## Zweite Fassung\n\n**Neu**.',
    });
    expect(second.json<PageView>()).toMatchObject({ version: 2, textVersion: 'privacy/de/v2' });
    const page = await read('privacy');
    expect(page.bodyHtml).toContain('<strong>Neu</strong>');
    expect(page.updatedAt).toBe(t.clock.now().toISOString());
    expect(await t.services.sitePages.currentVersion('privacy')).toBe('privacy/de/v2');
    // The English text has its own versions.
    expect((await read('privacy', 'en')).textVersion).toBe('privacy/en/v0');
  });

  it('escapes markup an organizer writes into a page', async () => {
    await save('imprint', {
      locale: 'de',
      title: 'Impressum',
      body: 'Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>',
    });
    const page = await read('imprint');
    expect(page.bodyHtml).not.toContain('<script');
    expect(page.bodyHtml).not.toContain('onerror');
  });

  it('refuses edits by a participant (403) and names an empty title (422)', async () => {
    const participant = await signInParticipant(t);
    const refused = await save('privacy', { locale: 'de', title: 'Gekapert', body: 'Nein.' }, participant);
    expect(refused.statusCode).toBe(403);
    expect((await read('privacy')).title).not.toBe('Gekapert');

    const empty = await save('accessibility', { locale: 'de', title: ' ', body: 'Text' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('title');
  });

  it('answers an unknown page with 404 and the localized error body, for reading and for saving', async () => {
    const missing = await t.app.inject({
      url: '/api/v1/pages/unbekannt',
      headers: { 'accept-language': 'de' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'Nicht gefunden.' } });
    const english = await t.app.inject({ url: '/api/v1/pages/unknown?lang=en' });
    expect(english.statusCode).toBe(404);
    expect(english.json<{ error: { message: string } }>().error.message).toBe('Not found.');

    const saved = await save('unbekannt', { locale: 'de', title: 'Neu', body: 'Text' });
    expect(saved.statusCode).toBe(404);
    expect(errorCode(saved)).toBe('not_found');
    const stored = await t.database.handle.db
      .selectFrom('sitePages')
      .select('key')
      .where('key', '=', 'unbekannt')
      .execute();
    expect(stored).toEqual([]);
  });

  it('names the three pages in the API description of the path parameter', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json<{
      paths: Record<string, { get?: { parameters?: { name: string; description?: string }[] } }>;
    }>();
    const key = doc.paths['/api/v1/pages/{key}']?.get?.parameters?.find((p) => p.name === 'key');
    expect(key?.description).toContain('imprint, privacy, accessibility');
  });
});
