import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventAdmin } from '../../src/contract/events.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { publishedEvent, register } from '../registration/helpers.js';

const NOW = '2026-11-25T10:00:00.000Z';

describe.each(DIALECTS)('duplicate for next year and the date check on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  const db = () => t.database.handle.db;

  /** Everything an organizer sets up, written as the features store it, plus one registration. */
  async function setUpEvent(eventId: string, slug: string) {
    expect((await register(t, slug)).response.statusCode).toBe(201);
    const speakerId = crypto.randomUUID();
    const panelId = crypto.randomUUID();
    const roundId = crypto.randomUUID();
    const networkingId = crypto.randomUUID();
    await db()
      .insertInto('programSpeakers')
      .values({
        id: speakerId,
        eventId,
        name: 'Dr. Katrin Beispiel',
        organization: 'Netzwerk Sachsen',
        position: 'Leitung',
        bio: 'Moderiert seit 2015.',
        photoUrl: null,
        photoAlt: null,
        createdAt: NOW,
        updatedAt: NOW,
      })
      .execute();
    const session = (
      id: string,
      type: 'panel' | 'island-round' | 'networking',
      from: string,
      to: string,
    ) => ({
      id,
      eventId,
      type,
      title: `Sitzung ${type}`,
      description: '',
      startsAt: from,
      endsAt: to,
      room: type === 'panel' ? 'Saal 1' : 'Foyer',
      topics: '[]',
      sequence: 0,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db()
      .insertInto('programSessions')
      .values([
        // Thursday 4 Feb 2027 in Berlin: panel 10:00, island round 13:00, networking 15:00.
        session(panelId, 'panel', '2027-02-04T09:00:00.000Z', '2027-02-04T10:00:00.000Z'),
        session(roundId, 'island-round', '2027-02-04T12:00:00.000Z', '2027-02-04T12:45:00.000Z'),
        session(networkingId, 'networking', '2027-02-04T14:00:00.000Z', '2027-02-04T15:00:00.000Z'),
      ])
      .execute();
    await db()
      .insertInto('programSessionSpeakers')
      .values({ sessionId: panelId, speakerId, role: 'moderator', position: 0 })
      .execute();
    await db()
      .insertInto('liveSessionSettings')
      .values({
        sessionId: panelId,
        qaEnabled: 1,
        preApproval: 1,
        guestsAllowed: 1,
        joinCode: '123456',
        moderatorTokenHash: 'hash-of-a-moderator-link',
        screenMode: 'questions',
        screenPollId: null,
        version: 3,
        updatedAt: NOW,
      })
      .execute();
    const islandId = crypto.randomUUID();
    await db()
      .insertInto('islands')
      .values({
        id: islandId,
        eventId,
        position: 0,
        theme: 'Wasserstoff im Mittelstand',
        description: 'Wo lohnt es sich?',
        guidingQuestions: JSON.stringify(['Wer liefert?']),
        place: 'Foyer links',
        tableLabel: 'A',
        capacity: 10,
        createdAt: NOW,
        updatedAt: NOW,
      })
      .execute();
    await db()
      .insertInto('islandHosts')
      .values({
        id: crypto.randomUUID(),
        islandId,
        personId: null,
        name: 'Gastgeberin Privat',
        email: 'gastgeberin@example.org',
        organization: 'Privat GmbH',
        tokenHash: null,
        createdAt: NOW,
      })
      .execute();
    await db()
      .insertInto('islandSettings')
      .values({ eventId, rankingDeadline: '2027-02-01T22:59:00.000Z', maxSectorShare: 40, updatedAt: NOW })
      .execute();
    await db()
      .insertInto('registrationQuestions')
      .values({
        id: crypto.randomUUID(),
        eventId,
        kind: 'single',
        label: JSON.stringify({ de: 'Essen', en: 'Meal' }),
        options: JSON.stringify([{ key: 'veg', label: { de: 'Vegetarisch', en: 'Vegetarian' } }]),
        required: 1,
        position: 0,
      })
      .execute();
    await db()
      .updateTable('events')
      .set({ confirmHours: 24, offerHours: 12 })
      .where('id', '=', eventId)
      .execute();
    const competences = JSON.stringify([{ key: 'h2', label: { de: 'Wasserstoff', en: 'Hydrogen' } }]);
    await db().insertInto('networkingSettings').values({ eventId, competences, updatedAt: NOW }).execute();
    await db()
      .insertInto('meetingSettings')
      .values({ eventId, selfPickAllowed: 1, updatedAt: NOW })
      .execute();
    await db()
      .insertInto('meetingBlockSettings')
      .values({ sessionId: networkingId, eventId, slotMinutes: 20, updatedAt: NOW })
      .execute();
    await db()
      .insertInto('meetingTables')
      .values({
        id: crypto.randomUUID(),
        eventId,
        number: 7,
        location: 'Galerie',
        createdAt: NOW,
        updatedAt: NOW,
      })
      .execute();
    await db()
      .insertInto('surveySettings')
      .values({ eventId, isEnabled: 1, delayDays: 3, updatedAt: NOW })
      .execute();
  }

  it('copies programme, islands, questions, competences, meeting and survey setup, and nothing personal', async () => {
    const source = await publishedEvent(t, organizer, {
      title: 'Industriedialog Wasserstoff',
      startsAt: '2027-02-04T09:00',
      endsAt: '2027-02-04T17:00',
      registrationOpensAt: '2026-11-01T09:00',
      registrationClosesAt: '2027-02-01T23:59',
      contacts: [
        { name: 'Katrin Beispiel', role: 'Netzwerk', phone: '+49 351 0000', email: 'kb@example.org' },
      ],
    });
    await setUpEvent(source.id, source.slug);

    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${source.id}/duplicate`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    const copy = response.json<EventAdmin>();
    // Thursday 4 Feb 2027 → Thursday 3 Feb 2028 (364 days), same local times.
    expect(copy).toMatchObject({
      status: 'draft',
      startsAtLocal: '2028-02-03T09:00',
      registrationOpensAtLocal: '2027-10-31T09:00',
      registrationClosesAtLocal: '2028-01-31T23:59',
      seatsTaken: 0,
      dateWarnings: [],
    });
    expect(copy.contacts).toMatchObject([
      { name: 'Katrin Beispiel', role: 'Netzwerk', phone: '+49 351 0000', email: 'kb@example.org' },
    ]);

    const sessions = await db()
      .selectFrom('programSessions')
      .selectAll()
      .where('eventId', '=', copy.id)
      .orderBy('startsAt')
      .execute();
    expect(sessions.map((s) => [s.type, s.room, s.startsAt])).toEqual([
      ['panel', 'Saal 1', '2028-02-03T09:00:00.000Z'],
      ['island-round', 'Foyer', '2028-02-03T12:00:00.000Z'],
      ['networking', 'Foyer', '2028-02-03T14:00:00.000Z'],
    ]);
    const panel = sessions[0]!;
    const speakers = await db()
      .selectFrom('programSessionSpeakers')
      .innerJoin('programSpeakers', 'programSpeakers.id', 'programSessionSpeakers.speakerId')
      .select(['programSpeakers.name', 'programSpeakers.eventId', 'programSessionSpeakers.role'])
      .where('programSessionSpeakers.sessionId', '=', panel.id)
      .execute();
    expect(speakers).toEqual([{ name: 'Dr. Katrin Beispiel', eventId: copy.id, role: 'moderator' }]);
    const live = await db()
      .selectFrom('liveSessionSettings')
      .selectAll()
      .where('sessionId', '=', panel.id)
      .executeTakeFirstOrThrow();
    expect(live).toMatchObject({ qaEnabled: 1, preApproval: 1, guestsAllowed: 1, moderatorTokenHash: null });
    expect(live.joinCode).not.toBe('123456');

    const islands = await db().selectFrom('islands').selectAll().where('eventId', '=', copy.id).execute();
    expect(islands.map((i) => [i.theme, i.place, i.capacity])).toEqual([
      ['Wasserstoff im Mittelstand', 'Foyer links', 10],
    ]);
    const hosts = await db()
      .selectFrom('islandHosts')
      .select('id')
      .where('islandId', '=', islands[0]!.id)
      .execute();
    expect(hosts).toEqual([]);
    expect(
      await db().selectFrom('islandSettings').selectAll().where('eventId', '=', copy.id).executeTakeFirst(),
    ).toMatchObject({ rankingDeadline: '2028-01-31T22:59:00.000Z', maxSectorShare: 40, status: 'none' });

    const questions = await db()
      .selectFrom('registrationQuestions')
      .selectAll()
      .where('eventId', '=', copy.id)
      .execute();
    expect(questions.map((q) => JSON.parse(q.label) as unknown)).toEqual([{ de: 'Essen', en: 'Meal' }]);
    const settings = await db()
      .selectFrom('events')
      .select(['confirmHours', 'offerHours', 'seatsTaken', 'waitlistCounter'])
      .where('id', '=', copy.id)
      .executeTakeFirstOrThrow();
    expect(settings).toEqual({ confirmHours: 24, offerHours: 12, seatsTaken: 0, waitlistCounter: 0 });
    const competences = await db()
      .selectFrom('networkingSettings')
      .select('competences')
      .where('eventId', '=', copy.id)
      .executeTakeFirst();
    expect(JSON.parse(competences?.competences ?? 'null')).toEqual([
      { key: 'h2', label: { de: 'Wasserstoff', en: 'Hydrogen' } },
    ]);
    const block = await db()
      .selectFrom('meetingBlockSettings')
      .selectAll()
      .where('eventId', '=', copy.id)
      .executeTakeFirst();
    expect(block).toMatchObject({ sessionId: sessions[2]!.id, slotMinutes: 20 });
    const tables = await db()
      .selectFrom('meetingTables')
      .selectAll()
      .where('eventId', '=', copy.id)
      .execute();
    expect(tables.map((x) => [x.number, x.location])).toEqual([[7, 'Galerie']]);
    expect(
      await db()
        .selectFrom('meetingSettings')
        .select('selfPickAllowed')
        .where('eventId', '=', copy.id)
        .executeTakeFirst(),
    ).toEqual({ selfPickAllowed: 1 });
    expect(
      await db()
        .selectFrom('surveySettings')
        .select(['isEnabled', 'delayDays'])
        .where('eventId', '=', copy.id)
        .executeTakeFirst(),
    ).toEqual({ isEnabled: 1, delayDays: 3 });

    expect(
      await db().selectFrom('registrations').select('id').where('eventId', '=', copy.id).execute(),
    ).toEqual([]);
    // The source keeps all of its own.
    expect(
      await db().selectFrom('programSessions').select('id').where('eventId', '=', source.id).execute(),
    ).toHaveLength(3);
  });

  it('duplicates a long-past edition into the next future year, on the same weekday', async () => {
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: {
        ...(await import('../factories.js')).buildEventInput(),
        startsAt: '2020-02-06T09:00',
        endsAt: '2020-02-06T17:00',
      },
    });
    expect(old.statusCode, old.body).toBe(201);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${old.json<EventAdmin>().id}/duplicate`,
      headers: organizer.headers,
    });
    // Thursday 6 Feb 2020, duplicated on 25 Nov 2026: Thursday 4 Feb 2027.
    expect(duplicate.json<EventAdmin>().startsAtLocal).toBe('2027-02-04T09:00');
  });

  it('warns about dates in the past on save, and refuses to publish an event that is over unless confirmed', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: {
        ...(await import('../factories.js')).buildEventInput(),
        startsAt: '2026-11-20T09:00',
        endsAt: '2026-11-20T17:00',
      },
    });
    const event = created.json<EventAdmin>();
    expect(event.dateWarnings).toEqual(['event_ended']);

    const publish = (query = '') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/events/${event.id}/publish${query}`,
        headers: organizer.headers,
      });
    const refused = await publish();
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'event_in_past',
      message: expect.stringContaining('bereits vorbei') as string,
    });
    expect((await publish('?lang=en')).json<{ error: { message: string } }>().error.message).toContain(
      'already over',
    );
    expect((await publish('?confirmPast=true')).statusCode).toBe(200);

    const saved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/events/${event.id}`,
      headers: organizer.headers,
      payload: {
        startsAt: '2027-03-04T09:00',
        endsAt: '2027-03-04T17:00',
        registrationOpensAt: '2026-10-01T09:00',
        registrationClosesAt: '2026-11-01T09:00',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<EventAdmin>().dateWarnings).toEqual(['registration_closed']);
  });
});
