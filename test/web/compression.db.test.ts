import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../scripts/precompress.js';
import { DIALECTS } from '../db.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';

/** The body as the client reads it after undoing the Content-Encoding. */
function decoded(response: LightMyRequestResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(response.rawPayload);
    case 'gzip':
      return gunzipSync(response.rawPayload);
    case undefined:
      return response.rawPayload;
    default:
      throw new Error(`unexpected content-encoding ${String(response.headers['content-encoding'])}`);
  }
}

const CHUNK = Array.from({ length: 300 }, (_, i) => `export const part${i} = "Abschnitt ${i}";`).join('\n');

describe.each(DIALECTS)('compressed answers on %s', (dialect) => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-compression-'));
  let t: TestApp;
  let slug: string | undefined;

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html>\n<html lang="de">\n  <head>\n    <title>CrossDialog</title>\n  </head>\n  <body><div id="root"></div><script type="module" src="/assets/index-Zz12Yy34.js"></script></body>\n</html>\n',
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'index-Zz12Yy34.js'), CHUNK);
    precompressFile(path.join(webDir, 'assets', 'index-Zz12Yy34.js'));
    t = await createTestApp(dialect, {}, { webDir });
    const organizer = await t.signInOrganizer();
    // Four events, so that the public list too is well above the 1 kB threshold.
    for (const title of ['Kompressionstag', 'Wasserstofftag', 'Logistiktag', 'Energietag']) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/events',
        headers: organizer.headers,
        payload: buildEventInput({
          title,
          description: 'Über Branchengrenzen hinweg: Gespräche, Inseln und Treffen. '.repeat(40),
        }),
      });
      expect(created.statusCode, created.body).toBe(201);
      const event = created.json<{ id: string; slug: string }>();
      slug ??= event.slug;
      const publish = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/events/${event.id}/publish`,
        headers: organizer.headers,
      });
      expect(publish.statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('compresses JSON above 1 kB by Accept-Encoding; decoded, every form is the plain answer', async () => {
    for (const url of [`/api/v1/events/${slug!}`, '/api/v1/events']) {
      const plain = await t.app.inject({ url });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.length).toBeGreaterThan(1024);

      const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(decoded(br).equals(plain.rawPayload)).toBe(true);

      const gzip = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(decoded(gzip).equals(plain.rawPayload)).toBe(true);

      const refused = await t.app.inject({ url, headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.rawPayload.equals(plain.rawPayload)).toBe(true);
    }
  });

  it('sends answers under 1 kB as they are', async () => {
    const response = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('compresses the event page HTML with its server-made head', async () => {
    const url = `/events/${slug!}`;
    const plain = await t.app.inject({ url });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('<title>Kompressionstag · CrossDialog</title>');
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const response = await t.app.inject({ url, headers: { 'accept-encoding': encoding } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(decoded(response).equals(plain.rawPayload)).toBe(true);
    }
  });

  it('serves the build’s precompressed assets with the security headers of every answer', async () => {
    const url = '/assets/index-Zz12Yy34.js';
    const response = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const onDisk = fs.readFileSync(path.join(webDir, 'assets', 'index-Zz12Yy34.js.br'));
    expect(response.rawPayload.equals(onDisk)).toBe(true);
    expect(decoded(response).toString()).toBe(CHUNK);
  });
});
