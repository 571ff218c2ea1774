import { z } from 'zod';
import { LOCALES } from './locale.js';

export const SITE_PAGE_KEYS = ['imprint', 'privacy', 'accessibility'] as const;
export type SitePageKey = (typeof SITE_PAGE_KEYS)[number];

export const sitePageParamsSchema = z.object({ key: z.enum(SITE_PAGE_KEYS) });
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
