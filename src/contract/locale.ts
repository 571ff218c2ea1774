import { z } from 'zod';

/** The languages CrossDialog speaks; German first. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
// Pure: the web shell imports this file for LOCALES and pickLocale without bundling zod.
export const localeSchema = /* @__PURE__ */ z.enum(LOCALES);

/** A text in every supported language. */
export type LocalizedText = Record<Locale, string>;

/** Picks the best supported locale from an Accept-Language header value. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) {
    return DEFAULT_LOCALE;
  }
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    const match = LOCALES.find((l) => l === base);
    if (match) {
      return match;
    }
  }
  return DEFAULT_LOCALE;
}

/** A stored language code as a Locale; anything unknown is the default (German). */
export function toLocale(value: string | null | undefined): Locale {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
}
