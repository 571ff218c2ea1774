import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { decodeFrame, type LiveServerHub } from '../live/index.js';
import type { Actor } from './auth.js';
import { compressibleBody, sendCompressible, type CompressibleBody } from './compression.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's 200 answer is the same for every visitor (organizers aside) and may be served from the
     * public cache for up to `maxAgeMs` (a safety net: writes that change it clear the cache at once).
     */
    publicCache?: { maxAgeMs: number };
  }
}

/** Answers that show seats (seatsLeft, registrationOpen) are recomputed at least once a second. */
export const SEATS_MAX_AGE_MS = 1000;
/** Answers that change only by organizers' writes (which clear the cache): the longest they live. */
export const CONTENT_MAX_AGE_MS = 60_000;
/** Enough for every published event in both languages; beyond it the oldest entries go first. */
const MAX_ENTRIES = 2000;
/** The live hub room that carries "clear your public cache" between instances. */
export const PUBLIC_CACHE_ROOM = 'public-cache';

export interface CachedAnswer {
  body: CompressibleBody;
  etag: string;
  contentType: string;
  expiresAt: number;
  /** Shows seats: dropped when seats change here (at most once a second), expires after a second anyway. */
  showsSeats: boolean;
}

export interface PublicCache {
  /** The cached answer for a key, made by `make` (null: nothing to cache) when missing or expired. */
  remember(
    key: string,
    maxAgeMs: number,
    make: () => Promise<{ body: string; contentType: string } | null>,
  ): Promise<CachedAnswer | null>;
  /** Sends a cached answer: 304 when the request already has it (If-None-Match), else compressed by Accept-Encoding. */
  send(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply;
  /** Forgets every answer, here and (through the live hub) on every other instance. */
  invalidateAll(): void;
  /**
   * Seats changed on this instance (registration, cancellation, expiry, promotion): answers showing seats
   * are dropped at once, or, within a second of the last drop, a second after it; so a rush recomputes
   * them at most once a second. Other instances' answers expire within the second by themselves.
   */
  seatsChanged(): void;
}

const MISS = Symbol('publicCacheMiss');
type RequestWithMiss = FastifyRequest & { [MISS]?: { key: string; generation: number; maxAgeMs: number } };
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isOrganizer(actor: Actor): boolean {
  return actor.kind === 'token' || (actor.kind === 'person' && actor.role === 'organizer');
}

function etagOf(body: Buffer): string {
  // Weak: the compressed forms carry the same tag (RFC 9110 8.8.1).
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

function hasCurrentCopy(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string') {
    return false;
  }
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.slice(2));
}

/**
 * The cache of public reads: the event list, an event, its programme and retrospective, the event page's
 * HTML. Correct by construction rather than by per-feature bookkeeping:
 * - any successful write by an organizer (event, capacity, programme, retrospective, publishing) clears
 *   it here at once and on other instances through the live hub (Redis); a lost Redis message
 *   (reconnect) clears it too;
 * - seat counts change with every registration, so answers showing seats live at most one second;
 * - an answer computed while a clear happened is not stored (the generation moved on), so a read that
 *   began before a write cannot put the old state back.
 * Organizers bypass it (they may preview drafts). Entries hold the serialized body with its compressed
 * forms and an ETag; a conditional request gets 304.
 */
export async function registerPublicCache(
  app: FastifyInstance,
  deps: { clock: Clock; live: LiveServerHub },
): Promise<PublicCache> {
  const { clock, live } = deps;
  const entries = new Map<string, CachedAnswer>();
  let generation = 0;

  const clearLocal = () => {
    generation += 1;
    entries.clear();
  };
  let lastSeatsDrop = -Infinity;
  let seatsDropTimer: NodeJS.Timeout | null = null;
  const dropSeatAnswers = () => {
    seatsDropTimer = null;
    lastSeatsDrop = performance.now();
    generation += 1;
    for (const [key, answer] of entries) {
      if (answer.showsSeats) {
        entries.delete(key);
      }
    }
  };
  app.addHook('onClose', async () => {
    if (seatsDropTimer) {
      clearTimeout(seatsDropTimer);
    }
  });
  await live.join(PUBLIC_CACHE_ROOM, {
    // Each message names the instance that sent it; this one cleared when it sent, and clearing again
    // when its own message comes back through Redis would only throw away answers made since.
    deliver(payload) {
      let fromOthers = true;
      try {
        fromOthers = decodeFrame(payload).some((message) => message.id !== live.instanceId);
      } catch {
        // Unreadable: clear to be safe.
      }
      if (fromOthers) {
        clearLocal();
      }
    },
    resync: clearLocal,
  });

  const store = (key: string, body: string, contentType: string, maxAgeMs: number): CachedAnswer => {
    const raw = Buffer.from(body);
    const answer: CachedAnswer = {
      body: compressibleBody(raw),
      etag: etagOf(raw),
      contentType,
      expiresAt: clock.now().getTime() + maxAgeMs,
      showsSeats: maxAgeMs <= SEATS_MAX_AGE_MS,
    };
    entries.delete(key);
    entries.set(key, answer);
    if (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) {
        entries.delete(oldest);
      }
    }
    return answer;
  };
  const fresh = (key: string): CachedAnswer | undefined => {
    const answer = entries.get(key);
    if (answer && answer.expiresAt > clock.now().getTime()) {
      return answer;
    }
    return undefined;
  };

  const cache: PublicCache = {
    async remember(key, maxAgeMs, make) {
      const cached = fresh(key);
      if (cached) {
        return cached;
      }
      const started = generation;
      const made = await make();
      if (!made) {
        return null;
      }
      if (generation !== started) {
        // Cleared while computing: serve what was computed, keep nothing.
        const raw = Buffer.from(made.body);
        return {
          body: compressibleBody(raw),
          etag: etagOf(raw),
          contentType: made.contentType,
          expiresAt: 0,
          showsSeats: false,
        };
      }
      return store(key, made.body, made.contentType, maxAgeMs);
    },
    send(request, reply, answer) {
      reply.header('etag', answer.etag).header('cache-control', 'no-cache');
      if (hasCurrentCopy(request, answer.etag)) {
        return reply.code(304).send();
      }
      reply.type(answer.contentType);
      return sendCompressible(request, reply, answer.body);
    },
    seatsChanged() {
      if (seatsDropTimer) {
        return;
      }
      const wait = lastSeatsDrop + SEATS_MAX_AGE_MS - performance.now();
      if (wait <= 0) {
        dropSeatAnswers();
        return;
      }
      seatsDropTimer = setTimeout(dropSeatAnswers, wait);
      seatsDropTimer.unref();
    },
    invalidateAll() {
      clearLocal();
      live.publish({
        room: PUBLIC_CACHE_ROOM,
        kind: 'invalidate',
        id: live.instanceId,
        version: generation,
        data: null,
      });
    },
  };

  // Routes that declare `config.publicCache`: answered from the cache before the handler runs.
  app.addHook('preHandler', async (request, reply) => {
    const options = request.routeOptions.config?.publicCache;
    if (!options || (request.method !== 'GET' && request.method !== 'HEAD') || isOrganizer(request.actor)) {
      return;
    }
    // Only validated query strings count (the schema drops unknown keys): made-up ones must not
    // multiply the entries.
    const query = request.routeOptions.schema?.querystring ? JSON.stringify(request.query) : '';
    const key = `${request.routeOptions.url ?? ''}\n${JSON.stringify(request.params)}\n${query}\n${request.locale}`;
    const cached = fresh(key);
    if (cached) {
      return cache.send(request, reply, cached);
    }
    (request as RequestWithMiss)[MISS] = { key, generation, maxAgeMs: options.maxAgeMs };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    // Organizers' writes are what changes the cached answers' content (participants' writes change
    // seats, which live one second). Cleared before the answer leaves, so nobody reads the old state
    // after seeing the write succeed.
    if (WRITE_METHODS.has(request.method) && reply.statusCode < 400 && isOrganizer(request.actor)) {
      cache.invalidateAll();
      return payload;
    }
    const miss = (request as RequestWithMiss)[MISS];
    if (!miss || reply.statusCode !== 200 || typeof payload !== 'string') {
      return payload;
    }
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    const answer =
      miss.generation === generation ? store(miss.key, payload, contentType, miss.maxAgeMs) : undefined;
    reply.header('etag', answer?.etag ?? etagOf(Buffer.from(payload))).header('cache-control', 'no-cache');
    return payload;
  });
  return cache;
}
