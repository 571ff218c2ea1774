import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { dumpEveryTable } from './schema-dump.js';
import { nextRemoteAddress, requestMagicLinkToken } from '../people.js';
import { createLiveSession } from '../qa/helpers.js';
import { CONFIRM_LINK, linkFromMail, publishedEvent, registrationBody } from '../registration/helpers.js';

const EMAIL = 'zacharias.quellenstein@example.org';
const FIRST = 'Zacharias';
const LAST = 'Quellenstein';
const PHONE = '+49 351 4711 0815';
/** What must not be found anywhere after the erasure (compared lower-case). */
const TRACES = [EMAIL, FIRST, LAST, PHONE].map((s) => s.toLowerCase());

describe.each(DIALECTS)('erasure leaves nothing of the person in any table on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
  });
  afterAll(async () => t.close());

  it('walks the whole schema after "delete my account"', async () => {
    const organizer = await t.signInOrganizer();
    const event = await publishedEvent(t, organizer);
    const me = registrationBody({ email: EMAIL, firstName: FIRST, lastName: LAST, phone: PHONE });
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.slug}/registrations`,
      remoteAddress: nextRemoteAddress(),
      payload: me,
    });
    expect(registered.statusCode).toBe(201);
    const confirm = await linkFromMail(t, EMAIL, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({ method: 'POST', url: '/api/v1/registrations/confirm', payload: { token: confirm } });
    // Registering again mails the personal link again.
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.slug}/registrations`,
      remoteAddress: nextRemoteAddress(),
      payload: { ...me },
    });
    // A wrong organizer password for the address, and an invitation to become organizer.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextRemoteAddress(),
      payload: { email: EMAIL, password: 'ganz-falsches-Passwort' },
    });
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizers/invites',
      headers: organizer.headers,
      payload: { email: EMAIL, locale: 'de' },
    });
    expect(invited.statusCode).toBe(201);
    // Signed in by mailed link, a named question sent with an Idempotency-Key (its answer is kept).
    const token = await requestMagicLinkToken(t, EMAIL);
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link/consume',
      payload: { token },
    });
    const person = {
      cookie: sessionCookie(signedIn),
      'x-csrf-token': signedIn.json<{ csrfToken: string }>().csrfToken,
    };
    const { sessionId } = await createLiveSession(t, organizer);
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/questions`,
      headers: { ...person, 'idempotency-key': 'frage-von-zacharias-1' },
      payload: { text: 'Wann kommt der Wasserstoff?', anonymous: false },
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.body).toContain(LAST);
    await t.mail.drain();

    // "Download my data" has the mails sent to the person, with no link that works.
    const exported = await t.app.inject({ url: '/api/v1/me/export', headers: person });
    const mails = exported.json<{ mails: { kind: string; text: string }[] }>().mails;
    expect(mails.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['registration-optin', 'registration-ticket', 'magic-link', 'organizer-invite']),
    );
    expect(exported.body).not.toContain(confirm);
    expect(exported.body).not.toContain(token);
    expect(exported.json<{ invitations: unknown[] }>().invitations).toHaveLength(1);

    const before = await dumpEveryTable(t);
    const tablesWithTraces = [...before].filter(([, text]) => TRACES.some((s) => text.includes(s)));
    expect(tablesWithTraces.length).toBeGreaterThan(5);

    const erased = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: person });
    expect(erased.statusCode).toBe(200);

    const after = await dumpEveryTable(t);
    const left = [...after]
      .filter(([, text]) => TRACES.some((s) => text.includes(s)))
      .map(([name, text]) => `${name}: ${TRACES.filter((s) => text.includes(s)).join(', ')}`);
    expect(left).toEqual([]);
  });
});
