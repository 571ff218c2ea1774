import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { publishedEvent } from '../registration/helpers.js';

const TEMPLATE =
  '<!doctype html>\n<html lang="de">\n  <head>\n    <title>CrossDialog</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

/** The page head of an event (issue 14, low findings: shell replacement patterns, Host-based URLs). */
describe('the server-made head of an event page', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-head-'));
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    fs.writeFileSync(path.join(webDir, 'index.html'), TEMPLATE);
    t = await createTestApp('sqlite', { PUBLIC_URL: 'https://dialog.example.org' }, { webDir });
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("writes $&, $' and $` in a title as typed, without copying parts of the template", async () => {
    const title = "Preis $& Rabatt $' und $` Ende";
    const event = await publishedEvent(t, organizer, { title });
    const page = await t.app.inject({ url: `/events/${event.slug}` });
    expect(page.statusCode).toBe(200);
    const escaped = title.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    expect(page.body).toContain(`<title>${escaped} · CrossDialog</title>`);
    expect(page.body).toContain(`<meta property="og:title" content="${escaped}">`);
    // The template has one head, one body and one root element; a replacement pattern would copy them.
    expect(page.body.match(/<head>/g)).toHaveLength(1);
    expect(page.body.match(/<\/head>/g)).toHaveLength(1);
    expect(page.body.match(/<div id="root">/g)).toHaveLength(1);
    expect(page.body.match(/<title>/g)).toHaveLength(1);
  });

  it('builds og:url and the JSON-LD url from PUBLIC_URL, not from a Host header the caller chose', async () => {
    const event = await publishedEvent(t, organizer, { title: 'Kanonischer Tag' });
    const page = await t.app.inject({
      url: `/events/${event.slug}`,
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('evil.example');
    const expected = `https://dialog.example.org/events/${event.slug}`;
    expect(page.body).toContain(`<meta property="og:url" content="${expected}">`);
    expect(page.body).toContain(`"url":"${expected}"`);
  });
});
