import type { Figure, FigureKey, Photo, RetrospectiveContact } from '../../../contract/retrospective.js';
import { FIGURE_KEYS, quoteSchema, retrospectiveContactSchema } from '../../../contract/retrospective.js';
import { toLocale } from '../../../contract/locale.js';
import type { EventRow } from '../events/index.js';
import { DRAFT_COLUMNS, type DraftColumn, type PhotoMeta, type RetrospectiveRow } from './repository.js';
import { z } from 'zod';

/** The event head every retrospective answer carries. */
export function eventHead(event: EventRow) {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venueName: event.venueName,
    contentLanguage: toLocale(event.contentLanguage),
  };
}

/** The public address of a stored photo. */
export function toPhoto(meta: PhotoMeta): Photo {
  return {
    id: meta.id,
    url: `/api/v1/retrospective-photos/${meta.id}`,
    alt: meta.alt,
    caption: meta.caption,
  };
}

function parse<T>(text: string | null, schema: z.ZodType<T>, fallback: T): T {
  try {
    const result = schema.safeParse(JSON.parse(text ?? 'null'));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

/** The stored JSON fields of a row, read defensively (a bad value reads as empty). */
export function storedFields(row: RetrospectiveRow | undefined) {
  return {
    contact: parse<RetrospectiveContact | null>(
      row?.contact ?? null,
      retrospectiveContactSchema.nullable(),
      null,
    ),
    quotes: parse(row?.quotes ?? '[]', z.array(quoteSchema), []),
    figureKeys: parse<FigureKey[]>(row?.figures ?? '[]', z.array(z.enum(FIGURE_KEYS)), []),
  };
}

/** The figures a public page shows: chosen ones with numbers; suppressed ones never leave the server. */
export function publishableFigures(figures: Figure[], chosen: readonly FigureKey[]): Figure[] {
  return FIGURE_KEYS.filter((key) => chosen.includes(key))
    .map((key) => figures.find((f) => f.key === key))
    .filter((f): f is Figure => f !== undefined && !f.suppressed);
}

type DraftFields = Pick<RetrospectiveRow, DraftColumn>;

/** A photo as a version of the retrospective holds it: which one, with its texts. */
export interface PhotoEntry {
  id: string;
  alt: string;
  caption: string;
}

/** A published version: the draft columns as they were at publish and the photos shown then, in order. */
export type PublishedVersion = DraftFields & { photos?: PhotoEntry[] };

const versionSchema = z.object({
  headline: z.string(),
  lead: z.string(),
  body: z.string(),
  reportUrl: z.string().nullable(),
  contact: z.string().nullable(),
  quotes: z.string(),
  figures: z.string(),
  photos: z.array(z.object({ id: z.string(), alt: z.string(), caption: z.string() })).optional(),
});

/**
 * The draft columns of a row and its draft photos as one JSON text, in a fixed key order (so two
 * snapshots compare as text).
 */
export function snapshotOf(row: DraftFields, photos: readonly PhotoEntry[]): string {
  return JSON.stringify({
    ...Object.fromEntries(DRAFT_COLUMNS.map((key) => [key, row[key]])),
    photos: photos.map((p) => ({ id: p.id, alt: p.alt, caption: p.caption })),
  });
}

/** The stored published version, or undefined when there is none (or it cannot be read). */
export function publishedVersionOf(row: RetrospectiveRow): PublishedVersion | undefined {
  if (!row.publishedVersion) {
    return undefined;
  }
  try {
    const result = versionSchema.safeParse(JSON.parse(row.publishedVersion));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** The draft columns of a version, without its photos (those live in their own table). */
export function versionColumns(version: PublishedVersion): DraftFields {
  const { photos: _photos, ...columns } = version;
  return columns;
}

/**
 * The row as the public sees it: the published version's fields over the draft columns. A row published
 * before published versions existed has none and reads its columns, as it always did.
 */
export function publicRow(row: RetrospectiveRow): RetrospectiveRow {
  const version = publishedVersionOf(row);
  return version ? { ...row, ...versionColumns(version) } : row;
}

/**
 * Whether a published retrospective has edits (texts, figures or photos) the public does not see yet. A
 * version from before photos were drafted has no photo list: its photos were the draft's.
 */
export function hasUnpublishedChanges(
  row: RetrospectiveRow | undefined,
  draftPhotos: readonly PhotoEntry[],
): boolean {
  const version = row?.publishedAt ? publishedVersionOf(row) : undefined;
  if (!row || !version) {
    return false;
  }
  const published = snapshotOf(versionColumns(version), version.photos ?? draftPhotos);
  return snapshotOf(row, draftPhotos) !== published;
}
