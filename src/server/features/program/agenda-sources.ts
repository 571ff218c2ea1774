import type { Locale } from '../../../contract/locale.js';

/**
 * Extension point of "Mein Programm / My agenda" and its .ics feed: other features (islands,
 * meetings) contribute a person's assignments without the programme feature knowing them.
 * STUB created by the lead: the islands helper wires it into the agenda service, its contract, the
 * .ics feed and the web agenda; the meetings helper registers a second source the same way.
 */
export interface AgendaAssignment {
  /** Stable across changes (used as the calendar UID): e.g. 'island:<placementId>'. */
  uid: string;
  kind: 'island' | 'meeting';
  eventId: string;
  /** The programme session the assignment belongs to (island round, meetings block), if any. */
  sessionId: string | null;
  startsAt: string;
  endsAt: string;
  /** Grows on every change so subscribed calendars replace the entry. */
  sequence: number;
  updatedAt: string;
  /** Localized one-line summary, e.g. "Runde 1: Insel Energie, Halle A, Tisch 3". */
  summary: Record<Locale, string>;
  /** Localized place, e.g. "Halle A, Tisch 3". */
  location: Record<Locale, string>;
  /** Structured details the web app shows (feature-specific, plain JSON). */
  details: Record<string, string | number | null>;
}

/** A feature that contributes assignments to people's agendas. */
export interface AgendaAssignmentSource {
  /** Published assignments of the person, for one event or (eventId undefined) all events. */
  listForPerson(personId: string, eventId?: string): Promise<AgendaAssignment[]>;
}
