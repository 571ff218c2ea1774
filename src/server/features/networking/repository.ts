import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, NetworkingProfilesTable } from '../../db/schema.js';
import { mailDomain } from './organization.js';

export type Executor = Kysely<Database>;
export type ProfileRow = Selectable<NetworkingProfilesTable>;
/**
 * A visible profile with the person's name and the organization's mail domain (for colleague
 * detection: "tu-dresden.de", '' for public mail services); never the address or phone.
 */
export type VisibleProfileRow = ProfileRow & { firstName: string; lastName: string; mailDomain: string };

/** Replaces the address read by the visibility query by its organization's domain at once. */
function withMailDomain<T extends { email: string }>(row: T): Omit<T, 'email'> & { mailDomain: string } {
  const { email, ...rest } = row;
  return { ...rest, mailDomain: mailDomain(email) };
}

/**
 * The directory's visibility rule, in one place: a profile is seen only while its person holds a
 * confirmed registration for the event with the directory consent. The registration columns are read
 * here (never written) so that a consent withdrawn through "My registration" hides the profile at once.
 */
function visibleProfiles(db: Executor, eventId: string) {
  return db
    .selectFrom('networkingProfiles as p')
    .innerJoin('registrations as r', (join) =>
      join.onRef('r.personId', '=', 'p.personId').onRef('r.eventId', '=', 'p.eventId'),
    )
    .innerJoin('people as u', 'u.id', 'p.personId')
    .selectAll('p')
    .select(['u.firstName', 'u.lastName', 'u.email'])
    .where('p.eventId', '=', eventId)
    .where('r.status', '=', 'confirmed')
    .where('r.consentDirectory', '=', 1);
}

/** The only code that touches the networking tables. */
export const networkingRepository = {
  /** Every profile of the event that its participants may see, by name. */
  listVisibleProfiles: async (db: Executor, eventId: string): Promise<VisibleProfileRow[]> =>
    (
      await visibleProfiles(db, eventId)
        .orderBy('u.lastName')
        .orderBy('u.firstName')
        .orderBy('p.personId')
        .execute()
    ).map(withMailDomain),

  findVisibleProfile: async (
    db: Executor,
    eventId: string,
    personId: string,
  ): Promise<VisibleProfileRow | undefined> => {
    const row = await visibleProfiles(db, eventId).where('p.personId', '=', personId).executeTakeFirst();
    return row ? withMailDomain(row) : undefined;
  },

  /** Visible profiles of these people (the page of a directory or a recommendation list). */
  listVisibleProfilesByIds: async (
    db: Executor,
    eventId: string,
    ids: string[],
  ): Promise<VisibleProfileRow[]> => {
    const rows: VisibleProfileRow[] = [];
    // In chunks, well below the bound-parameter limits of SQLite and PostgreSQL.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const found = await visibleProfiles(db, eventId).where('p.personId', 'in', chunk).execute();
      rows.push(...found.map(withMailDomain));
    }
    return rows;
  },

  /** The ids of the visible profiles (cheap; filters what an in-process index may still hold). */
  listVisibleIds: async (db: Executor, eventId: string): Promise<Set<string>> => {
    const rows = await visibleProfiles(db, eventId).clearSelect().select('p.personId').execute();
    return new Set(rows.map((r) => r.personId));
  },

  /** The person's own profile, visible or not. */
  findOwnProfile: (db: Executor, eventId: string, personId: string) =>
    db
      .selectFrom('networkingProfiles')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('personId', '=', personId)
      .executeTakeFirst(),

  /** The person's confirmed registration for the event, if any (read only). */
  findConfirmedRegistration: (db: Executor, eventId: string, personId: string) =>
    db
      .selectFrom('registrations')
      .select(['id', 'organization', 'sector', 'position', 'consentDirectory'])
      .where('eventId', '=', eventId)
      .where('personId', '=', personId)
      .where('status', '=', 'confirmed')
      .executeTakeFirst(),

  upsertProfile: async (db: Executor, row: Insertable<NetworkingProfilesTable>): Promise<void> => {
    const { eventId: _e, personId: _p, createdAt: _c, ...changes } = row;
    await db
      .insertInto('networkingProfiles')
      .values(row)
      .onConflict((oc) => oc.columns(['eventId', 'personId']).doUpdateSet(changes))
      .execute();
  },

  deleteProfile: async (db: Executor, eventId: string, personId: string): Promise<void> => {
    await db
      .deleteFrom('networkingProfiles')
      .where('eventId', '=', eventId)
      .where('personId', '=', personId)
      .execute();
  },

  /** Raises the event's profiles version in one statement (creates the settings row when missing). */
  bumpVersion: async (db: Executor, eventId: string, now: string): Promise<void> => {
    await db
      .insertInto('networkingSettings')
      .values({ eventId, competences: null, profilesVersion: 1, updatedAt: now })
      .onConflict((oc) =>
        oc.column('eventId').doUpdateSet((eb) => ({
          profilesVersion: eb('networkingSettings.profilesVersion', '+', 1),
          updatedAt: now,
        })),
      )
      .execute();
  },

  findSettings: (db: Executor, eventId: string) =>
    db.selectFrom('networkingSettings').selectAll().where('eventId', '=', eventId).executeTakeFirst(),

  setCompetences: async (db: Executor, eventId: string, competences: string, now: string): Promise<void> => {
    await db
      .insertInto('networkingSettings')
      .values({ eventId, competences, profilesVersion: 1, updatedAt: now })
      .onConflict((oc) =>
        oc.column('eventId').doUpdateSet((eb) => ({
          competences,
          profilesVersion: eb('networkingSettings.profilesVersion', '+', 1),
          updatedAt: now,
        })),
      )
      .execute();
  },

  /** Replaces the event's own thesaurus concepts and raises the profiles version (indexes rebuild). */
  setThesaurus: async (
    db: Executor,
    eventId: string,
    thesaurus: string | null,
    now: string,
  ): Promise<void> => {
    await db
      .insertInto('networkingSettings')
      .values({ eventId, competences: null, thesaurus, profilesVersion: 1, updatedAt: now })
      .onConflict((oc) =>
        oc.column('eventId').doUpdateSet((eb) => ({
          thesaurus,
          profilesVersion: eb('networkingSettings.profilesVersion', '+', 1),
          updatedAt: now,
        })),
      )
      .execute();
  },

  insertBlock: async (db: Executor, blockerId: string, blockedId: string, now: string): Promise<void> => {
    await db
      .insertInto('networkingBlocks')
      .values({ blockerId, blockedId, createdAt: now })
      .onConflict((oc) => oc.columns(['blockerId', 'blockedId']).doNothing())
      .execute();
  },

  deleteBlock: async (db: Executor, blockerId: string, blockedId: string): Promise<void> => {
    await db
      .deleteFrom('networkingBlocks')
      .where('blockerId', '=', blockerId)
      .where('blockedId', '=', blockedId)
      .execute();
  },

  /** Whether either person blocked the other. */
  isBlockedEitherWay: async (db: Executor, a: string, b: string): Promise<boolean> => {
    const row = await db
      .selectFrom('networkingBlocks')
      .select('blockerId')
      .where((eb) =>
        eb.or([
          eb.and([eb('blockerId', '=', a), eb('blockedId', '=', b)]),
          eb.and([eb('blockerId', '=', b), eb('blockedId', '=', a)]),
        ]),
      )
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Everyone the person blocked or was blocked by. */
  listBlockedEitherWay: async (db: Executor, personId: string): Promise<Set<string>> => {
    const rows = await db
      .selectFrom('networkingBlocks')
      .select(['blockerId', 'blockedId'])
      .where((eb) => eb.or([eb('blockerId', '=', personId), eb('blockedId', '=', personId)]))
      .execute();
    return new Set(rows.map((r) => (r.blockerId === personId ? r.blockedId : r.blockerId)));
  },

  /** The ids of the people this person blocked. */
  listBlockedBy: async (db: Executor, personId: string): Promise<Set<string>> => {
    const rows = await db
      .selectFrom('networkingBlocks')
      .select('blockedId')
      .where('blockerId', '=', personId)
      .execute();
    return new Set(rows.map((r) => r.blockedId));
  },

  /** The people the person blocked, with their names (the person's own list). */
  listOwnBlocks: (db: Executor, personId: string) =>
    db
      .selectFrom('networkingBlocks as b')
      .innerJoin('people as u', 'u.id', 'b.blockedId')
      .select(['b.blockedId as personId', 'u.firstName', 'u.lastName', 'b.createdAt as blockedAt'])
      .where('b.blockerId', '=', personId)
      .orderBy('b.createdAt')
      .execute(),

  personExists: async (db: Executor, personId: string): Promise<boolean> =>
    (await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()) !== undefined,

  /** The person's profiles of every event (data export). */
  listProfilesOfPerson: (db: Executor, personId: string) =>
    db.selectFrom('networkingProfiles').selectAll().where('personId', '=', personId).execute(),

  /** Removes a person's profiles and blocks (erasure); returns the events whose directory changed. */
  erasePerson: async (db: Executor, personId: string, now: string): Promise<string[]> => {
    const events = await db
      .selectFrom('networkingProfiles')
      .select('eventId')
      .where('personId', '=', personId)
      .execute();
    await db.deleteFrom('networkingProfiles').where('personId', '=', personId).execute();
    await db
      .deleteFrom('networkingBlocks')
      .where((eb) => eb.or([eb('blockerId', '=', personId), eb('blockedId', '=', personId)]))
      .execute();
    for (const { eventId } of events) {
      await networkingRepository.bumpVersion(db, eventId, now);
    }
    return events.map((e) => e.eventId);
  },
};
