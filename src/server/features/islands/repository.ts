import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type {
  Database,
  IslandHostsTable,
  IslandPreferencesTable,
  IslandSettingsTable,
  IslandsTable,
} from '../../db/schema.js';

export type IslandRow = Selectable<IslandsTable>;
export type HostRow = Selectable<IslandHostsTable>;
export type SettingsRow = Selectable<IslandSettingsTable>;
export type PreferenceRow = Selectable<IslandPreferencesTable>;
/** A database handle or an open transaction (a Kysely Transaction is a Kysely). */
export type Executor = Kysely<Database>;

/** A registrant who takes part in the islands (read from registrations, never written here). */
export interface ParticipantRow {
  personId: string;
  firstName: string;
  lastName: string;
  organization: string;
  email: string;
  sector: string;
}

/** A participant's registration as a seat mail needs it. */
export interface MailRecipientRow {
  registrationId: string;
  personId: string;
  email: string;
  locale: string;
  salutation: string;
  academicTitle: string;
  firstName: string;
  lastName: string;
}

const PARTICIPANT_COLUMNS = ['personId', 'firstName', 'lastName', 'organization', 'email', 'sector'] as const;

/** Who takes part: confirmed registrations, and organizers' guests holding a seat. */
const takesPart = (eb: ExpressionBuilder<Database, 'registrations'>) =>
  eb.or([
    eb('status', '=', 'confirmed'),
    eb.and([eb('isGuest', '=', 1), eb('status', 'in', ['pending', 'offered'])]),
  ]);

/** Islands, their hosts, the event's island settings and the participants' preferences. */
export const islandRepository = {
  listIslands: (db: Executor, eventId: string) =>
    db.selectFrom('islands').selectAll().where('eventId', '=', eventId).orderBy('position').execute(),

  findIsland: (db: Executor, id: string) =>
    db.selectFrom('islands').selectAll().where('id', '=', id).executeTakeFirst(),

  insertIsland: async (db: Executor, values: Insertable<IslandsTable>): Promise<void> => {
    await db.insertInto('islands').values(values).execute();
  },

  /**
   * Changes an island; the capacity only if no round already seats more people than the new capacity
   * (decided in this one statement). Answers false when the capacity was refused.
   */
  updateIsland: async (db: Executor, id: string, values: Updateable<IslandsTable>): Promise<boolean> => {
    const result = await db
      .updateTable('islands')
      .set(values)
      .where('id', '=', id)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('islandRoundSeats')
              .select('islandId')
              .where('islandRoundSeats.islandId', '=', id)
              .where('islandRoundSeats.taken', '>', values.capacity ?? Number.MAX_SAFE_INTEGER),
          ),
        ),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  deleteIsland: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('islands').where('id', '=', id).execute();
  },

  nextPosition: async (db: Executor, eventId: string): Promise<number> => {
    const row = await db
      .selectFrom('islands')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('eventId', '=', eventId)
      .executeTakeFirst();
    return Number(row?.max ?? 0) + 1;
  },

  listHosts: (db: Executor, islandIds: readonly string[]) =>
    islandIds.length === 0
      ? Promise.resolve([] as HostRow[])
      : db
          .selectFrom('islandHosts')
          .selectAll()
          .where('islandId', 'in', islandIds)
          .orderBy('name')
          .orderBy('id')
          .execute(),

  findHost: (db: Executor, id: string) =>
    db.selectFrom('islandHosts').selectAll().where('id', '=', id).executeTakeFirst(),

  findHostByTokenHash: (db: Executor, tokenHash: string) =>
    db.selectFrom('islandHosts').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst(),

  insertHost: async (db: Executor, values: Insertable<IslandHostsTable>): Promise<void> => {
    await db.insertInto('islandHosts').values(values).execute();
  },

  setHostToken: async (db: Executor, id: string, tokenHash: string): Promise<void> => {
    await db.updateTable('islandHosts').set({ tokenHash }).where('id', '=', id).execute();
  },

  deleteHost: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('islandHosts').where('id', '=', id).execute();
  },

  findSettings: (db: Executor, eventId: string) =>
    db.selectFrom('islandSettings').selectAll().where('eventId', '=', eventId).executeTakeFirst(),

  /** Creates the event's settings row with defaults if missing (idempotent under concurrency). */
  ensureSettings: async (db: Executor, eventId: string, now: string): Promise<SettingsRow> => {
    await db
      .insertInto('islandSettings')
      .values({ eventId, rankingDeadline: null, assignedAt: null, publishedAt: null, updatedAt: now })
      .onConflict((oc) => oc.column('eventId').doNothing())
      .execute();
    return (await islandRepository.findSettings(db, eventId))!;
  },

  updateSettings: async (db: Executor, eventId: string, values: Updateable<IslandSettingsTable>) => {
    await db.updateTable('islandSettings').set(values).where('eventId', '=', eventId).execute();
  },

  /**
   * Moves the assignment from one of the given states to the next, in one conditional statement (it
   * also locks the settings row until commit, so assignment changes of one event run one at a time).
   * Answers false when the state was not one of `from`.
   */
  transition: async (
    db: Executor,
    eventId: string,
    from: readonly SettingsRow['status'][],
    values: Updateable<IslandSettingsTable>,
  ): Promise<boolean> => {
    const result = await db
      .updateTable('islandSettings')
      .set(values)
      .where('eventId', '=', eventId)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  findPreference: (db: Executor, eventId: string, personId: string) =>
    db
      .selectFrom('islandPreferences')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('personId', '=', personId)
      .executeTakeFirst(),

  listPreferences: (db: Executor, eventId: string) =>
    db.selectFrom('islandPreferences').selectAll().where('eventId', '=', eventId).execute(),

  savePreference: async (db: Executor, values: Insertable<IslandPreferencesTable>): Promise<void> => {
    const { ranking, excluded, updatedAt } = values;
    await db
      .insertInto('islandPreferences')
      .values(values)
      .onConflict((oc) => oc.columns(['eventId', 'personId']).doUpdateSet({ ranking, excluded, updatedAt }))
      .execute();
  },

  /** People who take part: confirmed registrations, and organizers' guests holding a seat. */
  listParticipants: (db: Executor, eventId: string): Promise<ParticipantRow[]> =>
    db
      .selectFrom('registrations')
      .select(PARTICIPANT_COLUMNS)
      .where('eventId', '=', eventId)
      .where('personId', 'is not', null)
      .where(takesPart)
      .orderBy('lastName')
      .orderBy('firstName')
      .execute() as Promise<ParticipantRow[]>,

  /** Everything the islands hold about a person outside their seats (for the data export). */
  listPersonData: async (db: Executor, personId: string) => ({
    preferences: await db
      .selectFrom('islandPreferences')
      .selectAll()
      .where('personId', '=', personId)
      .execute(),
    waitlist: await db.selectFrom('islandWaitlist').selectAll().where('personId', '=', personId).execute(),
    hosting: await db
      .selectFrom('islandHosts')
      .select(['islandId', 'name', 'email', 'organization', 'createdAt'])
      .where('personId', '=', personId)
      .execute(),
  }),

  /** Erases a person's preferences, waitlist entries and host entries (by person or by address). */
  erasePersonData: async (db: Executor, personId: string): Promise<void> => {
    await db.deleteFrom('islandWaitlist').where('personId', '=', personId).execute();
    await db.deleteFrom('islandPreferences').where('personId', '=', personId).execute();
    const person = await db
      .selectFrom('people')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirst();
    await db
      .deleteFrom('islandHosts')
      .where((eb) =>
        eb.or([
          eb('personId', '=', personId),
          ...(person ? [eb(eb.fn('lower', ['email']), '=', person.email.toLowerCase())] : []),
        ]),
      )
      .execute();
  },

  /** Whom a seat mail goes to: the participants' registrations (address, language, salutation). */
  listMailRecipients: (db: Executor, eventId: string, personIds: readonly string[]) =>
    personIds.length === 0
      ? Promise.resolve([])
      : (db
          .selectFrom('registrations')
          .select([
            'id as registrationId',
            'personId',
            'email',
            'locale',
            'salutation',
            'academicTitle',
            'firstName',
            'lastName',
          ])
          .where('eventId', '=', eventId)
          .where('personId', 'in', [...personIds])
          .where(takesPart)
          .orderBy('lastName')
          .orderBy('firstName')
          .execute() as Promise<MailRecipientRow[]>),

  /** The person's registration for the event (any state), if any. */
  findRegistration: (db: Executor, eventId: string, personId: string) =>
    db
      .selectFrom('registrations')
      .select([...PARTICIPANT_COLUMNS, 'status', 'isGuest'])
      .where('eventId', '=', eventId)
      .where('personId', '=', personId)
      .executeTakeFirst(),

  /** Every registrant with a person (any active state). */
  listRegistrants: (db: Executor, eventId: string) =>
    db
      .selectFrom('registrations')
      .select(PARTICIPANT_COLUMNS)
      .where('eventId', '=', eventId)
      .where('personId', 'is not', null)
      .where('status', 'in', ['pending', 'offered', 'confirmed', 'waitlisted'])
      .orderBy('lastName')
      .orderBy('firstName')
      .execute() as Promise<ParticipantRow[]>,

  /** Everyone with a person who takes part (a seat, not the waitlist), for choosing a host. */
  listSeated: (db: Executor, eventId: string) =>
    db
      .selectFrom('registrations')
      .select(PARTICIPANT_COLUMNS)
      .where('eventId', '=', eventId)
      .where('personId', 'is not', null)
      .where(takesPart)
      .orderBy('lastName')
      .orderBy('firstName')
      .execute() as Promise<ParticipantRow[]>,
};
