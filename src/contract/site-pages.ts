import { z } from 'zod';
import { LOCALES } from './locale.js';

export const SITE_PAGE_KEYS = ['imprint', 'privacy', 'accessibility'] as const;
export type SitePageKey = (typeof SITE_PAGE_KEYS)[number];

/** Whether a path segment names one of the site pages. */
export function isSitePageKey(key: string): key is SitePageKey {
  return (SITE_PAGE_KEYS as readonly string[]).includes(key);
}

/**
 * The page in the path. Any string passes the schema so that an unknown page answers 404 (not found)
 * from the service, like any other missing resource, rather than 422.
 */
export const sitePageParamsSchema = z.object({
  key: z
    .string()
    .max(100)
    .meta({ description: `One of ${SITE_PAGE_KEYS.join(', ')}; any other key answers 404.` }),
});
export const sitePageSchema = z.object({
  key: z.enum(SITE_PAGE_KEYS),
  locale: z.enum(LOCALES),
  title: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  version: z.number().int(),
  textVersion: z.string(),
  updatedAt: z.string().nullable(),
});
export type SitePage = z.infer<typeof sitePageSchema>;
export const sitePageUpdateSchema = z
  .object({
    locale: z.enum(LOCALES),
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(50_000),
  })
  .strict();
