import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../contract/locale.js';
import { sitePageParamsSchema, sitePageSchema, sitePageUpdateSchema } from '../../../contract/site-pages.js';
import type { SitePageService } from './service.js';

const tags = ['site pages'];

/** Public reads of imprint, privacy notice and accessibility statement; organizers edit them. */
export function sitePageRoutes(pages: SitePageService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/pages/:key',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A site page in the request language',
          params: sitePageParamsSchema,
          querystring: z.object({ lang: z.enum(LOCALES).optional() }),
          response: { 200: sitePageSchema },
        },
      },
      async (request) => pages.getSitePage(request.params.key, request.locale),
    );

    app.put(
      '/api/v1/admin/pages/:key',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Save a new version of a site page',
          params: sitePageParamsSchema,
          body: sitePageUpdateSchema,
          response: { 200: sitePageSchema },
        },
      },
      async (request) => pages.saveSitePage(request.actor, request.params.key, request.body),
    );
  };
}
