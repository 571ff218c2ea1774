import type { EventAdmin } from '../../../contract/events.js';
import type { Locale } from '../../../contract/locale.js';
import { DEFAULT_SECTORS } from '../../../contract/sectors.js';

export interface ContactDraft {
  name: string;
  role: string;
  phone: string;
  email: string;
  photoUrl: string;
  photoAlt: string;
}

export interface SectorDraft {
  key: string;
  de: string;
  en: string;
}

/** The editor's state: every field as the text the organizer typed. */
export interface EventDraft {
  slug: string;
  title: string;
  subtitle: string;
  teaser: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  venueMapUrl: string;
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  languages: Locale[];
  contentLanguage: Locale;
  sectors: SectorDraft[];
  /** A new event keeps the server's default sectors unless the organizer changes the list. */
  sectorsChanged: boolean;
  topics: string;
  contacts: ContactDraft[];
  imageUrl: string;
  imageAlt: string;
}

export const COMMON_TIME_ZONES = [
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Warsaw',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Rome',
  'UTC',
  'America/New_York',
  'Asia/Shanghai',
  'Asia/Tokyo',
];

export const EMPTY_CONTACT: ContactDraft = {
  name: '',
  role: '',
  phone: '',
  email: '',
  photoUrl: '',
  photoAlt: '',
};

/** A blank event with the defaults of the contract (Berlin time, German, default sectors). */
export function emptyDraft(): EventDraft {
  return {
    slug: '',
    title: '',
    subtitle: '',
    teaser: '',
    description: '',
    startsAt: '',
    endsAt: '',
    timeZone: 'Europe/Berlin',
    venueName: '',
    venueAddress: '',
    venueMapUrl: '',
    capacity: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    languages: ['de'],
    contentLanguage: 'de',
    sectors: DEFAULT_SECTORS.map((s) => ({ key: s.key, de: s.label.de, en: s.label.en })),
    sectorsChanged: false,
    topics: '',
    contacts: [],
    imageUrl: '',
    imageAlt: '',
  };
}

/** The editor's state for a stored event (wall-clock times in the event's zone). */
export function draftFromEvent(event: EventAdmin): EventDraft {
  return {
    slug: event.slug,
    title: event.title,
    subtitle: event.subtitle,
    teaser: event.teaser,
    description: event.description,
    startsAt: event.startsAtLocal,
    endsAt: event.endsAtLocal,
    timeZone: event.timeZone,
    venueName: event.venue.name,
    venueAddress: event.venue.address,
    venueMapUrl: event.venue.mapUrl ?? '',
    capacity: String(event.capacity),
    registrationOpensAt: event.registrationOpensAtLocal ?? '',
    registrationClosesAt: event.registrationClosesAtLocal ?? '',
    languages: event.languages.filter((l): l is Locale => l === 'de' || l === 'en'),
    contentLanguage: event.contentLanguage,
    sectors: event.sectorDefinitions.map((s) => ({ key: s.key, de: s.label.de, en: s.label.en })),
    sectorsChanged: false,
    topics: event.topics.join(', '),
    contacts: event.contacts.map((c) => ({
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
      photoUrl: c.photoUrl ?? '',
      photoAlt: c.photoAlt ?? '',
    })),
    imageUrl: event.image?.url ?? '',
    imageAlt: event.image?.alt ?? '',
  };
}

/** The API body for create (isNew) or a full update; empty optional fields become null or are left out. */
export function draftToInput(draft: EventDraft, isNew: boolean): Record<string, unknown> {
  const capacity = draft.capacity.trim() === '' ? undefined : Number(draft.capacity);
  const body: Record<string, unknown> = {
    title: draft.title,
    subtitle: draft.subtitle,
    teaser: draft.teaser,
    description: draft.description,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    timeZone: draft.timeZone,
    venue: { name: draft.venueName, address: draft.venueAddress, mapUrl: draft.venueMapUrl },
    capacity,
    registrationOpensAt: draft.registrationOpensAt || null,
    registrationClosesAt: draft.registrationClosesAt || null,
    languages: draft.languages,
    contentLanguage: draft.contentLanguage,
    topics: draft.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter((topic) => topic !== ''),
    contacts: draft.contacts.map((c) => ({
      ...c,
      photoUrl: c.photoUrl,
      photoAlt: c.photoAlt || undefined,
    })),
    image: draft.imageUrl.trim() ? { url: draft.imageUrl, alt: draft.imageAlt } : null,
  };
  if (draft.slug.trim()) {
    body.slug = draft.slug;
  }
  if (!isNew || draft.sectorsChanged) {
    body.sectors = draft.sectors.map((s) => ({ key: s.key, label: { de: s.de, en: s.en } }));
  }
  return body;
}
