import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type {
  Database,
  ProgramSessionSpeakersTable,
  ProgramSessionsTable,
  ProgramSpeakersTable,
} from '../../db/schema.js';

export type SessionRow = Selectable<ProgramSessionsTable>;
export type SpeakerRow = Selectable<ProgramSpeakersTable>;
export type SessionSpeakerLink = Selectable<ProgramSessionSpeakersTable>;
/** A session with its speakers (in their order), as the mappers need it. */
export type SessionWithSpeakers = SessionRow & {
  speakers: (SpeakerRow & { role: SessionSpeakerLink['role'] })[];
};

type Db = Kysely<Database> | Transaction<Database>;

/** The only code that touches the programme tables. */
export function createProgrammeRepository(db: Kysely<Database>) {
  async function attachSpeakers(sessions: SessionRow[], on: Db = db): Promise<SessionWithSpeakers[]> {
    if (sessions.length === 0) {
      return [];
    }
    const links = await on
      .selectFrom('programSessionSpeakers')
      .innerJoin('programSpeakers', 'programSpeakers.id', 'programSessionSpeakers.speakerId')
      .selectAll('programSpeakers')
      .select([
        'programSessionSpeakers.sessionId',
        'programSessionSpeakers.role',
        'programSessionSpeakers.position as linkPosition',
      ])
      .where(
        'programSessionSpeakers.sessionId',
        'in',
        sessions.map((s) => s.id),
      )
      .orderBy('programSessionSpeakers.position')
      .execute();
    return sessions.map((s) => ({
      ...s,
      speakers: links
        .filter((l) => l.sessionId === s.id)
        .map(({ sessionId: _s, linkPosition: _p, ...speaker }) => speaker),
    }));
  }

  return {
    attachSpeakers,

    async listSessions(eventId: string): Promise<SessionWithSpeakers[]> {
      const rows = await db
        .selectFrom('programSessions')
        .selectAll()
        .where('eventId', '=', eventId)
        .orderBy('startsAt')
        .orderBy('room')
        .orderBy('title')
        .execute();
      return attachSpeakers(rows);
    },

    async findSession(id: string): Promise<SessionWithSpeakers | undefined> {
      const row = await db.selectFrom('programSessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await attachSpeakers([row]))[0] : undefined;
    },

    /** Inserts or replaces a session and its speaker links in one transaction. */
    async saveSession(
      values: Insertable<ProgramSessionsTable>,
      speakers: { speakerId: string; role: SessionSpeakerLink['role'] }[],
      isNew: boolean,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (isNew) {
          await trx.insertInto('programSessions').values(values).execute();
        } else {
          const { id, eventId: _e, createdAt: _c, sequence: _q, ...changes } = values;
          await trx
            .updateTable('programSessions')
            .set((eb) => ({ ...changes, sequence: eb('sequence', '+', 1) }))
            .where('id', '=', id)
            .execute();
          await trx.deleteFrom('programSessionSpeakers').where('sessionId', '=', id).execute();
        }
        if (speakers.length > 0) {
          await trx
            .insertInto('programSessionSpeakers')
            .values(speakers.map((s, position) => ({ sessionId: values.id, ...s, position })))
            .execute();
        }
      });
    },

    async deleteSession(id: string): Promise<boolean> {
      const result = await db.deleteFrom('programSessions').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async listSpeakers(eventId: string): Promise<SpeakerRow[]> {
      return db
        .selectFrom('programSpeakers')
        .selectAll()
        .where('eventId', '=', eventId)
        .orderBy('name')
        .execute();
    },

    async findSpeaker(id: string): Promise<SpeakerRow | undefined> {
      return db.selectFrom('programSpeakers').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async insertSpeaker(values: Insertable<ProgramSpeakersTable>): Promise<void> {
      await db.insertInto('programSpeakers').values(values).execute();
    },

    /** Changes a speaker; the sessions they appear in count as changed too (their calendar entries show the name). */
    async updateSpeaker(id: string, values: Partial<SpeakerRow>, now: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('programSpeakers').set(values).where('id', '=', id).execute();
        await bumpSessionsOfSpeaker(trx, id, now);
      });
    },

    async deleteSpeaker(id: string, now: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await bumpSessionsOfSpeaker(trx, id, now);
        await trx.deleteFrom('programSpeakers').where('id', '=', id).execute();
      });
    },

    async starSession(personId: string, sessionId: string, now: string): Promise<void> {
      await db
        .insertInto('agendaStars')
        .values({ personId, sessionId, createdAt: now })
        .onConflict((oc) => oc.columns(['personId', 'sessionId']).doNothing())
        .execute();
    },

    async unstarSession(personId: string, sessionId: string): Promise<void> {
      await db
        .deleteFrom('agendaStars')
        .where('personId', '=', personId)
        .where('sessionId', '=', sessionId)
        .execute();
    },

    /** The person's starred sessions, optionally of one event, by start. */
    async listStarredSessions(personId: string, eventId?: string): Promise<SessionWithSpeakers[]> {
      let query = db
        .selectFrom('programSessions')
        .innerJoin('agendaStars', 'agendaStars.sessionId', 'programSessions.id')
        .selectAll('programSessions')
        .where('agendaStars.personId', '=', personId);
      if (eventId) {
        query = query.where('programSessions.eventId', '=', eventId);
      }
      return attachSpeakers(await query.orderBy('programSessions.startsAt').execute());
    },

    async listStars(personId: string) {
      return db
        .selectFrom('agendaStars')
        .select(['sessionId', 'createdAt'])
        .where('personId', '=', personId)
        .execute();
    },

    async findFeed(personId: string) {
      return db.selectFrom('agendaFeeds').selectAll().where('personId', '=', personId).executeTakeFirst();
    },

    async findFeedByHash(tokenHash: string) {
      return db.selectFrom('agendaFeeds').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
    },

    /** Sets the person's feed token hash, replacing (and so revoking) any earlier one. */
    async replaceFeed(personId: string, tokenHash: string, now: string): Promise<void> {
      await db
        .insertInto('agendaFeeds')
        .values({ personId, tokenHash, createdAt: now })
        .onConflict((oc) => oc.column('personId').doUpdateSet({ tokenHash, createdAt: now }))
        .execute();
    },

    async erasePerson(personId: string, trx: Transaction<Database>): Promise<void> {
      await trx.deleteFrom('agendaStars').where('personId', '=', personId).execute();
      await trx.deleteFrom('agendaFeeds').where('personId', '=', personId).execute();
    },
  };
}
export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;

async function bumpSessionsOfSpeaker(trx: Transaction<Database>, speakerId: string, now: string) {
  await trx
    .updateTable('programSessions')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), updatedAt: now }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('programSessionSpeakers').select('sessionId').where('speakerId', '=', speakerId),
    )
    .execute();
}
