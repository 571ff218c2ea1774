import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { requestMagicLinkToken } from '../people.js';
import { CONFIRM_LINK, linkFromMail, publishedEvent, register } from '../registration/helpers.js';
import { dumpEveryTable } from './schema-dump.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(DIALECTS)('the retention job (fixed clock) on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
  });
  afterAll(async () => t.close());

  const rows = async (table: 'magicLinks' | 'idempotencyKeys' | 'liveGuests' | 'outbox' | 'sessions') =>
    (await t.database.handle.db.selectFrom(table).selectAll().execute()).length;

  it('purges each kind of data after its own period, keeps what still serves, and records each run', async () => {
    const organizer = await t.signInOrganizer();
    const event = await publishedEvent(t, organizer, { capacity: 10 });
    const lapsed = await register(t, event.slug, { firstName: 'Ludwig', lastName: 'Verfallen' });
    const kept = await register(t, event.slug, { firstName: 'Berta', lastName: 'Bleibt' });
    const token = await linkFromMail(t, kept.email, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/registrations/confirm',
      headers: { 'idempotency-key': 'bestaetigung-berta-1' },
      payload: { token },
    });
    await requestMagicLinkToken(t, kept.email);
    await t.app.liveGuests.issue('192.0.2.1');
    await t.mail.drain();
    expect(await rows('idempotencyKeys')).toBe(1);
    expect(await rows('liveGuests')).toBe(1);

    // Three hours on: the unconfirmed seat lapsed (UNCONFIRMED_HOLD_HOURS), the sign-in link expired.
    t.clock.advance(3 * HOUR);
    await t.registrationJobs.runDueJobs();
    const first = await t.retention.run();
    expect(first).toMatchObject({
      signInLinks: 1,
      unconfirmedRegistrations: 0,
      people: 0,
      mails: 0,
      idempotencyKeys: 0,
    });
    expect(await rows('magicLinks')).toBe(0);

    // Eight days on: the lapsed registration and the person it brought are gone, idempotency answers too.
    t.clock.advance(8 * DAY);
    const second = await t.retention.run();
    expect(second).toMatchObject({ unconfirmedRegistrations: 1, people: 1, idempotencyKeys: 1, mails: 0 });
    const dump = [...(await dumpEveryTable(t))].filter(([, text]) =>
      text.includes(lapsed.email.toLowerCase()),
    );
    expect(dump.map(([name]) => name)).toEqual([]);
    const remaining = await t.database.handle.db
      .selectFrom('registrations')
      .select(['email', 'status'])
      .execute();
    expect(remaining).toEqual([{ email: kept.email, status: 'confirmed' }]);
    // The organizer's session ended long ago (idle), so it was purged.
    expect(await rows('sessions')).toBe(0);

    // A month on: sent mails are purged; half a year on: the guest nobody saw again.
    const mailsBefore = await rows('outbox');
    expect(mailsBefore).toBeGreaterThan(0);
    t.clock.advance(31 * DAY);
    expect((await t.retention.run()).mails).toBe(mailsBefore);
    expect(await rows('liveGuests')).toBe(1);
    t.clock.advance(150 * DAY);
    expect((await t.retention.run()).guests).toBe(1);

    const runs = await t.database.handle.db
      .selectFrom('retentionRuns')
      .selectAll()
      .orderBy('ranAt')
      .execute();
    expect(runs).toHaveLength(4);
    expect(JSON.parse(runs[1]!.purged)).toMatchObject({ people: 1, unconfirmedRegistrations: 1 });
    expect(runs.map((r) => r.ranAt)).toEqual([...runs.map((r) => r.ranAt)].sort());
  });
});
