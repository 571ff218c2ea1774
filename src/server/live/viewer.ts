import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { isSecureCookieRequest } from '../proxy-trust.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { createRateLimiter } from '../features/qa/rate-limit.js';
import { hashSecret, newId } from '../ids.js';
import type { Signer } from '../installation-secret.js';
import type { LiveViewer } from './hub.js';

/**
 * Guest identity for live Q&A and polls. The server issues it: the cookie holds the guest id signed
 * with the installation's key (HMAC), so a made-up or altered value is recognized without a lookup and
 * never becomes a guest; the number of new guests per client address and hour is capped. Cookies of
 * the earlier kind (an opaque secret whose hash is stored) are still recognized. A new browser session keeps
 * the cookie (it is persistent, not a session cookie), so it cannot vote again. Limits, by design:
 * clearing cookies, a private window or another browser or device yields a new identity. Events that
 * need one vote per human require registration (the organizer switches guests off).
 */
export const GUEST_COOKIE = 'cd_guest';
/** Browsers cap cookie lifetimes at 400 days; ask for that. */
const GUEST_COOKIE_MAX_AGE_S = 400 * 24 * 3600;
/** last_seen_at is refreshed at most this often (it tells old identities apart for clean-up). */
const TOUCH_INTERVAL_MS = 24 * 3600 * 1000;
const RESOLVED_GUEST = Symbol('liveGuest');

const SIGNED_PREFIX = 'g1.';
const HOUR_MS = 3_600_000;

interface GuestStoreDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'PUBLIC_URL' | 'NODE_ENV' | 'NEW_GUESTS_PER_ADDRESS_PER_HOUR'>;
  clock: Clock;
  signer: Signer;
}

/** Looks up and issues guest identities; decorated on the Fastify instance as `liveGuests`. */
export interface GuestStore {
  /** The guest id behind a cookie value, or null when unknown or forged. */
  find(token: string): Promise<string | null>;
  /** The guest id of a correctly signed cookie value, without the database (null otherwise). */
  verify(token: string): string | null;
  /** A new guest identity for a client address (429 past its cap; none: demo data): id and cookie value. */
  issue(address?: string): Promise<{ guestId: string; token: string }>;
  /** Whether the guest cookie set in answer to this request is Secure (proxy-trust.ts). */
  isSecureCookie(request: FastifyRequest): boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    liveGuests: GuestStore;
  }
}

type RequestWithGuest = FastifyRequest & { [RESOLVED_GUEST]?: Promise<string | null> };

/** Creates the guest store over the live_guests table. */
export function createGuestStore(deps: GuestStoreDeps): GuestStore {
  const { db, clock, signer } = deps;
  const newGuests = createRateLimiter({
    clock,
    max: deps.config.NEW_GUESTS_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR_MS,
  });
  const verify = (token: string): string | null => {
    if (!token.startsWith(SIGNED_PREFIX)) {
      return null;
    }
    const value = signer.verify(token.slice(SIGNED_PREFIX.length));
    return value && value.length <= 64 ? value : null;
  };
  async function touch(id: string, lastSeenAt: string): Promise<void> {
    const now = clock.now();
    if (now.getTime() - new Date(lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await db
        .updateTable('liveGuests')
        .set({ lastSeenAt: now.toISOString() })
        .where('id', '=', id)
        .execute();
    }
  }
  return {
    isSecureCookie: (request) => isSecureCookieRequest(request, deps.config),
    verify,
    async find(token) {
      const signedId = verify(token);
      if (token.startsWith(SIGNED_PREFIX) && !signedId) {
        return null;
      }
      const row = signedId
        ? await db
            .selectFrom('liveGuests')
            .select(['id', 'lastSeenAt'])
            .where('id', '=', signedId)
            .executeTakeFirst()
        : await db
            .selectFrom('liveGuests')
            .select(['id', 'lastSeenAt'])
            .where('tokenHash', '=', hashSecret(token))
            .executeTakeFirst();
      if (!row && signedId) {
        // Ours (the signature says so) but purged as stale: the same identity comes back.
        const now = clock.now().toISOString();
        await db
          .insertInto('liveGuests')
          .values({ id: signedId, tokenHash: hashSecret(token), createdAt: now, lastSeenAt: now })
          .onConflict((oc) => oc.doNothing())
          .execute();
        return signedId;
      }
      if (!row) {
        return null;
      }
      await touch(row.id, row.lastSeenAt);
      return row.id;
    },
    async issue(address) {
      if (address !== undefined && !newGuests.take(address)) {
        throw new AppError('rate_limited');
      }
      const now = clock.now().toISOString();
      const guestId = newId();
      const token = `${SIGNED_PREFIX}${signer.sign(guestId)}`;
      await db
        .insertInto('liveGuests')
        .values({ id: guestId, tokenHash: hashSecret(token), createdAt: now, lastSeenAt: now })
        .execute();
      return { guestId, token };
    },
  };
}

/** Makes the guest store reachable from every request (`request.server.liveGuests`); call before routes. */
export function registerGuestStore(app: FastifyInstance, store: GuestStore): void {
  app.decorate('liveGuests', store);
}

function guestIdOf(request: FastifyRequest): Promise<string | null> {
  const cached = request as RequestWithGuest;
  if (!cached[RESOLVED_GUEST]) {
    const token = request.cookies[GUEST_COOKIE];
    cached[RESOLVED_GUEST] =
      typeof token === 'string' && token.length > 0 && token.length <= 100
        ? request.server.liveGuests.find(token)
        : Promise.resolve(null);
  }
  return cached[RESOLVED_GUEST];
}

/** Who the caller is for live rooms: person and organizer flag from the session/token, guest id from cd_guest. */
export async function resolveLiveViewer(request: FastifyRequest): Promise<LiveViewer> {
  const actor = request.actor;
  const guestId = await guestIdOf(request);
  const address = request.ip;
  if (actor.kind === 'person') {
    return {
      personId: actor.personId,
      guestId,
      isOrganizer: actor.role === 'organizer',
      address,
      sessionId: actor.sessionId,
    };
  }
  return { personId: null, guestId, isOrganizer: actor.kind === 'token', address };
}

/**
 * The caller's guest id; issues one (row + persistent httpOnly cookie) when the request carries no valid
 * one, at most NEW_GUESTS_PER_ADDRESS_PER_HOUR per client address (then 429).
 */
export async function ensureGuestId(request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const existing = await guestIdOf(request);
  if (existing) {
    return existing;
  }
  const store = request.server.liveGuests;
  const { guestId, token } = await store.issue(request.ip);
  reply.setCookie(GUEST_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: store.isSecureCookie(request),
    maxAge: GUEST_COOKIE_MAX_AGE_S,
  });
  (request as RequestWithGuest)[RESOLVED_GUEST] = Promise.resolve(guestId);
  return guestId;
}
