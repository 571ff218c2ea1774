import { z } from 'zod';
import { LOCALES } from './locale.js';

/** Limits shared by the form and the API. */
export const EVENT_LIMITS = {
  titleMax: 200,
  subtitleMax: 300,
  teaserMax: 600,
  descriptionMax: 20_000,
  capacityMax: 100_000,
  topicsMax: 50,
  topicMax: 80,
  contactsMax: 10,
  sectorsMax: 40,
} as const;

const trimmed = (max: number) => z.string().trim().max(max);
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).optional();

/** A date-time: an ISO instant with offset, or a wall-clock time (`2020-02-06T09:00`) in the event's time zone. */
export const dateTimeInputSchema = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
    'field.invalid_datetime',
  );

export const sectorSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'field.slug_format'),
  label: z.object({ de: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }),
});

export const contactPersonSchema = z.object({
  name: z.string().trim().min(1).max(120),
  role: trimmed(120).default(''),
  phone: trimmed(40).default(''),
  email: z.union([z.literal(''), z.email().max(254)]).default(''),
  photoUrl: optionalUrl,
  photoAlt: trimmed(300).optional(),
});

const subtitleSchema = trimmed(EVENT_LIMITS.subtitleMax);
const teaserSchema = trimmed(EVENT_LIMITS.teaserMax);
const descriptionSchema = z.string().max(EVENT_LIMITS.descriptionMax);
const timeZoneSchema = z.string().trim().min(1).max(64);
const languagesSchema = z.array(z.enum(LOCALES)).min(1).max(LOCALES.length);
const topicsSchema = z.array(z.string().trim().min(1).max(EVENT_LIMITS.topicMax)).max(EVENT_LIMITS.topicsMax);
const contactsSchema = z.array(contactPersonSchema).max(EVENT_LIMITS.contactsMax);

/** The fields an organizer edits, without defaults: the base of create (with defaults) and update (partial). */
const eventShape = z.object({
  slug: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'field.slug_format')
    .optional(),
  title: z.string().trim().min(3).max(EVENT_LIMITS.titleMax),
  subtitle: subtitleSchema,
  teaser: teaserSchema,
  description: descriptionSchema,
  startsAt: dateTimeInputSchema,
  endsAt: dateTimeInputSchema,
  timeZone: timeZoneSchema,
  venue: z.object({
    name: z.string().trim().min(1).max(200),
    address: trimmed(400).default(''),
    mapUrl: optionalUrl,
  }),
  capacity: z.number().int().min(1).max(EVENT_LIMITS.capacityMax),
  registrationOpensAt: dateTimeInputSchema.nullable().optional(),
  registrationClosesAt: dateTimeInputSchema.nullable().optional(),
  languages: languagesSchema,
  /** The language of the texts organizers write (title, description, programme, retrospective). */
  contentLanguage: z.enum(LOCALES),
  sectors: z.array(sectorSchema).min(1).max(EVENT_LIMITS.sectorsMax).optional(),
  topics: topicsSchema,
  contacts: contactsSchema,
  image: z
    .object({ url: z.url({ protocol: /^https?$/ }).max(2000), alt: z.string().trim().max(300) })
    .nullable()
    .optional(),
});

/** A complete event: what create takes, and what an update must add up to. */
export const eventFieldsSchema = eventShape.extend({
  subtitle: subtitleSchema.default(''),
  teaser: teaserSchema.default(''),
  description: descriptionSchema.default(''),
  timeZone: timeZoneSchema.default('Europe/Berlin'),
  languages: languagesSchema.default(['de']),
  contentLanguage: z.enum(LOCALES).default('de'),
  topics: topicsSchema.default([]),
  contacts: contactsSchema.default([]),
});

export const eventCreateSchema = eventFieldsSchema.strict();
/** A partial change: only the fields sent are changed. */
export const eventUpdateSchema = eventShape.partial().strict();
export type EventInput = z.input<typeof eventCreateSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;
export type EventUpdate = z.output<typeof eventUpdateSchema>;

export const EVENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const contactOutSchema = z.object({
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  photoUrl: z.string().nullable(),
  photoAlt: z.string().nullable(),
});

/** What everyone sees of a published event. */
export const eventSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  teaser: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  /** The language of the organizers' texts: pages mark them with this `lang`. */
  contentLanguage: z.enum(LOCALES),
  venue: z.object({ name: z.string(), address: z.string(), mapUrl: z.string().nullable() }),
  capacity: z.number().int(),
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int(),
  bookedOut: z.boolean(),
  registrationOpen: z.boolean(),
  isPast: z.boolean(),
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const eventDetailSchema = eventSummarySchema.extend({
  descriptionHtml: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  languages: z.array(z.string()),
  sectors: z.array(z.object({ key: z.string(), label: z.string() })),
  topics: z.array(z.string()),
  contacts: z.array(contactOutSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

/** The organizer's view: every field as stored, for the editor. */
/** What the date check warns about: the event (or its registration window) lies in the past. */
export const EVENT_DATE_WARNINGS = ['event_ended', 'event_started', 'registration_closed'] as const;
export type EventDateWarning = (typeof EVENT_DATE_WARNINGS)[number];

export const eventAdminSchema = eventDetailSchema.extend({
  /** Shown on save and before publishing; empty when every date lies ahead. */
  dateWarnings: z.array(z.enum(EVENT_DATE_WARNINGS)),
  status: z.enum(EVENT_STATUSES),
  description: z.string(),
  registrationOpensAtLocal: z.string().nullable(),
  registrationClosesAtLocal: z.string().nullable(),
  registrationClosedManually: z.boolean(),
  sectorDefinitions: z.array(sectorSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type EventAdmin = z.infer<typeof eventAdminSchema>;

export const eventListQuerySchema = z.object({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  lang: z.enum(LOCALES).optional(),
});
export const slugParamsSchema = z.object({ slug: z.string().min(1).max(120) });
export const idParamsSchema = z.object({ id: z.uuid() });
// Not strict: every request may carry `?lang=`.
export const publishQuerySchema = z.object({
  /** Publish even though the event is over (a late archive entry); without it that is refused with 409. */
  confirmPast: z.enum(['true', 'false']).optional(),
});
