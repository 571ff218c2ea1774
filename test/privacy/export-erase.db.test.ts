import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { buildEventInput } from '../factories.js';
import { errorCode, signInParticipant } from '../people.js';

describe.each(DIALECTS)('data export and erasure on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function personExists(id: string): Promise<boolean> {
    const row = await t.database.handle.db
      .selectFrom('people')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async function sessionCount(personId: string): Promise<number> {
    const row = await t.database.handle.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('personId', '=', personId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('exports person, consents with text version and time, and sessions, as a JSON download', async () => {
    const participant = await signInParticipant(t);
    await t.services.privacy.recordConsent({
      personId: participant.personId,
      eventId: null,
      kind: 'privacy',
      granted: true,
      textVersion: 'privacy/de/v3',
      ip: '10.0.0.1',
    });
    const response = await t.app.inject({ url: '/api/v1/me/export', headers: participant.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    // Personal data: no browser or proxy cache may keep a copy.
    expect(response.headers['cache-control']).toBe('no-store');
    const data = response.json<{
      person: { id: string; email: string };
      consents: { kind: string; granted: boolean; textVersion: string; recordedAt: string }[];
      sessions: { createdAt: string; ip: string }[];
    }>();
    expect(data.person).toMatchObject({ id: participant.personId, email: participant.email });
    expect(data.consents).toEqual([
      expect.objectContaining({
        kind: 'privacy',
        granted: true,
        textVersion: 'privacy/de/v3',
        recordedAt: t.clock.now().toISOString(),
      }),
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]?.createdAt).toBe(t.clock.now().toISOString());
  });

  it('never exports a password hash or a session secret', async () => {
    const response = await t.app.inject({ url: '/api/v1/me/export', headers: organizer.headers });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('argon2');
    expect(response.body).not.toMatch(/passwordHash|password_hash|csrfToken|"id":"[0-9a-f]{64}"/);
    const sessionIds = await t.database.handle.db
      .selectFrom('sessions')
      .select(['id', 'csrfToken'])
      .execute();
    for (const row of sessionIds) {
      expect(response.body).not.toContain(row.id);
      expect(response.body).not.toContain(row.csrfToken);
    }
  });

  it('deletes my account: the person and sessions are gone and the cookie is cleared', async () => {
    const participant = await signInParticipant(t);
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: participant.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.cookies.find((c) => c.name === 'cd_session')?.value).toBe('');
    expect(await personExists(participant.personId)).toBe(false);
    expect(await sessionCount(participant.personId)).toBe(0);
    const after = await t.app.inject({ url: '/api/v1/auth/session', headers: participant.headers });
    expect(after.json<{ via: string }>().via).toBe('none');
  });

  it('lets an organizer find and erase a person', async () => {
    const participant = await signInParticipant(t);
    const found = await t.app.inject({
      url: `/api/v1/admin/people?q=${encodeURIComponent(participant.email.slice(0, 16))}`,
      headers: organizer.headers,
    });
    expect(found.json<{ people: { id: string }[] }>().people.map((p) => p.id)).toContain(
      participant.personId,
    );

    const erase = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${participant.personId}`,
      headers: organizer.headers,
    });
    expect(erase.statusCode).toBe(200);
    expect(await personExists(participant.personId)).toBe(false);
    expect(await sessionCount(participant.personId)).toBe(0);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${participant.personId}`,
      headers: organizer.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('keeps the events of an erased organizer, without their name on them', async () => {
    const colleague = await t.signInOrganizer('kollegin@example.org');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: colleague.headers,
      payload: buildEventInput({ title: 'Dialog der Kollegin' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const eventId = created.json<{ id: string }>().id;

    const erase = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${colleague.personId}`,
      headers: organizer.headers,
    });
    expect(erase.statusCode).toBe(200);
    const event = await t.database.handle.db
      .selectFrom('events')
      .select(['title', 'createdBy'])
      .where('id', '=', eventId)
      .executeTakeFirst();
    expect(event).toEqual({ title: 'Dialog der Kollegin', createdBy: null });
    const read = await t.app.inject({ url: `/api/v1/admin/events/${eventId}`, headers: organizer.headers });
    expect(read.statusCode).toBe(200);
  });
});

describe.each(DIALECTS)('the last organizer on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('cannot be erased, neither by themselves nor through the admin route (409)', async () => {
    const only = await t.signInOrganizer('einzige@example.org');
    const self = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: only.headers });
    expect(self.statusCode).toBe(409);
    expect(errorCode(self)).toBe('invalid_state');
    const viaAdmin = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${only.personId}`,
      headers: only.headers,
    });
    expect(viaAdmin.statusCode).toBe(409);
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: only.headers });
    expect(session.json<{ via: string }>().via).toBe('session');
  });
});

describe.each(DIALECTS)('two organizers erasing each other at once on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // An erasure with much to clean up takes a while; this keeps both erasures in flight together.
    t.services.privacy.registerPersonData(
      'slow-clean-up',
      async () => null,
      () => new Promise((resolve) => setTimeout(resolve, 100)),
    );
  });
  afterAll(async () => t.close());

  async function organizerIds(): Promise<string[]> {
    const rows = await t.database.handle.db
      .selectFrom('people')
      .select('id')
      .where('role', '=', 'organizer')
      .execute();
    return rows.map((r) => r.id);
  }

  it('leaves one of them: one erasure succeeds, the other is refused with 409', async () => {
    const anna = await t.signInOrganizer('anna@example.org');
    const bernd = await t.signInOrganizer('bernd@example.org');
    expect((await organizerIds()).sort()).toEqual([anna.personId, bernd.personId].sort());

    const [annaErasesBernd, berndErasesAnna] = await Promise.all([
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/admin/people/${bernd.personId}`,
        headers: { ...anna.headers, 'accept-language': 'de' },
      }),
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/admin/people/${anna.personId}`,
        headers: { ...bernd.headers, 'accept-language': 'de' },
      }),
    ]);
    const answers = [annaErasesBernd, berndErasesAnna];
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(errorCode(refused)).toBe('invalid_state');
    expect(refused.json<{ error: { message: string } }>().error.message).toBe(
      'Das ist im aktuellen Zustand nicht möglich.',
    );

    const left = await organizerIds();
    expect(left).toHaveLength(1);
    // The one left is the one whose erasure of the other went through.
    expect(left[0]).toBe(annaErasesBernd.statusCode === 200 ? anna.personId : bernd.personId);
  });
});
