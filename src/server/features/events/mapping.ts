import type { EventAdmin, EventDateWarning, EventDetail, EventSummary } from '../../../contract/events.js';
import { toLocale, type Locale } from '../../../contract/locale.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import { renderMarkdown } from '../../markdown.js';
import type { EventRow } from './repository.js';
import { toLocalDateTime } from './time.js';

interface StoredContact {
  name: string;
  role: string;
  phone: string;
  email: string;
  photoUrl?: string | null;
  photoAlt?: string | null;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function storedSectors(row: EventRow): SectorDefinition[] {
  return parseJson<SectorDefinition[]>(row.sectors, []);
}

/** Whether registration is open at `now`: published, upcoming, within its window, not closed by hand, seats or waitlist. */
export function isRegistrationOpen(row: EventRow, now: Date): boolean {
  const t = now.getTime();
  if (row.status !== 'published' || row.registrationClosedManually === 1) {
    return false;
  }
  if (t >= new Date(row.startsAt).getTime()) {
    return false;
  }
  if (row.registrationOpensAt && t < new Date(row.registrationOpensAt).getTime()) {
    return false;
  }
  if (row.registrationClosesAt && t >= new Date(row.registrationClosesAt).getTime()) {
    return false;
  }
  return true;
}

/** The public summary of an event (list cards). */
export function toEventSummary(row: EventRow, now: Date): EventSummary {
  const seatsLeft = Math.max(0, row.capacity - row.seatsTaken);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    teaser: row.teaser,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    contentLanguage: toLocale(row.contentLanguage),
    venue: { name: row.venueName, address: row.venueAddress, mapUrl: row.venueMapUrl },
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    seatsLeft,
    bookedOut: seatsLeft === 0,
    registrationOpen: isRegistrationOpen(row, now),
    isPast: new Date(row.endsAt).getTime() < now.getTime(),
    image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt ?? '' } : null,
  };
}

/** The public event page's data, sector labels in the requested language. */
export function toEventDetail(row: EventRow, now: Date, locale: Locale): EventDetail {
  const contacts = parseJson<StoredContact[]>(row.contacts, []);
  return {
    ...toEventSummary(row, now),
    descriptionHtml: renderMarkdown(row.description),
    startsAtLocal: toLocalDateTime(row.startsAt, row.timeZone),
    endsAtLocal: toLocalDateTime(row.endsAt, row.timeZone),
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    languages: parseJson<string[]>(row.languages, ['de']),
    sectors: storedSectors(row).map((s) => ({ key: s.key, label: s.label[locale] })),
    topics: parseJson<string[]>(row.topics, []),
    contacts: contacts.map((c) => ({
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
      photoUrl: c.photoUrl || null,
      photoAlt: c.photoAlt ?? null,
    })),
  };
}

/** The organizer's editor data. */
/** The dates that lie in the past: the whole event, its start, or the end of its registration window. */
export function eventDateWarnings(
  row: Pick<EventRow, 'startsAt' | 'endsAt' | 'registrationClosesAt'>,
  now: Date,
): EventDateWarning[] {
  const at = now.toISOString();
  if (row.endsAt <= at) {
    return ['event_ended'];
  }
  const warnings: EventDateWarning[] = [];
  if (row.startsAt <= at) {
    warnings.push('event_started');
  }
  if (row.registrationClosesAt && row.registrationClosesAt <= at) {
    warnings.push('registration_closed');
  }
  return warnings;
}

export function toEventAdmin(row: EventRow, now: Date, locale: Locale): EventAdmin {
  return {
    ...toEventDetail(row, now, locale),
    dateWarnings: row.status === 'archived' ? [] : eventDateWarnings(row, now),
    status: row.status,
    description: row.description,
    registrationOpensAtLocal: row.registrationOpensAt
      ? toLocalDateTime(row.registrationOpensAt, row.timeZone)
      : null,
    registrationClosesAtLocal: row.registrationClosesAt
      ? toLocalDateTime(row.registrationClosesAt, row.timeZone)
      : null,
    registrationClosedManually: row.registrationClosedManually === 1,
    sectorDefinitions: storedSectors(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    archivedAt: row.archivedAt,
  };
}
