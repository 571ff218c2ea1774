import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { buildEventInput } from '../factories.js';
import { SAXONY_BRAND, saveBranding } from './helpers.js';

describe.each(DIALECTS)('branded page heads on %s', (dialect) => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-branding-'));
  let t: TestApp;
  let organizer: Caller;
  let slug = '';

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html>\n<html lang="de">\n  <head>\n    <title>CrossDialog</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
    );
    t = await createTestApp(dialect, {}, { webDir });
    organizer = await t.signInOrganizer();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: buildEventInput({ title: 'Wasserstofftag' }),
    });
    const event = created.json<{ id: string; slug: string }>();
    slug = event.slug;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/publish`,
      headers: organizer.headers,
    });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("keeps CrossDialog and the stylesheet's colours while nothing is set", async () => {
    const page = await t.app.inject('/events');
    expect(page.body).toContain('<title>CrossDialog</title>');
    expect(page.body).not.toContain('brand-colours');
  });

  it('names the network in every page title and og:site_name, and sets its colours as CSS custom properties', async () => {
    expect((await saveBranding(t, organizer, SAXONY_BRAND)).statusCode).toBe(200);
    const list = await t.app.inject('/events');
    expect(list.body).toContain('<title>Netzwerk Mobilität Sachsen</title>');
    expect(list.body).toContain(
      '<style id="brand-colours">:root{--color-primary:#1d5e2f;--color-primary-dark:#5a2a82;--color-brand-accent:#5a2a82}</style>',
    );
    const event = await t.app.inject(`/events/${slug}`);
    expect(event.body).toContain('<title>Wasserstofftag · Netzwerk Mobilität Sachsen</title>');
    expect(event.body).toContain('<meta property="og:site_name" content="Netzwerk Mobilität Sachsen">');
    expect(event.body).not.toContain('CrossDialog');
  });

  it('escapes the network name in the head', async () => {
    await saveBranding(t, organizer, { ...SAXONY_BRAND, networkName: '</title><script>alert(1)</script>' });
    const page = await t.app.inject('/events');
    expect(page.body).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page.body).not.toContain('<script>alert(1)');
  });
});
