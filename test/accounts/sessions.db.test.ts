import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORGANIZER_PASSWORD, sessionCookie, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { nextRemoteAddress } from '../people.js';

const MINUTE = 60_000;

async function whoAmI(t: TestApp, headers: Record<string, string>): Promise<string> {
  const response = await t.app.inject({ url: '/api/v1/auth/session', headers });
  expect(response.statusCode).toBe(200);
  const body = response.json<{ via: string; person: { email: string } | null }>();
  return body.person ? body.person.email : body.via;
}

function signIn(
  t: TestApp,
  email: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress: nextRemoteAddress(),
    headers,
    payload: { email, password: ORGANIZER_PASSWORD },
  });
}

function setCookieHeader(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [header ?? ''];
  return all.find((c) => c.startsWith('cd_session=')) ?? '';
}

describe.each(DIALECTS)('sessions on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('issues a new session id at sign-in: a cookie from before is not valid after', async () => {
    const first = await t.signInOrganizer('rotation@example.org');
    expect(await whoAmI(t, first.headers)).toBe('rotation@example.org');

    // Signed in already, the caller is a person: the write needs the CSRF token like any other.
    const again = await signIn(t, 'rotation@example.org', first.headers);
    expect(again.statusCode).toBe(200);
    const second = sessionCookie(again);
    expect(second).not.toBe(first.headers.cookie);
    expect(await whoAmI(t, { cookie: first.headers.cookie! })).toBe('none');
    expect(await whoAmI(t, { cookie: second })).toBe('rotation@example.org');

    // A session id planted by someone else before sign-in (fixation) is never adopted.
    const planted = 'cd_session=vom-angreifer-gesetzt';
    const fixed = await signIn(t, 'rotation@example.org', { cookie: planted });
    expect(sessionCookie(fixed)).not.toBe(planted);
    expect(await whoAmI(t, { cookie: planted })).toBe('none');
  });

  it('destroys the session at sign-out and clears the cookie', async () => {
    const organizer = await t.signInOrganizer('abmelden@example.org');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(200);
    const cleared = response.cookies.find((c) => c.name === 'cd_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime() ?? 0).toBeLessThan(Date.now());
    expect(await whoAmI(t, organizer.headers)).toBe('none');
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/tokens',
      headers: organizer.headers,
      payload: { name: 'x' },
    });
    expect(write.statusCode).toBe(401);
  });

  it('ends a session left idle for longer than SESSION_IDLE_MINUTES (120)', async () => {
    const organizer: Caller = await t.signInOrganizer('leerlauf@example.org');
    // Activity keeps it alive well past 120 minutes in total…
    for (let i = 0; i < 3; i += 1) {
      t.clock.advance(110 * MINUTE);
      expect(await whoAmI(t, organizer.headers)).toBe('leerlauf@example.org');
    }
    // …but 120 minutes without a request end it.
    t.clock.advance(120 * MINUTE);
    expect(await whoAmI(t, organizer.headers)).toBe('none');
    const count = await t.database.handle.db
      .selectFrom('sessions')
      .innerJoin('people', 'people.id', 'sessions.personId')
      .where('people.email', '=', 'leerlauf@example.org')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ and not Secure over plain http', async () => {
    await t.services.accounts.createOrganizer({
      email: 'keks@example.org',
      firstName: 'K',
      lastName: 'S',
      organization: '',
      password: ORGANIZER_PASSWORD,
      locale: 'de',
    });
    const header = setCookieHeader(await signIn(t, 'keks@example.org'));
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Lax/i);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/i);
  });
});

describe.each(DIALECTS)('session limits by configuration on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      SESSION_ABSOLUTE_HOURS: '2',
      PUBLIC_URL: 'https://dialog.example.org',
    });
  });
  afterAll(async () => t.close());

  it('ends a session after SESSION_ABSOLUTE_HOURS however active it is', async () => {
    const organizer = await t.signInOrganizer('absolut@example.org');
    for (let elapsed = 50; elapsed < 120; elapsed += 50) {
      t.clock.advance(50 * MINUTE);
      expect(await whoAmI(t, organizer.headers)).toBe('absolut@example.org');
    }
    t.clock.advance(25 * MINUTE);
    expect(await whoAmI(t, organizer.headers)).toBe('none');
  });

  it('marks the cookie Secure when PUBLIC_URL is https, with a lifetime of the absolute limit', async () => {
    await t.services.accounts.createOrganizer({
      email: 'sicher@example.org',
      firstName: 'S',
      lastName: 'S',
      organization: '',
      password: ORGANIZER_PASSWORD,
      locale: 'de',
    });
    const header = setCookieHeader(await signIn(t, 'sicher@example.org'));
    expect(header).toMatch(/; Secure/i);
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; Max-Age=7200/i);
  });
});
