import type { WebhookOutbox } from '../webhooks/index.js';
import type { SessionType } from '../../../contract/program.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import type { MailOutbox } from '../../mail/outbox.js';
import type { Kysely } from 'kysely';
import type { EventService } from '../events/index.js';
import type { AgendaService, SessionReader } from '../program/index.js';
import type { SchedulerRunner } from './run-scheduler.js';

/** A programme session as meetings read it. */
export interface ProgrammeSessionInfo {
  id: string;
  type: SessionType;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string;
}

/** What meetings read from the programme: networking blocks, and the sessions people starred. */
export interface ProgrammePort {
  listSessionsByType(eventId: string, type: SessionType): Promise<ProgrammeSessionInfo[]>;
  listStarredSessionIds(personId: string): Promise<string[]>;
}

/** What meetings ask the networking feature: who is in the directory, who blocked whom. */
export interface DirectoryPort {
  isInDirectory(eventId: string, personId: string): Promise<boolean>;
  /** Whether either person blocked the other; blocks hold across events, so no event is asked. */
  isBlocked(a: string, b: string): Promise<boolean>;
}

/** What meetings ask the islands feature: when people sit at a conversation island (published seats). */
export interface IslandSeatPort {
  listSeatTimesForPeople(
    eventId: string,
  ): Promise<ReadonlyMap<string, readonly { roundTitle: string; startsAt: string; endsAt: string }[]>>;
}

/** The dependencies of every meetings service, wired once in app.ts. */
export interface MeetingsDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: Pick<MailOutbox, 'enqueueMail'>;
  /** A webhook message for each accepted meeting, in the transaction of the answer. */
  webhooks?: Pick<WebhookOutbox, 'meetingAccepted'>;
  events: Pick<EventService, 'findEventRowById' | 'findEventRowBySlug'>;
  directory: DirectoryPort;
  programme: ProgrammePort;
  islands: IslandSeatPort;
  /** The public address of this installation, for links in mails. */
  baseUrl: string;
  /** Runs the scheduler (a worker thread by default, so a long run does not stall the server). */
  runScheduler: SchedulerRunner;
  /** Where a failed background run is reported (the server's log). */
  log?: { error: (details: object, message: string) => void };
}

/** The programme port over the programme feature's public reader and agenda service. */
export function programmePort(
  sessions: SessionReader,
  agenda: Pick<AgendaService, 'exportAgenda'>,
): ProgrammePort {
  return {
    listSessionsByType: (eventId, type) => sessions.listByType(eventId, type),
    listStarredSessionIds: async (personId) =>
      (await agenda.exportAgenda(personId)).starredSessions.map((s) => s.sessionId),
  };
}
