import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORGANIZER_PASSWORD, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { errorCode, nextRemoteAddress } from '../people.js';

const FIFTEEN_MINUTES = 15 * 60_000;

// Every sign-in verifies an argon2id hash (64 MiB, about a second on a busy machine): generous timeouts.
describe.each(DIALECTS)('organizer sign-in on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  async function createOrganizer(email: string) {
    await t.services.accounts.createOrganizer({
      email,
      firstName: 'Olga',
      lastName: 'Organisatorin',
      organization: 'Netzwerk',
      password: ORGANIZER_PASSWORD,
      locale: 'de',
    });
  }

  function signIn(email: string, password: string, remoteAddress = nextRemoteAddress()) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress,
      payload: { email, password },
    });
  }

  it('says the same for an unknown address and a wrong password', async () => {
    await createOrganizer('gleich@example.org');
    const unknown = await signIn('niemand@example.org', 'Irgendein-Passwort-123');
    const wrong = await signIn('gleich@example.org', 'Falsches-Passwort-123');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.json()).toEqual({
      error: { code: 'sign_in_failed', message: 'E-Mail-Adresse oder Passwort ist falsch.' },
    });
    expect(unknown.cookies.find((c) => c.name === 'cd_session')).toBeUndefined();
  });

  it('signs in with the right password, whatever the case of the address', async () => {
    await createOrganizer('gross@example.org');
    const response = await signIn('Gross@Example.org', ORGANIZER_PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ person: { email: string; role: string }; csrfToken: string }>();
    expect(body.person).toMatchObject({ email: 'gross@example.org', role: 'organizer' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('locks an account for one address after 5 failures, never for its owner at another address', async () => {
    await createOrganizer('gesperrt@example.org');
    // Issue 14: five failures used to lock the account from anywhere (a lockout anyone could cause).
    const attacker = '2001:db8:7:1::1';
    const spellings = ['gesperrt@example.org', 'Gesperrt@Example.org', 'GESPERRT@example.ORG'];
    for (let i = 0; i < 5; i += 1) {
      const wrong = await signIn(spellings[i % 3] ?? '', `Falsch-${i}-Passwort`, attacker);
      expect(wrong.statusCode).toBe(401);
    }
    // The right password from the attacker's address, another spelling, or another address of the
    // same IPv6 /64: refused.
    for (const [email, address] of [
      ['gesperrt@example.org', attacker],
      ['GESPERRT@EXAMPLE.ORG', attacker],
      ['gesperrt@example.org', '2001:db8:7:1:abcd::99'],
    ] as const) {
      const locked = await signIn(email, ORGANIZER_PASSWORD, address);
      expect(locked.statusCode, `${email} from ${address}`).toBe(429);
      expect(errorCode(locked)).toBe('rate_limited');
      expect(locked.json<{ error: { message: string } }>().error.message).toContain('Zu viele Versuche');
    }
    // The owner at their own address signs in.
    const owner = await signIn('gesperrt@example.org', ORGANIZER_PASSWORD);
    expect(owner.statusCode, owner.body).toBe(200);

    t.clock.advance(FIFTEEN_MINUTES - 60_000);
    expect((await signIn('gesperrt@example.org', ORGANIZER_PASSWORD, attacker)).statusCode).toBe(429);
    t.clock.advance(60_001);
    const again = await signIn('gesperrt@example.org', ORGANIZER_PASSWORD, attacker);
    expect(again.statusCode, again.body).toBe(200);
  }, 90_000);

  it('locks an address after 10 failures over all accounts (password spraying)', async () => {
    await createOrganizer('anderes-konto@example.org');
    const attacker = nextRemoteAddress();
    const tries = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(`opfer${i}@example.org`, 'Rate-mal-Passwort', attacker)),
    );
    expect(tries.map((r) => r.statusCode)).toEqual(Array<number>(10).fill(401));
    const blocked = await signIn('anderes-konto@example.org', ORGANIZER_PASSWORD, attacker);
    expect(blocked.statusCode).toBe(429);
    // The account itself is not locked: from another address it signs in.
    expect((await signIn('anderes-konto@example.org', ORGANIZER_PASSWORD)).statusCode).toBe(200);

    t.clock.advance(FIFTEEN_MINUTES + 1);
    const later = await signIn('anderes-konto@example.org', ORGANIZER_PASSWORD, attacker);
    expect(later.statusCode, later.body).toBe(200);
  }, 90_000);

  it('refuses an account that was guessed at from many addresses 50 times within 15 minutes', async () => {
    await createOrganizer('verteilt@example.org');
    // 49 failures from 49 addresses (stored as the sign-in would store them), then the 50th for real.
    const now = t.clock.now().toISOString();
    await t.database.handle.db
      .insertInto('signInFailures')
      .values(
        Array.from({ length: 49 }, (_, i) => ({
          id: `verteilt-${i}`,
          key: 'email:verteilt@example.org',
          createdAt: now,
        })),
      )
      .execute();
    expect((await signIn('verteilt@example.org', 'Falsches-Passwort-50')).statusCode).toBe(401);
    expect((await signIn('verteilt@example.org', ORGANIZER_PASSWORD)).statusCode).toBe(429);
    t.clock.advance(FIFTEEN_MINUTES + 1);
    expect((await signIn('verteilt@example.org', ORGANIZER_PASSWORD)).statusCode).toBe(200);
  }, 60_000);

  it('names the invalid field of a malformed sign-in in the request language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextRemoteAddress(),
      headers: { 'accept-language': 'en' },
      payload: { email: 'keine-adresse', password: '' },
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'password']);
    expect(fields.find((f) => f.field === 'email')?.message).toBe('Please enter a valid email address.');
  });
});
