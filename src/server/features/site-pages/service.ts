import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import { isSitePageKey, type SitePage, type SitePageKey } from '../../../contract/site-pages.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { renderMarkdown } from '../../markdown.js';
import type { Actor } from '../../plugins/auth.js';
import { DEFAULT_SITE_PAGES } from './defaults.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/** Imprint, privacy notice and accessibility statement: texts the organizer sets, versioned. */
export function createSitePageService({ db, clock }: Deps) {
  async function findPage(key: SitePageKey, locale: Locale) {
    return db
      .selectFrom('sitePages')
      .selectAll()
      .where('key', '=', key)
      .where('locale', '=', locale)
      .executeTakeFirst();
  }

  async function getSitePage(key: SitePageKey, locale: Locale): Promise<SitePage> {
    const row = await findPage(key, locale);
    const fallback = DEFAULT_SITE_PAGES[key][locale];
    const title = row?.title ?? fallback.title;
    const body = row?.body ?? fallback.body;
    const version = row?.version ?? 0;
    return {
      key,
      locale,
      title,
      body,
      bodyHtml: renderMarkdown(body),
      version,
      textVersion: `${key}/${locale}/v${version}`,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  /** The page named in a request path; an unknown page is not found (404). */
  function pageKeyOf(key: string): SitePageKey {
    if (!isSitePageKey(key)) {
      throw new AppError('not_found');
    }
    return key;
  }

  return {
    /** The page in a language (the default text until the organizer saved one); unknown key: not_found. */
    async getSitePage(key: string, locale: Locale): Promise<SitePage> {
      return getSitePage(pageKeyOf(key), locale);
    },

    /** The version label of a text that a consent refers to, e.g. `privacy/de/v3`. */
    async currentVersion(key: SitePageKey, locale: Locale = 'de'): Promise<string> {
      return (await getSitePage(key, locale)).textVersion;
    },

    /** Saves a new version of a page; unknown key: not_found. */
    async saveSitePage(
      actor: Actor,
      pageKey: string,
      input: { locale: Locale; title: string; body: string },
    ): Promise<SitePage> {
      if (actor.kind === 'anonymous' || actor.role !== 'organizer') {
        throw new AppError('forbidden');
      }
      const key = pageKeyOf(pageKey);
      const now = clock.now().toISOString();
      const current = await findPage(key, input.locale);
      const updatedBy = actor.kind === 'person' ? actor.personId : null;
      if (current) {
        await db
          .updateTable('sitePages')
          .set({
            title: input.title,
            body: input.body,
            version: current.version + 1,
            updatedAt: now,
            updatedBy,
          })
          .where('key', '=', key)
          .where('locale', '=', input.locale)
          .execute();
      } else {
        await db
          .insertInto('sitePages')
          .values({
            key,
            locale: input.locale,
            title: input.title,
            body: input.body,
            version: 1,
            updatedAt: now,
            updatedBy,
          })
          .execute();
      }
      return getSitePage(key, input.locale);
    },
  };
}
export type SitePageService = ReturnType<typeof createSitePageService>;
