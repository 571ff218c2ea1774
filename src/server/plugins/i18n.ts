import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCALES, pickLocale, type Locale } from '../../contract/locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

export const LANGUAGE_COOKIE = 'cd_lang';

/** The request's language: the remembered choice (cookie, `?lang=`) first, then Accept-Language. */
export function resolveLocale(request: FastifyRequest): Locale {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const fromQuery = typeof query.lang === 'string' ? query.lang : undefined;
  const fromCookie = request.cookies?.[LANGUAGE_COOKIE];
  for (const candidate of [fromQuery, fromCookie]) {
    const match = LOCALES.find((l) => l === candidate);
    if (match) {
      return match;
    }
  }
  return pickLocale(request.headers['accept-language']);
}

/** Decorates every request with its locale. */
export function registerI18n(app: FastifyInstance): void {
  app.decorateRequest('locale', 'de');
  app.addHook('onRequest', async (request) => {
    request.locale = resolveLocale(request);
  });
}
