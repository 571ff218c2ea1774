import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, sessionCookie, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { errorCode, latestMail, nextRemoteAddress, secretFromText } from '../people.js';

const GOOD_PASSWORD = 'Elbufer-Laderampe-Zukunft-2027';

describe.each(DIALECTS)('organizer invitations on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function invite(email: string, locale: 'de' | 'en' = 'de'): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizers/invites',
      headers: organizer.headers,
      payload: { email, locale },
    });
    expect(response.statusCode, response.body).toBe(201);
    const mail = await latestMail(t, email, 'organizer-invite');
    expect(mail, 'the invitation is in the outbox').toBeDefined();
    return secretFromText(mail!.textBody, /\/invite\/([A-Za-z0-9_%-]+)/);
  }

  function accept(token: string, password: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invites/accept',
      remoteAddress: nextRemoteAddress(),
      payload: {
        token,
        firstName: 'Nora',
        lastName: 'Neu',
        organization: 'Hochschule',
        password,
        privacyConsent: true,
      },
    });
  }

  it('invites by mail; a weak password is refused by name; a good one creates an organizer with consent', async () => {
    const token = await invite('nora.neu@example.org');
    const mail = await latestMail(t, 'nora.neu@example.org', 'organizer-invite');
    expect(mail?.subject).toBe('Einladung als Organisator bei CrossDialog');
    const shown = await t.app.inject(`/api/v1/auth/invites/${token}`);
    expect(shown.json()).toEqual({ email: 'nora.neu@example.org' });

    for (const [password, code] of [
      ['kurz-123', 'password_too_short'],
      ['123456789012', 'password_common'],
    ] as const) {
      const weak = await accept(token, password);
      expect(weak.statusCode).toBe(422);
      const fields = weak.json<{ error: { fields: { field: string; code: string; message: string }[] } }>()
        .error.fields;
      expect(fields).toEqual([expect.objectContaining({ field: 'password', code })]);
      expect(fields[0]?.message).toMatch(/Passwort/);
    }

    const accepted = await accept(token, GOOD_PASSWORD);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ person: { role: string } }>().person.role).toBe('organizer');

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextRemoteAddress(),
      payload: { email: 'nora.neu@example.org', password: GOOD_PASSWORD },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const headers = {
      cookie: sessionCookie(signIn),
      'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken,
    };
    expect((await t.app.inject({ url: '/api/v1/admin/events', headers })).statusCode).toBe(200);

    const exported = await t.app.inject({ url: '/api/v1/me/export', headers });
    const consents = exported.json<{ consents: { kind: string; granted: boolean; textVersion: string }[] }>()
      .consents;
    expect(consents).toEqual([
      expect.objectContaining({ kind: 'privacy', granted: true, textVersion: 'privacy/de/v0' }),
    ]);

    const list = await t.app.inject({ url: '/api/v1/admin/organizers', headers: organizer.headers });
    const body = list.json<{
      organizers: { email: string }[];
      invites: { email: string; acceptedAt: string | null }[];
    }>();
    expect(body.organizers.map((o) => o.email)).toContain('nora.neu@example.org');
    expect(body.invites.find((i) => i.email === 'nora.neu@example.org')?.acceptedAt).not.toBeNull();
  });

  it('records the consent against the notice in the language of the invitation', async () => {
    const token = await invite('english@example.org', 'en');
    const mail = await latestMail(t, 'english@example.org', 'organizer-invite');
    expect(mail?.subject).toBe('Invitation to organize on CrossDialog');
    expect((await accept(token, GOOD_PASSWORD)).statusCode).toBe(200);
    const consent = await t.database.handle.db
      .selectFrom('consents')
      .innerJoin('people', 'people.id', 'consents.personId')
      .select('consents.textVersion')
      .where('people.email', '=', 'english@example.org')
      .executeTakeFirstOrThrow();
    expect(consent.textVersion).toBe('privacy/en/v0');
  });

  it('refuses to invite an address that already belongs to an organizer', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizers/invites',
      headers: organizer.headers,
      payload: { email: 'organizer1@example.org' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('email');
  });

  async function peopleWithEmail(email: string) {
    return t.database.handle.db
      .selectFrom('people')
      .select(['id', 'role', 'firstName'])
      .where('email', '=', email)
      .execute();
  }

  it('accepted twice at the same moment: one account, the other acceptance is told the link is used (410)', async () => {
    const token = await invite('doppelt@example.org');
    const [first, second] = await Promise.all([
      accept(token, GOOD_PASSWORD),
      accept(token, 'Zweites-Passwort-Elbwiesen-2027'),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 410]);
    const loser = first.statusCode === 410 ? first : second;
    expect(errorCode(loser)).toBe('link_invalid');
    expect(loser.json<{ error: { message: string } }>().error.message).toMatch(/Link/);
    expect(await peopleWithEmail('doppelt@example.org')).toEqual([
      expect.objectContaining({ role: 'organizer' }),
    ]);
    // The winner's password is the one that works.
    const winnerPassword = first.statusCode === 200 ? GOOD_PASSWORD : 'Zweites-Passwort-Elbwiesen-2027';
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextRemoteAddress(),
      payload: { email: 'doppelt@example.org', password: winnerPassword },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
  });

  it('a failure half-way leaves neither an account nor a used invitation: accepting again works', async () => {
    const token = await invite('halbwegs@example.org');
    const recordConsent = vi
      .spyOn(t.services.privacy, 'recordConsent')
      .mockRejectedValueOnce(new Error('disk full'));
    try {
      const failed = await accept(token, GOOD_PASSWORD);
      expect(failed.statusCode).toBe(500);
    } finally {
      recordConsent.mockRestore();
    }
    expect(await peopleWithEmail('halbwegs@example.org')).toEqual([]);
    expect((await t.app.inject(`/api/v1/auth/invites/${token}`)).statusCode).toBe(200);

    const again = await accept(token, GOOD_PASSWORD);
    expect(again.statusCode, again.body).toBe(200);
    expect(await peopleWithEmail('halbwegs@example.org')).toEqual([
      expect.objectContaining({ role: 'organizer', firstName: 'Nora' }),
    ]);
  });

  it('is not thrown off by someone registering with the same address at the same moment', async () => {
    // A registration that inserts the person between the lookup and the insert makes the insert hit
    // the unique index; the whole transaction rolls back and the second go upgrades that person.
    const token = await invite('zeitgleich@example.org');
    const race = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: dialect === 'postgres' ? '23505' : 'SQLITE_CONSTRAINT_UNIQUE',
    });
    const recordConsent = vi.spyOn(t.services.privacy, 'recordConsent').mockRejectedValueOnce(race);
    try {
      const accepted = await accept(token, GOOD_PASSWORD);
      expect(accepted.statusCode, accepted.body).toBe(200);
    } finally {
      recordConsent.mockRestore();
    }
    expect(await peopleWithEmail('zeitgleich@example.org')).toEqual([
      expect.objectContaining({ role: 'organizer', firstName: 'Nora' }),
    ]);
    expect((await accept(token, GOOD_PASSWORD)).statusCode).toBe(410);
  });

  // Last: it moves the clock past the organizer's session.
  it('lets an invitation be used once and not after 7 days', async () => {
    const token = await invite('einmal@example.org');
    expect((await accept(token, GOOD_PASSWORD)).statusCode).toBe(200);
    const twice = await accept(token, GOOD_PASSWORD);
    expect(twice.statusCode).toBe(410);
    expect(errorCode(twice)).toBe('link_invalid');

    const late = await invite('spaet@example.org');
    t.clock.advance(7 * 86_400_000 + 1);
    expect((await accept(late, GOOD_PASSWORD)).statusCode).toBe(410);
    expect((await t.app.inject(`/api/v1/auth/invites/${late}`)).statusCode).toBe(410);
  });
});
