import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret, newId, newSecret } from '../../src/server/ids.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { createParticipant } from '../people.js';

/**
 * Issue 14, low findings: TRUST_PROXY=true trusted every X-Forwarded-For hop, and the session cookie was
 * Secure only with an https PUBLIC_URL or request, so not behind a TLS proxy with default settings.
 */
describe('behind a reverse proxy', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((t) => t.close()));
  });

  async function app(env: Record<string, string>) {
    const t = await createTestApp('sqlite', env);
    apps.push(t);
    return t;
  }

  /** Signs in with a one-time link (no password hashing: fast); what the session cookie and record say. */
  async function signIn(t: TestApp, headers: Record<string, string>, remoteAddress = '127.0.0.1') {
    const person = await createParticipant(t);
    const secret = newSecret();
    const now = t.clock.now();
    await t.database.handle.db
      .insertInto('magicLinks')
      .values({
        id: newId(),
        tokenHash: hashSecret(secret),
        personId: person.id,
        redirectTo: '/me/events',
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 600_000).toISOString(),
        usedAt: null,
      })
      .execute();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link/consume',
      remoteAddress,
      headers,
      payload: { token: secret },
    });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'cd_session');
    const session = await t.database.handle.db
      .selectFrom('sessions')
      .select('ip')
      .where('id', '=', hashSecret(cookie?.value ?? ''))
      .executeTakeFirstOrThrow();
    return { secure: cookie?.secure === true, ip: session.ip };
  }

  let oneProxy: TestApp;

  it('believes only as many X-Forwarded-For hops as there are proxies', async () => {
    oneProxy = await app({ TRUST_PROXY: 'true' });
    // The client wrote 6.6.6.6 itself; the proxy appended the address it saw.
    const seen = await signIn(oneProxy, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(seen.ip).toBe('203.0.113.9');

    const twoProxies = await app({ TRUST_PROXY: '2' });
    const behindTwo = await signIn(twoProxies, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' });
    expect(behindTwo.ip).toBe('203.0.113.9');

    const listed = await app({ TRUST_PROXY: '10.0.0.0/8' });
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect((await signIn(listed, { 'x-forwarded-for': '6.6.6.6' }, '198.51.100.7')).ip).toBe('198.51.100.7');
    expect((await signIn(listed, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }, '10.1.2.3')).ip).toBe(
      '203.0.113.9',
    );
  });

  it('sets the Secure flag when the original request was https', async () => {
    expect((await signIn(oneProxy, { 'x-forwarded-proto': 'https' })).secure).toBe(true);
    expect((await signIn(oneProxy, { 'x-forwarded-proto': 'http' })).secure).toBe(false);
  });

  it('makes the session cookie Secure in production behind a TLS proxy with default settings', async () => {
    const t = await app({ NODE_ENV: 'production' });
    expect((await signIn(t, { host: 'dialog.example.org' })).secure).toBe(true);
    // On the machine itself (http://localhost) the browser would drop a Secure cookie: none there.
    expect((await signIn(t, { host: 'localhost:3000' })).secure).toBe(false);
    const plain = await app({ NODE_ENV: 'production', PUBLIC_URL: 'http://intranet.example:3000' });
    expect((await signIn(plain, { host: 'intranet.example:3000' })).secure).toBe(false);
  });

  it('refuses a TRUST_PROXY that is neither a switch, a count nor addresses', async () => {
    await expect(createTestApp('sqlite', { TRUST_PROXY: 'everyone' })).rejects.toThrow();
  });
});
