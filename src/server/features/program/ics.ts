import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { vtimezone } from '../registration/index.js';
import type { Locale } from '../../../contract/locale.js';
import type { AgendaAssignment } from './agenda-sources.js';
import type { SessionWithSpeakers } from './repository.js';

/** A starred session with what its calendar entry shows of the event. */
export interface FeedItem {
  session: SessionWithSpeakers;
  event: { slug: string; title: string; timeZone: string; venueName: string; venueAddress: string };
}

function utcStamp(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

function plainDescription(item: FeedItem): string {
  const people = item.session.speakers.map((s) => [s.name, s.organization].filter(Boolean).join(', '));
  return [item.session.description.trim(), people.join('\n')].filter(Boolean).join('\n\n');
}

/** An assignment of another feature (island seat, meeting) with its event, for the feed. */
export interface FeedAssignment {
  assignment: AgendaAssignment;
  event: FeedItem['event'];
}

/** One VEVENT, whatever it comes from. */
interface FeedEntry {
  id: string;
  sequence: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  updatedAt: string;
}

function venueOf(event: FeedItem['event']): string {
  return [event.venueName, event.venueAddress].filter(Boolean).join(', ');
}

function entriesOf(
  items: readonly FeedItem[],
  assigned: readonly FeedAssignment[],
  baseUrl: string,
  locale: Locale,
): FeedEntry[] {
  const eventUrl = (slug: string) => `${baseUrl}/events/${encodeURIComponent(slug)}#programme`;
  const sessions = items.map(({ session, event }) => ({
    id: `${session.id}@crossdialog`,
    sequence: session.sequence,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: event.timeZone,
    summary: session.title,
    location: [session.room, venueOf(event)].filter(Boolean).join(', '),
    description: plainDescription({ session, event }),
    url: eventUrl(event.slug),
    updatedAt: session.updatedAt,
  }));
  const others = assigned.map(({ assignment, event }) => ({
    id: `${assignment.uid}@crossdialog`,
    sequence: assignment.sequence,
    startsAt: assignment.startsAt,
    endsAt: assignment.endsAt,
    timeZone: event.timeZone,
    summary: assignment.summary[locale],
    location: [assignment.location[locale], venueOf(event)].filter(Boolean).join(', '),
    description: event.title,
    url: eventUrl(event.slug),
    updatedAt: assignment.updatedAt,
  }));
  return [...sessions, ...others].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * The agenda feed: one VEVENT per starred session and per assignment of another feature (island
 * seat, meeting) at its local time (TZID of its event's zone), with a UID that stays the same across
 * changes and SEQUENCE / LAST-MODIFIED from its source, so subscribed calendars replace an entry when
 * it changes and drop it when it leaves the feed.
 */
export function agendaIcs(
  items: readonly FeedItem[],
  params: { baseUrl: string; now: Date; name: string; locale?: Locale },
  assigned: readonly FeedAssignment[] = [],
): string {
  const entries = entriesOf(items, assigned, params.baseUrl, params.locale ?? 'de');
  const zones = [...new Set(entries.map((e) => e.timeZone))];
  const calendar = ical({
    name: params.name,
    prodId: { company: 'CrossDialog', product: 'CrossDialog', language: 'DE' },
    ttl: 60 * 60,
  });
  const firstZone = zones[0];
  const firstYear = entries[0] ? DateTime.fromISO(entries[0].startsAt).year : params.now.getUTCFullYear();
  if (firstZone) {
    calendar.timezone({ name: firstZone, generator: (name) => vtimezone(name, firstYear) });
  }
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.id,
      sequence: entry.sequence,
      start: DateTime.fromISO(entry.startsAt, { zone: 'utc' }).setZone(entry.timeZone),
      end: DateTime.fromISO(entry.endsAt, { zone: 'utc' }).setZone(entry.timeZone),
      timezone: entry.timeZone,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      url: entry.url,
    });
  }
  // DTSTAMP and LAST-MODIFIED must be UTC (RFC 5545 3.8.7); the library writes them in the calendar's zone.
  let text = calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp(params.now.toISOString())}`);
  let index = 0;
  text = text.replace(/^END:VEVENT$/gm, (line) => {
    const entry = entries[index];
    index += 1;
    return entry ? `LAST-MODIFIED:${utcStamp(entry.updatedAt)}\r\n${line}` : line;
  });
  // Further zones (an agenda spanning events in different zones) get their VTIMEZONE too.
  const extra = zones
    .slice(1)
    .map((zone) => vtimezone(zone, firstYear))
    .join('\r\n');
  return extra ? text.replace(/^BEGIN:VEVENT$/m, `${extra}\r\nBEGIN:VEVENT`) : text;
}
