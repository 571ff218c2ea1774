import type { Kysely } from 'kysely';
import type { SessionType } from '../../../contract/program.js';
import type { Database } from '../../db/schema.js';

/** A programme session as other features read it (islands take their rounds from here). */
export interface SessionSummary {
  id: string;
  eventId: string;
  type: SessionType;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string;
}

/** Read-only access to an event's sessions for other features, without the programme's internals. */
export function createSessionReader(db: Kysely<Database>) {
  const columns = ['id', 'eventId', 'type', 'title', 'startsAt', 'endsAt', 'room'] as const;
  return {
    /** The event's sessions of one type, by start (then title). */
    async listByType(eventId: string, type: SessionType): Promise<SessionSummary[]> {
      return db
        .selectFrom('programSessions')
        .select(columns)
        .where('eventId', '=', eventId)
        .where('type', '=', type)
        .orderBy('startsAt')
        .orderBy('title')
        .execute();
    },
  };
}
export type SessionReader = ReturnType<typeof createSessionReader>;
