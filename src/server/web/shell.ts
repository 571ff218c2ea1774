import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';
import type { Branding } from '../../contract/branding.js';
import type { EventDetail } from '../../contract/events.js';
import type { Locale } from '../../contract/locale.js';
import type { EventService } from '../features/events/index.js';
import { retrospectiveHeadTags, type RetrospectiveService } from '../features/retrospective/index.js';
import { escapeHtml } from '../markdown.js';
import { compressibleBody, sendCompressible } from '../plugins/compression.js';
import { sendRouteNotFound } from '../plugins/errors.js';
import { CONTENT_MAX_AGE_MS, type PublicCache } from '../plugins/public-cache.js';

interface ShellDeps {
  webDir: string | null;
  events: EventService;
  /** Head of a published retrospective (/events/:slug/retrospective), when that feature is wired. */
  retrospective?: Pick<RetrospectiveService, 'findPublishedHead'>;
  /** Keeps the pages a crowd opens (event pages with their head, the start page), ready compressed. */
  cache?: PublicCache;
  /** The network's brand (name in titles, colours as CSS custom properties); CrossDialog's own without it. */
  branding?: () => { branding: Branding; version: number };
  /** PUBLIC_URL without a trailing slash (config.publicUrl): the base of og:url and the JSON-LD url. */
  baseUrl: string;
}

/** Pages whose HTML is kept in the public cache: the same for every visitor, few and known. */
const CACHED_PAGE = /^\/(events(\/[a-z0-9-]+(\/retrospective)?)?\/?)?$/;

const SITE_NAME = 'CrossDialog';

/** The network's name for the web app's titles before it fetched the brand (components/network-name.ts). */
function appNameTag(siteName: string): string {
  return `<meta name="application-name" content="${escapeHtml(siteName)}">`;
}

/**
 * The brand colours as CSS custom properties, in the head so the first paint has them (no flash of
 * the default blue). Nothing when the organizers set no colours: the stylesheet's defaults stay.
 * The values passed a `#rrggbb` check on save, so they cannot close the style element.
 */
export function brandStyleTag(branding: Branding | null): string {
  if (!branding?.isCustomized) {
    return '';
  }
  const colour = (value: string) => (/^#[0-9a-f]{6}$/i.test(value) ? value : null);
  const primary = colour(branding.primaryColour);
  const accent = colour(branding.accentColour);
  const rules = [
    primary ? `--color-primary:${primary}` : '',
    accent ? `--color-primary-dark:${accent};--color-brand-accent:${accent}` : '',
  ].filter(Boolean);
  return rules.length > 0 ? `<style id="brand-colours">:root{${rules.join(';')}}</style>` : '';
}

/**
 * Vite names every file under assets/ (the entry chunk, each page's chunk, the CSS) by a hash of its
 * content, so a browser may keep them for a year and never ask again; a new build has new names.
 * Everything else (sw.js, the manifest, icons) keeps the default (revalidate on use).
 */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Options for @fastify/static serving the built web app from `webDir`. The build writes a brotli (.br)
 * and a gzip (.gz) file beside each text asset (scripts/precompress.ts); they are sent by the request's
 * Accept-Encoding with Content-Encoding and Vary, so nothing is compressed while serving.
 */
export function webStaticOptions(webDir: string): FastifyStaticOptions {
  const assets = path.join(path.resolve(webDir), 'assets') + path.sep;
  return {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      if (path.resolve(filePath).startsWith(assets)) {
        reply.header('cache-control', IMMUTABLE_CACHE_CONTROL);
      }
    },
  };
}

/**
 * The canonical address of a page, from PUBLIC_URL (or the loopback default), never from the request's
 * Host or X-Forwarded-Host: those are the caller's to choose, and a cached head would hand a forged
 * og:url to every later visitor.
 */
function absoluteUrl(baseUrl: string, pathname: string): string {
  return `${baseUrl}${pathname}`;
}

/** Open Graph and schema.org Event metadata, so a shared link shows title, date, place and image. */
export function eventHeadTags(
  event: EventDetail,
  url: string,
  locale: Locale,
  siteName: string = SITE_NAME,
): string {
  const date = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: event.timeZone,
  }).format(new Date(event.startsAt));
  const description = `${date} · ${event.venue.name}${event.teaser ? ` · ${event.teaser}` : ''}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.teaser || event.subtitle,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.venue.name, address: event.venue.address },
    ...(event.image ? { image: [event.image.url] } : {}),
    url,
  };
  // JSON inside a script element: escape "<" so text cannot close the element.
  const ld = JSON.stringify(jsonLd).replace(/</g, '\\u003c');
  const tags = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="event">`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}">`,
    `<meta property="og:title" content="${escapeHtml(event.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="${locale === 'de' ? 'de_DE' : 'en_GB'}">`,
    ...(event.image
      ? [
          `<meta property="og:image" content="${escapeHtml(event.image.url)}">`,
          `<meta property="og:image:alt" content="${escapeHtml(event.image.alt)}">`,
        ]
      : []),
    `<meta name="twitter:card" content="${event.image ? 'summary_large_image' : 'summary'}">`,
    `<script type="application/ld+json">${ld}</script>`,
  ];
  return tags.join('\n    ');
}

/** Serves the web app's HTML for every non-API page, with server-made head metadata on event pages. */
export function registerWebShell(
  app: FastifyInstance,
  { webDir, events, retrospective, cache, branding, baseUrl }: ShellDeps,
): void {
  const indexFile = webDir ? path.join(webDir, 'index.html') : null;
  let template: string | null = null;
  const loadTemplate = () => {
    if (template === null && indexFile && fs.existsSync(indexFile)) {
      template = fs.readFileSync(indexFile, 'utf8');
    }
    return template;
  };

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    // A chunk missing from assets/ (a page still running the build before a deploy asks for it) must
    // fail as a 404, not load the HTML page as JavaScript: the app then offers to reload.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !url.startsWith('/api/') &&
      !url.startsWith('/assets/');
    const html = isPage ? loadTemplate() : null;
    if (!html) {
      return sendRouteNotFound(request, reply);
    }
    const brandState = branding?.() ?? null;
    const brand = brandState?.branding ?? null;
    const siteName = brand?.networkName ?? SITE_NAME;
    const render = async (): Promise<string> => {
      let head = '';
      let title = siteName;
      const match = /^\/events\/([a-z0-9-]+)\/?$/.exec(url);
      if (match?.[1]) {
        try {
          const event = await events.getEventBySlug({ kind: 'anonymous' }, match[1], request.locale);
          head = eventHeadTags(event, absoluteUrl(baseUrl, url), request.locale, siteName);
          title = `${event.title} · ${siteName}`;
        } catch {
          // Unknown or unpublished: the app shows its own "not found" page.
        }
      }
      const retroMatch = /^\/events\/([a-z0-9-]+)\/retrospective\/?$/.exec(url);
      const retro =
        retroMatch?.[1] && retrospective ? await retrospective.findPublishedHead(retroMatch[1]) : null;
      if (retro) {
        head = retrospectiveHeadTags(retro, absoluteUrl(baseUrl, url), siteName);
        title = `${retro.title} · ${siteName}`;
      }
      // Function replacers: a title or description with `$&`, `$'` or `` $` `` is inserted as written,
      // not read as a replacement pattern that copies parts of the template into the head.
      return html
        .replace('<html lang="de">', () => `<html lang="${request.locale}">`)
        .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
        .replace(
          '</head>',
          () => `    ${[appNameTag(siteName), brandStyleTag(brand), head].join('\n    ')}\n  </head>`,
        );
    };
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (cache && CACHED_PAGE.test(url)) {
      // The brand's version is in the key: a saved brand shows at once, not when the entry expires.
      const key = `page\n${url}\n${request.locale}\n${brandState?.version ?? 0}`;
      const answer = await cache.remember(key, CONTENT_MAX_AGE_MS, async () => ({
        body: await render(),
        contentType: 'text/html; charset=utf-8',
      }));
      if (answer) {
        return cache.send(request, reply, answer);
      }
    }
    return sendCompressible(request, reply, compressibleBody(await render()));
  });
}
