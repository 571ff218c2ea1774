import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createParticipant, requestMagicLinkToken, signInParticipant } from '../people.js';

interface OutboxPage {
  mails: {
    id: string;
    kind: string;
    to: string;
    subject: string;
    status: string;
    createdAt: string;
    sentAt: string | null;
    textBody: string;
  }[];
  nextBefore: string | null;
}

describe.each(DIALECTS)('the outbox for organizers on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    // No SMTP_URL: mails are only logged, and organizers read them here.
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function page(query = ''): Promise<OutboxPage> {
    const response = await t.app.inject({ url: `/api/v1/admin/outbox${query}`, headers: organizer.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OutboxPage>();
  }

  it('shows a magic link mail with its text, and marks it logged after the worker ran', async () => {
    const person = await createParticipant(t);
    const token = await requestMagicLinkToken(t, person.email);
    const pending = (await page()).mails[0];
    expect(pending).toMatchObject({ kind: 'magic-link', to: person.email, status: 'pending', sentAt: null });
    expect(pending?.subject).toBe('Ihr Anmeldelink für CrossDialog');
    expect(pending?.textBody).toContain(token);

    expect(await t.mail.drain()).toBeGreaterThanOrEqual(1);
    const logged = (await page()).mails.find((m) => m.id === pending?.id);
    expect(logged).toMatchObject({ status: 'logged', sentAt: t.clock.now().toISOString() });
  });

  it('pages newest first with limit and before, without overlap or gaps', async () => {
    for (let i = 0; i < 4; i += 1) {
      t.clock.advance(1000);
      const person = await createParticipant(t, { email: `seite${i}@example.org` });
      await requestMagicLinkToken(t, person.email);
    }
    // Two more in the same millisecond: the order must still be stable across pages.
    t.clock.advance(1000);
    const a = await createParticipant(t, { email: 'gleichzeitig-a@example.org' });
    const b = await createParticipant(t, { email: 'gleichzeitig-b@example.org' });
    await requestMagicLinkToken(t, a.email);
    await requestMagicLinkToken(t, b.email);

    const all = (await page('?limit=100')).mails;
    const created = all.map((m) => m.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(all.slice(2, 6).map((m) => m.to)).toEqual([3, 2, 1, 0].map((i) => `seite${i}@example.org`));

    const seen: string[] = [];
    let before: string | null = null;
    do {
      const next: OutboxPage = await page(`?limit=2${before ? `&before=${before}` : ''}`);
      expect(next.mails.length).toBeLessThanOrEqual(2);
      seen.push(...next.mails.map((m) => m.id));
      before = next.nextBefore;
    } while (before);
    expect(seen).toEqual(all.map((m) => m.id));
  });

  it('names a bad limit, answers 404 for an unknown cursor, and is closed to participants', async () => {
    const bad = await t.app.inject({ url: '/api/v1/admin/outbox?limit=0', headers: organizer.headers });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('limit');
    const unknown = await t.app.inject({
      url: '/api/v1/admin/outbox?before=00000000-0000-4000-8000-000000000000',
      headers: organizer.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const participant = await signInParticipant(t);
    const refused = await t.app.inject({ url: '/api/v1/admin/outbox', headers: participant.headers });
    expect(refused.statusCode).toBe(403);
  });
});
