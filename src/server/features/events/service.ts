import type { Kysely, Transaction } from 'kysely';
import type {
  EventAdmin,
  EventDetail,
  EventFields,
  EventSummary,
  EventUpdate,
} from '../../../contract/events.js';
import { eventFieldsSchema } from '../../../contract/events.js';
import { toLocale, type Locale } from '../../../contract/locale.js';
import { DEFAULT_SECTORS } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, type FieldProblem } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import { storedSectors, toEventAdmin, toEventDetail, toEventSummary } from './mapping.js';
import { canManageEvents, canViewEvent } from './policy.js';
import { createEventRepository, type EventRow, type EventValues } from './repository.js';
import type { EditionCopyStep } from './edition.js';
import {
  isValidTimeZone,
  nextEditionShiftDays,
  parseEventDateTime,
  shiftDays,
  toLocalDateTime,
} from './time.js';

interface EventServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** Called after a capacity increase was saved (registration offers the new seats to the waitlist). */
  onCapacityRaised?: (eventId: string) => Promise<unknown>;
  /** Told after any capacity change was saved (the organizers' live counters show the capacity). */
  onCapacityChanged?: (eventId: string) => void;
  /** Each feature's part of "duplicate for next year", run in order in the duplicate's transaction. */
  editionCopySteps?: EditionCopyStep[];
}

/** Makes a URL-safe slug from a title (umlauts spelled out). */
export function slugify(text: string): string {
  const base = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
  return base.length >= 3 ? base : `event-${base || 'neu'}`;
}

/** Checks the cross-field rules and turns validated fields into stored column values. */
function toColumns(
  fields: EventFields,
): Omit<
  EventValues,
  | 'id'
  | 'slug'
  | 'status'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'publishedAt'
  | 'archivedAt'
  | 'registrationClosedManually'
> {
  const problems: FieldProblem[] = [];
  const zone = fields.timeZone;
  if (!isValidTimeZone(zone)) {
    throw new AppError('validation_failed', [{ field: 'timeZone', key: 'field.invalid_time_zone' }]);
  }
  const read = (field: string, value: string | null | undefined): string | null => {
    if (value === null || value === undefined || value === '') {
      return null;
    }
    const parsed = parseEventDateTime(value, zone);
    if (!parsed) {
      problems.push({ field, key: 'field.invalid_datetime' });
    }
    return parsed;
  };
  const startsAt = read('startsAt', fields.startsAt);
  const endsAt = read('endsAt', fields.endsAt);
  const opensAt = read('registrationOpensAt', fields.registrationOpensAt);
  const closesAt = read('registrationClosesAt', fields.registrationClosesAt);
  if (startsAt && endsAt && endsAt <= startsAt) {
    problems.push({ field: 'endsAt', key: 'field.ends_before_start' });
  }
  if (opensAt && closesAt && closesAt <= opensAt) {
    problems.push({ field: 'registrationClosesAt', key: 'field.closes_before_opens' });
  }
  if (closesAt && endsAt && closesAt > endsAt) {
    problems.push({ field: 'registrationClosesAt', key: 'field.closes_after_end' });
  }
  const sectors = fields.sectors ?? [...DEFAULT_SECTORS];
  const seen = new Set<string>();
  sectors.forEach((sector, index) => {
    if (seen.has(sector.key)) {
      problems.push({ field: `sectors.${index}.key`, key: 'field.duplicate_key' });
    }
    seen.add(sector.key);
  });
  if (fields.image?.url && !fields.image.alt) {
    problems.push({ field: 'image.alt', key: 'field.alt_required' });
  }
  fields.contacts.forEach((contact, index) => {
    if (contact.photoUrl && !contact.photoAlt) {
      problems.push({ field: `contacts.${index}.photoAlt`, key: 'field.alt_required' });
    }
  });
  if (problems.length > 0 || !startsAt || !endsAt) {
    throw new AppError('validation_failed', problems);
  }
  return {
    title: fields.title,
    subtitle: fields.subtitle,
    teaser: fields.teaser,
    description: fields.description,
    startsAt,
    endsAt,
    timeZone: zone,
    venueName: fields.venue.name,
    venueAddress: fields.venue.address,
    venueMapUrl: fields.venue.mapUrl || null,
    capacity: fields.capacity,
    registrationOpensAt: opensAt,
    registrationClosesAt: closesAt,
    languages: JSON.stringify([...new Set(fields.languages)]),
    contentLanguage: fields.contentLanguage,
    sectors: JSON.stringify(sectors),
    topics: JSON.stringify([...new Set(fields.topics)]),
    contacts: JSON.stringify(fields.contacts),
    imageUrl: fields.image?.url ?? null,
    imageAlt: fields.image?.url ? fields.image.alt : null,
  };
}

/** The stored event as editable fields again (the base an update is merged onto). */
function toFields(row: EventRow): EventFields {
  const contacts = JSON.parse(row.contacts) as EventFields['contacts'];
  return {
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    teaser: row.teaser,
    description: row.description,
    startsAt: toLocalDateTime(row.startsAt, row.timeZone),
    endsAt: toLocalDateTime(row.endsAt, row.timeZone),
    timeZone: row.timeZone,
    venue: { name: row.venueName, address: row.venueAddress, mapUrl: row.venueMapUrl ?? '' },
    capacity: row.capacity,
    registrationOpensAt: row.registrationOpensAt
      ? toLocalDateTime(row.registrationOpensAt, row.timeZone)
      : null,
    registrationClosesAt: row.registrationClosesAt
      ? toLocalDateTime(row.registrationClosesAt, row.timeZone)
      : null,
    languages: JSON.parse(row.languages) as EventFields['languages'],
    contentLanguage: toLocale(row.contentLanguage),
    sectors: storedSectors(row),
    topics: JSON.parse(row.topics) as string[],
    contacts,
    image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt ?? '' } : null,
  };
}

/** Events: the organizer's use cases and the public reads. */
export function createEventService(deps: EventServiceDeps) {
  const { db, clock } = deps;
  const repo = createEventRepository(db);

  function assertOrganizer(actor: Actor): void {
    if (!canManageEvents(actor)) {
      throw new AppError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
    }
  }

  async function getOwnedEvent(actor: Actor, id: string): Promise<EventRow> {
    assertOrganizer(actor);
    const row = await repo.findEventById(id);
    if (!row) {
      throw new AppError('not_found');
    }
    return row;
  }

  async function uniqueSlug(base: string): Promise<string> {
    for (let n = 1; n < 1000; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await repo.isSlugTaken(candidate))) {
        return candidate;
      }
    }
    return `${base}-${newId().slice(0, 8)}`;
  }

  async function insert(
    actor: Actor,
    fields: EventFields,
    explicitSlug: string | undefined,
    trx?: Transaction<Database>,
  ): Promise<EventRow> {
    const columns = toColumns(fields);
    const now = clock.now().toISOString();
    const year = columns.startsAt.slice(0, 4);
    const slug = explicitSlug ?? (await uniqueSlug(slugify(`${fields.title} ${year}`)));
    const id = newId();
    const inserted = await (trx ? createEventRepository(trx) : repo).insertEvent({
      ...columns,
      id,
      slug,
      status: 'draft',
      registrationClosedManually: 0,
      createdBy: actor.kind === 'person' ? actor.personId : null,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      archivedAt: null,
    });
    if (!inserted) {
      throw new AppError('slug_taken', [{ field: 'slug', key: 'error.slug_taken' }]);
    }
    return (await (trx ? createEventRepository(trx) : repo).findEventById(id))!;
  }

  async function setStatus(
    actor: Actor,
    id: string,
    change: (row: EventRow, now: string) => Partial<EventValues> | null,
  ) {
    const row = await getOwnedEvent(actor, id);
    const now = clock.now().toISOString();
    const values = change(row, now);
    if (!values) {
      throw new AppError('invalid_state');
    }
    await repo.updateEvent(id, { ...values, updatedAt: now });
    return (await repo.findEventById(id))!;
  }

  return {
    /** Published events for the public list, upcoming first by date, past ones newest first. */
    async listPublicEvents(when: 'upcoming' | 'past' | 'all'): Promise<EventSummary[]> {
      const now = clock.now();
      const summaries = (await repo.listEvents(['published'])).map((row) => toEventSummary(row, now));
      const upcoming = summaries.filter((e) => !e.isPast);
      const past = summaries.filter((e) => e.isPast).reverse();
      if (when === 'upcoming') {
        return upcoming;
      }
      return when === 'past' ? past : [...upcoming, ...past];
    },

    /** One event by its slug for the public page; drafts only for organizers. */
    async getEventBySlug(actor: Actor, slug: string, locale: Locale): Promise<EventDetail> {
      const row = await repo.findEventBySlug(slug);
      if (!row || !canViewEvent(actor, row)) {
        throw new AppError('not_found');
      }
      return toEventDetail(row, clock.now(), locale);
    },

    /** The raw row by slug for other features (registration, head metadata); undefined if unknown. */
    async findEventRowBySlug(slug: string): Promise<EventRow | undefined> {
      return repo.findEventBySlug(slug);
    },

    /** The raw row by id for other features (programme); undefined if unknown. */
    async findEventRowById(id: string): Promise<EventRow | undefined> {
      return repo.findEventById(id);
    },

    /** Every event for the organizer's overview. */
    async listEventsForOrganizer(actor: Actor, locale: Locale): Promise<EventAdmin[]> {
      assertOrganizer(actor);
      const now = clock.now();
      const rows = await repo.listEvents(['draft', 'published', 'archived']);
      return rows.map((row) => toEventAdmin(row, now, locale));
    },

    /** One event with every field for the editor. */
    async getEventForOrganizer(actor: Actor, id: string, locale: Locale): Promise<EventAdmin> {
      return toEventAdmin(await getOwnedEvent(actor, id), clock.now(), locale);
    },

    /** Creates a draft event. */
    async createEvent(actor: Actor, fields: EventFields, locale: Locale): Promise<EventAdmin> {
      assertOrganizer(actor);
      const row = await insert(actor, fields, fields.slug);
      return toEventAdmin(row, clock.now(), locale);
    },

    /** Changes the given fields; the merged event must satisfy every rule, capacity not below seats taken. */
    async updateEvent(actor: Actor, id: string, update: EventUpdate, locale: Locale): Promise<EventAdmin> {
      const row = await getOwnedEvent(actor, id);
      if (row.status === 'archived') {
        throw new AppError('invalid_state');
      }
      const merged = eventFieldsSchema.parse({ ...toFields(row), ...stripUndefined(update) });
      const columns = toColumns(merged);
      if (merged.slug && merged.slug !== row.slug && (await repo.isSlugTaken(merged.slug, id))) {
        throw new AppError('slug_taken', [{ field: 'slug', key: 'error.slug_taken' }]);
      }
      const ok = await repo.updateEvent(id, {
        ...columns,
        slug: merged.slug ?? row.slug,
        updatedAt: clock.now().toISOString(),
      });
      if (!ok) {
        throw new AppError('validation_failed', [
          { field: 'capacity', key: 'field.capacity_below_taken', params: { taken: row.seatsTaken } },
        ]);
      }
      if (merged.capacity > row.capacity && deps.onCapacityRaised) {
        await deps.onCapacityRaised(id);
      }
      if (merged.capacity !== row.capacity) {
        deps.onCapacityChanged?.(id);
      }
      return toEventAdmin((await repo.findEventById(id))!, clock.now(), locale);
    },

    /**
     * Makes a draft (or unpublished) event public. An event that is already over is refused
     * (`event_in_past`) unless the organizer confirms it (a late entry for the archive).
     */
    async publishEvent(
      actor: Actor,
      id: string,
      locale: Locale,
      options: { confirmPast?: boolean } = {},
    ): Promise<EventAdmin> {
      const row = await setStatus(actor, id, (r, now) => {
        if (r.status !== 'draft') {
          return null;
        }
        if (r.endsAt <= now && !options.confirmPast) {
          throw new AppError('event_in_past');
        }
        return { status: 'published', publishedAt: now };
      });
      return toEventAdmin(row, clock.now(), locale);
    },

    /** Takes a published event off the public pages (back to draft). */
    async unpublishEvent(actor: Actor, id: string, locale: Locale): Promise<EventAdmin> {
      const row = await setStatus(actor, id, (r) =>
        r.status === 'published' ? { status: 'draft', publishedAt: null } : null,
      );
      return toEventAdmin(row, clock.now(), locale);
    },

    /** Puts an event away: off the public pages, no longer editable. */
    async archiveEvent(actor: Actor, id: string, locale: Locale): Promise<EventAdmin> {
      const row = await setStatus(actor, id, (r, now) =>
        r.status !== 'archived' ? { status: 'archived', archivedAt: now } : null,
      );
      return toEventAdmin(row, clock.now(), locale);
    },

    /**
     * Next year's edition: a draft copy on the same weekday about a year later (as many years as it
     * takes to lie in the future), every time moved by the same days at the same local time, with
     * everything the organizer set up (programme, islands, questions, competences, meeting setup, live
     * and survey settings: `editionCopySteps`) and nothing personal (no registrations, hosts, profiles).
     */
    async duplicateEvent(actor: Actor, id: string, locale: Locale): Promise<EventAdmin> {
      const row = await getOwnedEvent(actor, id);
      const days = nextEditionShiftDays(row.startsAt, row.timeZone, clock.now());
      const shift = (iso: string) => shiftDays(iso, row.timeZone, days);
      const local = (iso: string | null) => (iso ? toLocalDateTime(shift(iso), row.timeZone) : null);
      const fields: EventFields = {
        ...toFields(row),
        slug: undefined,
        startsAt: local(row.startsAt)!,
        endsAt: local(row.endsAt)!,
        registrationOpensAt: local(row.registrationOpensAt),
        registrationClosesAt: local(row.registrationClosesAt),
      };
      // Chosen before the transaction: SQLite has one connection, which the transaction holds.
      const slug = await uniqueSlug(slugify(`${fields.title} ${fields.startsAt.slice(0, 4)}`));
      const copy = await db.transaction().execute(async (trx) => {
        const inserted = await insert(actor, fields, slug, trx);
        const context = {
          fromEventId: row.id,
          toEventId: inserted.id,
          shift,
          now: clock.now().toISOString(),
          ids: new Map<string, string>(),
        };
        for (const step of deps.editionCopySteps ?? []) {
          await step(trx, context);
        }
        return inserted;
      });
      return toEventAdmin(copy, clock.now(), locale);
    },
  };
}
export type EventService = ReturnType<typeof createEventService>;

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
