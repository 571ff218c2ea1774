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

const versionSchema = z.object({
  headline: z.string(),
  lead: z.string(),
  body: z.string(),
  reportUrl: z.string().nullable(),
  contact: z.string().nullable(),
  quotes: z.string(),
  figures: z.string(),
});

/** The draft columns of a row as one JSON text, in a fixed key order (so two snapshots compare as text). */
export function snapshotOf(row: DraftFields): string {
  return JSON.stringify(Object.fromEntries(DRAFT_COLUMNS.map((key) => [key, row[key]])));
}

/** The stored published version, or undefined when there is none (or it cannot be read). */
export function publishedVersionOf(row: RetrospectiveRow): DraftFields | undefined {
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

/**
 * The row as the public sees it: the published version's fields over the draft columns. A row published
 * before published versions existed has none and reads its columns, as it always did.
 */
export function publicRow(row: RetrospectiveRow): RetrospectiveRow {
  const version = publishedVersionOf(row);
  return version ? { ...row, ...version } : row;
}

/** Whether a published retrospective has edits the public does not see yet. */
export function hasUnpublishedChanges(row: RetrospectiveRow | undefined): boolean {
  return Boolean(row?.publishedAt && row.publishedVersion && snapshotOf(row) !== row.publishedVersion);
}
