import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  createParticipant,
  errorCode,
  latestMail,
  nextRemoteAddress,
  requestMagicLinkToken,
} from '../people.js';

describe.each(DIALECTS)('magic links on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dialog.example.org' });
  });
  afterAll(async () => t.close());

  function requestLink(email: string, locale = 'de') {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link',
      remoteAddress: nextRemoteAddress(),
      headers: { 'accept-language': locale },
      payload: { email },
    });
  }

  function consume(token: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link/consume',
      remoteAddress: nextRemoteAddress(),
      payload: { token },
    });
  }

  async function outboxCount(): Promise<number> {
    const row = await t.database.handle.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('answers an unknown address exactly like a known one and sends nothing', async () => {
    const person = await createParticipant(t);
    const before = await outboxCount();
    const unknown = await requestLink('unbekannt@example.org');
    expect(unknown.statusCode).toBe(202);
    expect(await outboxCount()).toBe(before);

    const known = await requestLink(person.email);
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(unknown.json<{ message: string }>().message).toContain('Anmeldelink');
    expect(await outboxCount()).toBe(before + 1);
  });

  it('mails a German link to a German participant that signs in once', async () => {
    const person = await createParticipant(t, { firstName: 'Jürgen' });
    const token = await requestMagicLinkToken(t, person.email);
    const mail = await latestMail(t, person.email, 'magic-link');
    expect(mail?.subject).toBe('Ihr Anmeldelink für CrossDialog');
    expect(mail?.textBody).toContain('Guten Tag Jürgen Teilnehmerin,');
    expect(mail?.textBody).toContain('https://dialog.example.org/auth/magic?token=');
    expect(mail?.htmlBody).toContain('Jetzt anmelden');

    const first = await consume(token);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json<{ person: { email: string; role: string }; redirectTo: string }>();
    expect(body.person).toMatchObject({ email: person.email, role: 'participant' });
    expect(body.redirectTo).toBe('/me/events');
    const session = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: sessionCookie(first) },
    });
    expect(session.json<{ person: { email: string } }>().person.email).toBe(person.email);

    const second = await consume(token);
    expect(second.statusCode).toBe(410);
    expect(errorCode(second)).toBe('link_invalid');
    expect(second.cookies.find((c) => c.name === 'cd_session')).toBeUndefined();
  });

  it('writes in English to a participant who chose English', async () => {
    const person = await createParticipant(t, { locale: 'en' });
    await requestMagicLinkToken(t, person.email);
    const mail = await latestMail(t, person.email, 'magic-link');
    expect(mail?.subject).toBe('Your sign-in link for CrossDialog');
    expect(mail?.locale).toBe('en');
  });

  it('refuses an expired link (after 30 minutes) and an unknown one with 410', async () => {
    const person = await createParticipant(t);
    const token = await requestMagicLinkToken(t, person.email);
    t.clock.advance(30 * 60_000 + 1);
    const expired = await consume(token);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ error: { message: string } }>().error.message).toBe(
      'Dieser Link ist ungültig oder abgelaufen.',
    );
    expect((await consume('a'.repeat(43))).statusCode).toBe(410);
  });

  it('keeps the redirect on this site and returns to the page sign-in started from', async () => {
    const person = await createParticipant(t);
    for (const redirectTo of [
      '//evil.example.com/',
      '/\\evil.example.com',
      '/\t/evil.example.com',
      'https://evil.example.com/',
      'javascript:alert(1)',
    ]) {
      const offsite = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/magic-link',
        remoteAddress: nextRemoteAddress(),
        payload: { email: person.email, redirectTo },
      });
      expect(offsite.statusCode, redirectTo).toBe(422);
      expect(offsite.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe(
        'redirectTo',
      );
    }
    const token = await requestMagicLinkToken(t, person.email, '/events/some-event/meetings?tab=mine');
    const signedIn = await consume(token);
    expect(signedIn.json<{ redirectTo: string }>().redirectTo).toBe('/events/some-event/meetings?tab=mine');
  });
});
