import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../../src/server/clock.js';
import { configSchema } from '../../src/server/config.js';
import { createSigner, loadInstallationSecret } from '../../src/server/installation-secret.js';
import { registerAuth } from '../../src/server/plugins/auth.js';
import {
  createGuestStore,
  ensureGuestId,
  GUEST_COOKIE,
  registerGuestStore,
  resolveLiveViewer,
} from '../../src/server/live/index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../db.js';

describe.each(DIALECTS)('server-issued guest identity on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const config = configSchema.parse({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const clock = createFixedClock(new Date('2026-11-25T10:00:00.000Z'));
    app = Fastify();
    await app.register(fastifyCookie);
    registerAuth(app, { db: database.handle.db, config, clock });
    const signer = createSigner(await loadInstallationSecret(database.handle.db, 'guest-cookie'));
    registerGuestStore(app, createGuestStore({ db: database.handle.db, config, clock, signer }));
    app.post('/guest', async (request, reply) => {
      const guestId = await ensureGuestId(request, reply);
      return { guestId, viewer: await resolveLiveViewer(request) };
    });
    app.get('/viewer', async (request) => resolveLiveViewer(request));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('issues an id once in a persistent httpOnly SameSite=Lax cookie and recognizes it later', async () => {
    const first = await app.inject({ method: 'POST', url: '/guest' });
    const { guestId, viewer } = first.json<{ guestId: string; viewer: unknown }>();
    expect(viewer).toEqual({ personId: null, guestId, isOrganizer: false, address: '127.0.0.1' });
    const cookie = first.cookies.find((c) => c.name === GUEST_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // Persistent (survives closing the browser): a long Max-Age, not a session cookie.
    expect(cookie?.maxAge).toBeGreaterThan(300 * 24 * 3600);
    // Signed by the server: the id with an HMAC under the installation's key.
    expect(cookie?.value).toMatch(new RegExp(`^g1\\.${guestId}\\.[A-Za-z0-9_-]{43}$`));

    const again = await app.inject({
      method: 'POST',
      url: '/guest',
      headers: { cookie: `${GUEST_COOKIE}=${cookie?.value}` },
    });
    expect(again.json<{ guestId: string }>().guestId).toBe(guestId);
    expect(again.cookies.find((c) => c.name === GUEST_COOKIE)).toBeUndefined();

    const viewerLater = await app.inject({
      url: '/viewer',
      headers: { cookie: `${GUEST_COOKIE}=${cookie?.value}` },
    });
    expect(viewerLater.json()).toMatchObject({ personId: null, guestId, isOrganizer: false });
    const stored = await database.handle.db.selectFrom('liveGuests').select(['id', 'tokenHash']).execute();
    expect(stored.map((r) => r.id)).toContain(guestId);
    expect(stored.map((r) => r.tokenHash)).not.toContain(cookie?.value);
  });

  it('ignores a forged or unknown cookie and issues a new identity', async () => {
    const viewer = await app.inject({ url: '/viewer', headers: { cookie: `${GUEST_COOKIE}=forged` } });
    expect(viewer.json()).toMatchObject({ personId: null, guestId: null, isOrganizer: false });
    const issued = await app.inject({
      method: 'POST',
      url: '/guest',
      headers: { cookie: `${GUEST_COOKIE}=forged` },
    });
    expect(issued.cookies.find((c) => c.name === GUEST_COOKIE)?.value).not.toBe('forged');
  });
});
