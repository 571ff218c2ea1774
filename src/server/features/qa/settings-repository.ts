import type { Kysely, Selectable } from 'kysely';
import type { SessionType } from '../../../contract/program.js';
import type { Database, LiveSessionSettingsTable } from '../../db/schema.js';
import { newJoinCode } from './join-code.js';

export type SettingsRow = Selectable<LiveSessionSettingsTable>;

/** A programme session with its event, as the live pages need it. */
export interface LiveSessionRow {
  id: string;
  eventId: string;
  type: SessionType;
  title: string;
  room: string;
  startsAt: string;
  endsAt: string;
  eventSlug: string;
  eventTitle: string;
  contentLanguage: string;
  eventStatus: string;
  timeZone: string;
}

const JOIN_CODE_ATTEMPTS = 8;

/** The only code that touches live_session_settings and live_moderator_grants. */
export function createSettingsRepository(db: Kysely<Database>) {
  return {
    /**
     * The session and its event. Reads the programme's and the events' tables directly (read-only):
     * the programme's index offers no lookup by id yet.
     */
    async findSession(sessionId: string): Promise<LiveSessionRow | undefined> {
      return db
        .selectFrom('programSessions')
        .innerJoin('events', 'events.id', 'programSessions.eventId')
        .select([
          'programSessions.id',
          'programSessions.eventId',
          'programSessions.type',
          'programSessions.title',
          'programSessions.room',
          'programSessions.startsAt',
          'programSessions.endsAt',
          'events.slug as eventSlug',
          'events.title as eventTitle',
          'events.contentLanguage',
          'events.status as eventStatus',
          'events.timeZone',
        ])
        .where('programSessions.id', '=', sessionId)
        .executeTakeFirst();
    },

    async findSettings(sessionId: string): Promise<SettingsRow | undefined> {
      return db
        .selectFrom('liveSessionSettings')
        .selectAll()
        .where('sessionId', '=', sessionId)
        .executeTakeFirst();
    },

    async findSettingsByCode(joinCode: string): Promise<SettingsRow | undefined> {
      return db
        .selectFrom('liveSessionSettings')
        .selectAll()
        .where('joinCode', '=', joinCode)
        .executeTakeFirst();
    },

    /**
     * The session's settings, created (everything off, a fresh join code) when missing. A code that
     * collides with another session's is drawn again: the unique index decides, not a prior read.
     */
    async ensureSettings(sessionId: string, now: string): Promise<SettingsRow> {
      for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
        const existing = await this.findSettings(sessionId);
        if (existing) {
          return existing;
        }
        await db
          .insertInto('liveSessionSettings')
          .values({
            sessionId,
            qaEnabled: 0,
            preApproval: 0,
            guestsAllowed: 0,
            joinCode: newJoinCode(),
            moderatorTokenHash: null,
            screenMode: 'questions',
            screenPollId: null,
            version: 1,
            updatedAt: now,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      throw new Error('live: could not draw a free join code');
    },

    /** Changes settings and raises their version in the same UPDATE; the new row. */
    async updateSettings(
      sessionId: string,
      changes: Partial<Omit<SettingsRow, 'sessionId' | 'version'>>,
    ): Promise<SettingsRow | undefined> {
      return db
        .updateTable('liveSessionSettings')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('sessionId', '=', sessionId)
        .returningAll()
        .executeTakeFirst();
    },

    /** A new join code for the session (the old one stops working); retries on a collision. */
    async replaceJoinCode(sessionId: string, now: string): Promise<SettingsRow | undefined> {
      for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
        const code = newJoinCode();
        const taken = await this.findSettingsByCode(code);
        if (taken) {
          continue;
        }
        try {
          return await this.updateSettings(sessionId, { joinCode: code, updatedAt: now });
        } catch {
          // Another session took the code between the check and the update: draw again.
        }
      }
      throw new Error('live: could not draw a free join code');
    },

    /** Sets a new moderator token hash and revokes every earlier grant, in one transaction. */
    async replaceModeratorToken(sessionId: string, tokenHash: string, now: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('liveModeratorGrants').where('sessionId', '=', sessionId).execute();
        await trx
          .updateTable('liveSessionSettings')
          .set({ moderatorTokenHash: tokenHash, updatedAt: now })
          .where('sessionId', '=', sessionId)
          .execute();
      });
    },

    async addModeratorGrant(sessionId: string, viewerKey: string, now: string): Promise<void> {
      await db
        .insertInto('liveModeratorGrants')
        .values({ sessionId, viewerKey, createdAt: now })
        .onConflict((oc) => oc.columns(['sessionId', 'viewerKey']).doNothing())
        .execute();
    },

    /** True when one of the viewer's keys holds a moderator grant for the session. */
    async hasModeratorGrant(sessionId: string, viewerKeys: string[]): Promise<boolean> {
      if (viewerKeys.length === 0) {
        return false;
      }
      const row = await db
        .selectFrom('liveModeratorGrants')
        .select('viewerKey')
        .where('sessionId', '=', sessionId)
        .where('viewerKey', 'in', viewerKeys)
        .executeTakeFirst();
      return Boolean(row);
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

/** A signed-in person's name for a named question (read-only from the people table). */
export async function findPersonName(db: Kysely<Database>, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom('people')
    .select(['firstName', 'lastName'])
    .where('id', '=', personId)
    .executeTakeFirst();
  return row ? `${row.firstName} ${row.lastName}`.trim() : null;
}
