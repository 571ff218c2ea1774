import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinSearchHit } from '../../src/contract/checkin.js';
import type { DirectoryPage } from '../../src/contract/networking.js';
import type { RegistrationList } from '../../src/contract/registration-admin.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateTo, migrateToLatest } from '../../src/server/db/migrate.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { createEmptyDatabaseUrl, DIALECTS } from '../db.js';
import {
  addParticipant,
  createNetworkingEvent,
  get,
  saveProfile,
  type Participant,
} from '../networking/helpers.js';
import { register } from '../registration/helpers.js';

// Names as people at a Saxon door say and type them; each query must find exactly its person.
const PEOPLE = [
  { firstName: 'Özlem', lastName: 'Yıldız', organization: 'Ärztehaus Šumava' },
  { firstName: 'Łukasz', lastName: 'Wróbel', organization: 'Logistyka Wrocław' },
  { firstName: 'Ελένη', lastName: 'Παπαδοπούλου', organization: 'Πανεπιστήμιο Θεσσαλίας' },
  { firstName: 'Иван', lastName: 'Петров', organization: 'Завод Север' },
  { firstName: 'Jiří', lastName: 'Dvořák', organization: 'Strojírny Plzeň' },
  { firstName: 'Ahmet', lastName: 'Ünal', organization: 'Zulieferer GmbH' },
];
const QUERIES: [string, string][] = [
  ['Özlem', 'Yıldız'],
  ['özlem', 'Yıldız'],
  ['Ozlem', 'Yıldız'],
  ['OEZLEM', 'Yıldız'],
  ['Ünal', 'Ünal'],
  ['unal', 'Ünal'],
  ['Ärztehaus', 'Yıldız'],
  ['sumava', 'Yıldız'],
  ['Łukasz', 'Wróbel'],
  ['lukasz', 'Wróbel'],
  ['Ελένη', 'Παπαδοπούλου'],
  ['ΕΛΕΝΗ', 'Παπαδοπούλου'],
  ['ελενη', 'Παπαδοπούλου'],
  ['Петров', 'Петров'],
  ['петров', 'Петров'],
  ['Šumava', 'Yıldız'],
  ['Dvořák', 'Dvořák'],
  ['dvorak', 'Dvořák'],
  ['jiri dvorak', 'Dvořák'],
];

describe.each(DIALECTS)('folded search on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let viewer: Participant;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    viewer = await addParticipant(t, organizer, event.id, { firstName: 'Katrin', lastName: 'Sucht' });
    for (const [i, person] of PEOPLE.entries()) {
      if (i % 2 === 0) {
        // Half of them through the public form (the rush path), half added at the desk.
        const { response } = await register(t, event.slug, person);
        expect(response.statusCode, response.body).toBe(201);
      } else {
        const added = await addParticipant(t, organizer, event.id, person);
        await saveProfile(t, added, event.slug, { organization: person.organization });
      }
    }
  });
  afterAll(async () => t.close());

  const checkin = async (q: string) => {
    const { status, body } = await get<{ people: CheckinSearchHit[] }>(
      t,
      organizer,
      `/api/v1/admin/events/${event.id}/checkin-search?q=${encodeURIComponent(q)}`,
    );
    expect(status).toBe(200);
    return body.people.map((p) => p.lastName);
  };
  const registrations = async (q: string) => {
    const { status, body } = await get<RegistrationList>(
      t,
      organizer,
      `/api/v1/admin/events/${event.id}/registrations?q=${encodeURIComponent(q)}`,
    );
    expect(status).toBe(200);
    return body.registrations.map((r) => r.lastName);
  };
  const people = async (q: string) => {
    const { status, body } = await get<{ people: { lastName: string }[] }>(
      t,
      organizer,
      `/api/v1/admin/people?q=${encodeURIComponent(q)}`,
    );
    expect(status).toBe(200);
    return body.people.map((p) => p.lastName);
  };

  it.each(QUERIES)('"%s" finds %s at check-in, in the registrations and among people', async (q, last) => {
    expect(await checkin(q)).toEqual([last]);
    expect(await registrations(q)).toEqual([last]);
    expect(await people(q)).toEqual([last]);
  });

  it('finds the people in the directory by what is typed', async () => {
    const directory = async (q: string) =>
      (
        await get<DirectoryPage>(
          t,
          viewer,
          `/api/v1/events/${event.slug}/networking/directory?q=${encodeURIComponent(q)}`,
        )
      ).body.entries.map((e) => e.card.lastName);
    // Those added at the desk saved a profile for the directory.
    for (const [q, last] of [
      ['lukasz', 'Wróbel'],
      ['LUKASZ wrobel', 'Wróbel'],
      ['петров', 'Петров'],
      ['unal', 'Ünal'],
      ['Uenal', 'Ünal'],
    ]) {
      expect(await directory(q!), q).toEqual([last]);
    }
  });

  it('takes % and _ literally and keeps the search text up to date when a name changes', async () => {
    expect(await checkin('%%')).toEqual([]);
    expect(await checkin('__')).toEqual([]);
    const [dvorak] = (
      await get<RegistrationList>(t, organizer, `/api/v1/admin/events/${event.id}/registrations?q=dvorak`)
    ).body.registrations;
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${dvorak!.id}`,
      headers: organizer.headers,
      payload: { firstName: 'Šárka', lastName: 'Nováková', organization: 'Škoda Auto' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await checkin('dvorak')).toEqual([]);
    expect(await checkin('sarka novakova')).toEqual(['Nováková']);
    expect(await registrations('skoda')).toEqual(['Nováková']);
  });
});

describe.each(DIALECTS)('the search column migration on %s', (dialect) => {
  it('fills the folded text of people who were there before', async () => {
    const { url, drop } = await createEmptyDatabaseUrl(dialect);
    const handle = openDatabase(url);
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema before the migration
      const db = handle.db as Kysely<any>;
      await migrateTo(db, '202611250900_dashboard_indexes');
      const stamp = '2026-01-01T00:00:00.000Z';
      await db
        .insertInto('people')
        .values({
          id: 'p1',
          email: 'oezlem@example.org',
          firstName: 'Özlem',
          lastName: 'Yıldız',
          organization: 'Ärztehaus',
          locale: 'de',
          role: 'participant',
          passwordHash: null,
          createdAt: stamp,
          updatedAt: stamp,
          lastSignInAt: null,
        })
        .execute();
      await migrateToLatest(handle.db);
      const row = await handle.db.selectFrom('people').select('searchText').executeTakeFirstOrThrow();
      expect(row.searchText.split('\n')).toEqual([
        'ozlem yildiz',
        'oezlem yildiz',
        'oezlem@example.org',
        'arztehaus',
        'aerztehaus',
      ]);
    } finally {
      await handle.destroy();
      await drop();
    }
  });
});
