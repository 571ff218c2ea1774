import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventService } from '../features/events/index.js';
import { precompressFile } from '../../../scripts/precompress.js';
import { registerCompression } from '../plugins/compression.js';
import { registerI18n } from '../plugins/i18n.js';
import { IMMUTABLE_CACHE_CONTROL, registerWebShell, webStaticOptions } from './shell.js';

const LARGE_CHUNK = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i * 7};`).join('\n');

// A built web app as `vite build` lays it out: the page shell, hashed chunks under assets/, and
// unhashed files (service worker, web manifest) beside them.
describe('serving the built web app', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-web-'));
  let app: FastifyInstance;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html>\n<html lang="de">\n  <head>\n    <title>CrossDialog</title>\n  </head>\n  <body><script type="module" src="/assets/index-Ab12Cd34.js"></script></body>\n</html>\n',
    );
    fs.writeFileSync(path.join(dir, 'assets', 'index-Ab12Cd34.js'), 'import("./event-page-Ef56Gh78.js");\n');
    fs.writeFileSync(path.join(dir, 'assets', 'event-page-Ef56Gh78.js'), 'export const EventPage = 1;\n');
    fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
    // A chunk large enough to be precompressed, as the build's precompress plugin leaves it.
    fs.writeFileSync(path.join(dir, 'assets', 'vendor-Ij90Kl12.js'), LARGE_CHUNK);
    precompressFile(path.join(dir, 'assets', 'vendor-Ij90Kl12.js'));

    app = Fastify();
    registerI18n(app);
    // The order of app.ts: files, then the compression hook for everything registered after it.
    await app.register(fastifyStatic, webStaticOptions(dir));
    await registerCompression(app);
    const events = {
      getEventBySlug: () => Promise.reject(new Error('not found')),
    } as unknown as EventService;
    registerWebShell(app, { webDir: dir, events, baseUrl: 'http://localhost:3000' });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets browsers keep the hashed entry and page chunks for a year', async () => {
    for (const file of ['/assets/index-Ab12Cd34.js', '/assets/event-page-Ef56Gh78.js']) {
      const response = await app.inject({ url: file });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    }
  });

  it('revalidates the service worker and the page shell', async () => {
    const worker = await app.inject({ url: '/sw.js' });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['cache-control']).not.toContain('immutable');

    const page = await app.inject({ url: '/events/some-event', headers: { 'accept-language': 'en' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('src="/assets/index-Ab12Cd34.js"');
  });

  it('answers a chunk of an older build with 404, not with the page shell', async () => {
    const response = await app.inject({ url: '/assets/event-page-Old00000.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).not.toContain('text/html');
  });

  it('sends the precompressed brotli or gzip file of a chunk by Accept-Encoding, the same bytes decoded', async () => {
    const url = '/assets/vendor-Ij90Kl12.js';
    expect(fs.existsSync(path.join(dir, 'assets', 'vendor-Ij90Kl12.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'vendor-Ij90Kl12.js.gz'))).toBe(true);
    const plain = await app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(LARGE_CHUNK);

    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    // The very file the build wrote, not one compressed while serving.
    expect(br.rawPayload.equals(fs.readFileSync(path.join(dir, 'assets', 'vendor-Ij90Kl12.js.br')))).toBe(
      true,
    );
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(LARGE_CHUNK);

    const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.equals(fs.readFileSync(path.join(dir, 'assets', 'vendor-Ij90Kl12.js.gz')))).toBe(
      true,
    );
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(LARGE_CHUNK);
  });

  it('sends a small chunk as it is: no compressed copy is made below 1 kB', async () => {
    expect(fs.existsSync(path.join(dir, 'assets', 'index-Ab12Cd34.js.br'))).toBe(false);
    const response = await app.inject({
      url: '/assets/index-Ab12Cd34.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('import("./event-page-Ef56Gh78.js");\n');
  });
});
