import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { AgendaAssignmentEntry, AgendaEntry, Programme } from '../../../contract/program.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { hashSecret, newSecret } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow, EventService } from '../events/index.js';
import type { AgendaAssignment, AgendaAssignmentSource } from './agenda-sources.js';
import { agendaIcs, type FeedAssignment, type FeedItem } from './ics.js';
import { roomsInOrder, toProgrammeSession } from './mapping.js';
import { agendaOwner } from './policy.js';
import { createProgrammeRepository, type SessionWithSpeakers } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById' | 'findEventRowBySlug'>;
  /** The public address of this installation, for the feed URL. */
  baseUrl: string;
  /** Features that add a person's assignments (island seats, meetings) to the agenda and feed. */
  sources?: readonly AgendaAssignmentSource[];
  /** The network's name in the calendar feed's name (features/branding); CrossDialog without it. */
  networkName?: () => string;
}

const FEED_NAME: Record<Locale, (network: string) => string> = {
  de: (network) => `Mein Programm (${network})`,
  en: (network) => `My agenda (${network})`,
};

/** The public timetable, "Mein Programm / My agenda" and its calendar feed. */
export function createAgendaService({
  db,
  clock,
  events,
  baseUrl,
  sources = [],
  networkName = () => 'CrossDialog',
}: Deps) {
  const repo = createProgrammeRepository(db);

  /** Every source's assignments of the person whose events are published, each with its event, by start. */
  async function assignmentsWithEvents(personId: string, eventId?: string) {
    const lists = await Promise.all(sources.map((source) => source.listForPerson(personId, eventId)));
    const eventsById = new Map<string, EventRow | undefined>();
    const result: { assignment: AgendaAssignment; event: EventRow }[] = [];
    for (const assignment of lists.flat()) {
      if (!eventsById.has(assignment.eventId)) {
        eventsById.set(assignment.eventId, await events.findEventRowById(assignment.eventId));
      }
      const event = eventsById.get(assignment.eventId);
      if (event?.status === 'published') {
        result.push({ assignment, event });
      }
    }
    return result.sort((a, b) => a.assignment.startsAt.localeCompare(b.assignment.startsAt));
  }

  async function publishedEventBySlug(slug: string): Promise<EventRow> {
    const event = await events.findEventRowBySlug(slug);
    if (!event || event.status !== 'published') {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The starred sessions whose events are published, each with its event. */
  async function starredWithEvents(personId: string, eventId?: string) {
    const sessions = await repo.listStarredSessions(personId, eventId);
    const eventsById = new Map<string, EventRow | undefined>();
    for (const id of new Set(sessions.map((s) => s.eventId))) {
      eventsById.set(id, await events.findEventRowById(id));
    }
    return sessions
      .map((session) => ({ session, event: eventsById.get(session.eventId) }))
      .filter((x): x is { session: SessionWithSpeakers; event: EventRow } => x.event?.status === 'published');
  }

  return {
    /** The timetable of a published event: sessions by start, rooms in order of appearance. */
    async getProgramme(slug: string): Promise<Programme> {
      const event = await publishedEventBySlug(slug);
      const sessions = (await repo.listSessions(event.id)).map((s) => toProgrammeSession(s, event.timeZone));
      return {
        eventId: event.id,
        slug: event.slug,
        timeZone: event.timeZone,
        rooms: roomsInOrder(sessions),
        sessions,
      };
    },

    /** Stars a session of a published event for the signed-in person (idempotent). */
    async starSession(actor: Actor, sessionId: string): Promise<void> {
      const personId = agendaOwner(actor);
      const session = await repo.findSession(sessionId);
      const event = session ? await events.findEventRowById(session.eventId) : undefined;
      if (!session || event?.status !== 'published') {
        throw new AppError('not_found');
      }
      await repo.starSession(personId, sessionId, clock.now().toISOString());
    },

    /** Removes a star (idempotent: an unknown session is simply not starred). */
    async unstarSession(actor: Actor, sessionId: string): Promise<void> {
      await repo.unstarSession(agendaOwner(actor), sessionId);
    },

    /** The person's starred sessions, of one event (by slug) or of all published events. */
    async listAgenda(
      actor: Actor,
      slug: string | undefined,
    ): Promise<{ sessions: AgendaEntry[]; assignments: AgendaAssignmentEntry[] }> {
      const personId = agendaOwner(actor);
      const eventId = slug ? (await publishedEventBySlug(slug)).id : undefined;
      const eventOf = (event: EventRow) => ({
        slug: event.slug,
        title: event.title,
        timeZone: event.timeZone,
      });
      const sessions = (await starredWithEvents(personId, eventId)).map(({ session, event }) => ({
        ...toProgrammeSession(session, event.timeZone),
        event: eventOf(event),
      }));
      const assignments = (await assignmentsWithEvents(personId, eventId)).map(({ assignment, event }) => ({
        uid: assignment.uid,
        kind: assignment.kind,
        sessionId: assignment.sessionId,
        startsAt: assignment.startsAt,
        endsAt: assignment.endsAt,
        summary: assignment.summary,
        location: assignment.location,
        details: assignment.details,
        event: eventOf(event),
      }));
      return { sessions, assignments };
    },

    /** Whether the person has a feed (its secret URL is only shown when issued). */
    async getFeedState(actor: Actor): Promise<{ hasFeed: boolean; createdAt: string | null }> {
      const feed = await repo.findFeed(agendaOwner(actor));
      return { hasFeed: Boolean(feed), createdAt: feed?.createdAt ?? null };
    },

    /** Issues a new secret feed URL; any earlier URL of the person stops working. */
    async issueFeed(actor: Actor): Promise<{ url: string; createdAt: string }> {
      const personId = agendaOwner(actor);
      const token = newSecret();
      const now = clock.now().toISOString();
      await repo.replaceFeed(personId, hashSecret(token), now);
      return { url: `${baseUrl}/api/v1/agenda/${token}.ics`, createdAt: now };
    },

    /** The .ics of the person whose feed token this is; not_found for an unknown or replaced token. */
    async renderFeed(token: string, locale: Locale): Promise<string> {
      const feed = await repo.findFeedByHash(hashSecret(token));
      if (!feed) {
        throw new AppError('not_found');
      }
      const feedEvent = (event: EventRow) => ({
        slug: event.slug,
        title: event.title,
        timeZone: event.timeZone,
        venueName: event.venueName,
        venueAddress: event.venueAddress,
      });
      const items: FeedItem[] = (await starredWithEvents(feed.personId)).map(({ session, event }) => ({
        session,
        event: feedEvent(event),
      }));
      const assigned: FeedAssignment[] = (await assignmentsWithEvents(feed.personId)).map(
        ({ assignment, event }) => ({ assignment, event: feedEvent(event) }),
      );
      return agendaIcs(
        items,
        { baseUrl, now: clock.now(), name: FEED_NAME[locale](networkName()), locale },
        assigned,
      );
    },

    /** The person's agenda for the data export. */
    async exportAgenda(personId: string) {
      const feed = await repo.findFeed(personId);
      return { starredSessions: await repo.listStars(personId), feedCreatedAt: feed?.createdAt ?? null };
    },

    eraseAgenda: repo.erasePerson,
  };
}
export type AgendaService = ReturnType<typeof createAgendaService>;
