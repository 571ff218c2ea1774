import { z } from 'zod';
import { LOCALES } from './locale.js';

/** Figures never describe a group smaller than this (people, answers, voters). */
export const MIN_GROUP_SIZE = 3;

/** The figures a retrospective may show, in the order the page shows them. */
export const FIGURE_KEYS = [
  'participants',
  'sectors',
  'meetings',
  'crossSector',
  'topQuestions',
  'polls',
  'survey',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const RETROSPECTIVE_LIMITS = {
  headlineMax: 200,
  leadMax: 1_000,
  bodyMax: 20_000,
  quotesMax: 10,
  quoteMax: 600,
  attributionMax: 200,
  altMax: 300,
  captionMax: 300,
  photosMax: 12,
  /** Decoded bytes of one photo. */
  photoBytesMax: 2 * 1024 * 1024,
} as const;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

const trimmed = (max: number) => z.string().trim().max(max);

export const quoteSchema = z.object({
  text: z.string().trim().min(1).max(RETROSPECTIVE_LIMITS.quoteMax),
  attribution: trimmed(RETROSPECTIVE_LIMITS.attributionMax).default(''),
});

export const retrospectiveContactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  role: trimmed(120).default(''),
  email: z.union([z.literal(''), z.email().max(254)]).default(''),
  phone: trimmed(40).default(''),
});
export type RetrospectiveContact = z.output<typeof retrospectiveContactSchema>;

export const retrospectiveInputSchema = z
  .object({
    headline: z.string().trim().min(1).max(RETROSPECTIVE_LIMITS.headlineMax),
    lead: trimmed(RETROSPECTIVE_LIMITS.leadMax).default(''),
    body: z.string().max(RETROSPECTIVE_LIMITS.bodyMax).default(''),
    reportUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
    contact: retrospectiveContactSchema.nullable().default(null),
    quotes: z.array(quoteSchema).max(RETROSPECTIVE_LIMITS.quotesMax).default([]),
    figureKeys: z.array(z.enum(FIGURE_KEYS)).max(FIGURE_KEYS.length).default([]),
  })
  .strict();
export type RetrospectiveInput = z.input<typeof retrospectiveInputSchema>;
export type RetrospectiveFields = z.output<typeof retrospectiveInputSchema>;

export const photoUploadSchema = z
  .object({
    contentType: z.enum(PHOTO_TYPES),
    /** The file, base64-encoded. */
    dataBase64: z
      .string()
      .min(4)
      .max(Math.ceil((RETROSPECTIVE_LIMITS.photoBytesMax * 4) / 3) + 8),
    alt: z.string().trim().min(1).max(RETROSPECTIVE_LIMITS.altMax),
    caption: trimmed(RETROSPECTIVE_LIMITS.captionMax).default(''),
  })
  .strict();
export type PhotoUpload = z.input<typeof photoUploadSchema>;

/** A photo's texts, changed in place after upload: alt text stays required. */
export const photoEditSchema = z
  .object({
    alt: z.string().trim().min(1).max(RETROSPECTIVE_LIMITS.altMax),
    caption: trimmed(RETROSPECTIVE_LIMITS.captionMax).default(''),
  })
  .strict();
export type PhotoEdit = z.input<typeof photoEditSchema>;
export type PhotoFields = z.output<typeof photoEditSchema>;

/** The new order of a retrospective's photos: every stored photo's id exactly once, first to last. */
export const photoOrderSchema = z
  .object({
    photoIds: z.array(z.uuid()).max(RETROSPECTIVE_LIMITS.photosMax),
  })
  .strict();
export type PhotoOrder = z.infer<typeof photoOrderSchema>;

export const photoSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  alt: z.string(),
  caption: z.string(),
});
export type Photo = z.infer<typeof photoSchema>;

/** A retrospective's photos in the order the public page and its print show them. */
export const photoListSchema = z.object({ photos: z.array(photoSchema) });
export type PhotoList = z.infer<typeof photoListSchema>;

/** One line of a figure: a sector with its count, a question with its votes, a poll option. */
export const figureItemSchema = z.object({
  label: z.string(),
  /** Null when the count describes fewer than MIN_GROUP_SIZE people. */
  value: z.number().nullable(),
  percent: z.number().nullable(),
});
export type FigureItem = z.infer<typeof figureItemSchema>;

export const figureGroupSchema = z.object({
  label: z.string(),
  value: z.number().nullable(),
  items: z.array(figureItemSchema),
});

/**
 * A figure computed from the event's data. `groupSize` is the number of people (or answers, voters) it
 * describes; below MIN_GROUP_SIZE it is `suppressed` and carries no numbers.
 */
export const figureSchema = z.object({
  key: z.enum(FIGURE_KEYS),
  groupSize: z.number().int(),
  suppressed: z.boolean(),
  reason: z.enum(['small-group', 'no-data']).nullable(),
  /** What was counted: 'checked-in' or 'confirmed' for participants; null otherwise. */
  basis: z.string().nullable(),
  value: z.number().nullable(),
  percent: z.number().nullable(),
  items: z.array(figureItemSchema),
  groups: z.array(figureGroupSchema),
  /** How many lines were left out because each described fewer than MIN_GROUP_SIZE people. */
  hiddenItems: z.number().int(),
});
export type Figure = z.infer<typeof figureSchema>;

const eventHeadSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  venueName: z.string(),
  /** The language the organizers wrote the event's texts (and this retrospective) in. */
  contentLanguage: z.enum(LOCALES),
});

/** What the public page shows (and the organizer's preview). */
export const publicRetrospectiveSchema = z.object({
  event: eventHeadSchema,
  headline: z.string(),
  lead: z.string(),
  bodyHtml: z.string(),
  reportUrl: z.string(),
  contact: retrospectiveContactSchema.nullable(),
  quotes: z.array(quoteSchema),
  photos: z.array(photoSchema),
  figures: z.array(figureSchema),
  publishedAt: z.string().nullable(),
});
export type PublicRetrospective = z.infer<typeof publicRetrospectiveSchema>;

/** The organizer's editor: the stored fields plus every figure with why it would be hidden. */
export const adminRetrospectiveSchema = z.object({
  event: eventHeadSchema.extend({ isPast: z.boolean() }),
  exists: z.boolean(),
  headline: z.string(),
  lead: z.string(),
  body: z.string(),
  reportUrl: z.string(),
  contact: retrospectiveContactSchema.nullable(),
  quotes: z.array(quoteSchema),
  figureKeys: z.array(z.enum(FIGURE_KEYS)),
  photos: z.array(photoSchema),
  figures: z.array(figureSchema),
  publishedAt: z.string().nullable(),
  /** Published, and the draft (texts, figures) differs from what the public sees. */
  hasUnpublishedChanges: z.boolean(),
});
export type AdminRetrospective = z.infer<typeof adminRetrospectiveSchema>;
