import type { Figure, FigureKey, Photo, RetrospectiveContact } from '../../../contract/retrospective.js';
import { FIGURE_KEYS, quoteSchema, retrospectiveContactSchema } from '../../../contract/retrospective.js';
import { toLocale } from '../../../contract/locale.js';
import type { EventRow } from '../events/index.js';
import type { PhotoMeta, RetrospectiveRow } from './repository.js';
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
