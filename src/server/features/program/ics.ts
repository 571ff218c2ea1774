import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { vtimezone } from '../registration/index.js';
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

/**
 * The agenda feed: one VEVENT per starred session at its local time (TZID of its event's zone), with
 * a UID that stays the same across changes and SEQUENCE / LAST-MODIFIED from the session, so
 * subscribed calendars replace an entry when it changes and drop it when it leaves the feed.
 */
export function agendaIcs(
  items: readonly FeedItem[],
  params: { baseUrl: string; now: Date; name: string },
): string {
  const zones = [...new Set(items.map((i) => i.event.timeZone))];
  const calendar = ical({
    name: params.name,
    prodId: { company: 'CrossDialog', product: 'CrossDialog', language: 'DE' },
    ttl: 60 * 60,
  });
  const firstZone = zones[0];
  const firstYear = items[0] ? DateTime.fromISO(items[0].session.startsAt).year : params.now.getUTCFullYear();
  if (firstZone) {
    calendar.timezone({ name: firstZone, generator: (name) => vtimezone(name, firstYear) });
  }
  for (const { session, event } of items) {
    calendar.createEvent({
      id: `${session.id}@crossdialog`,
      sequence: session.sequence,
      start: DateTime.fromISO(session.startsAt, { zone: 'utc' }).setZone(event.timeZone),
      end: DateTime.fromISO(session.endsAt, { zone: 'utc' }).setZone(event.timeZone),
      timezone: event.timeZone,
      summary: session.title,
      location: [session.room, event.venueName, event.venueAddress].filter(Boolean).join(', '),
      description: plainDescription({ session, event }),
      url: `${params.baseUrl}/events/${encodeURIComponent(event.slug)}#programme`,
    });
  }
  // DTSTAMP and LAST-MODIFIED must be UTC (RFC 5545 3.8.7); the library writes them in the calendar's zone.
  let text = calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp(params.now.toISOString())}`);
  let index = 0;
  text = text.replace(/^END:VEVENT$/gm, (line) => {
    const item = items[index];
    index += 1;
    return item ? `LAST-MODIFIED:${utcStamp(item.session.updatedAt)}\r\n${line}` : line;
  });
  // Further zones (an agenda spanning events in different zones) get their VTIMEZONE too.
  const extra = zones
    .slice(1)
    .map((zone) => vtimezone(zone, firstYear))
    .join('\r\n');
  return extra ? text.replace(/^BEGIN:VEVENT$/m, `${extra}\r\nBEGIN:VEVENT`) : text;
}
