import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { hashSecret, newId, newSecret } from '../ids.js';
import type { LiveViewer } from './hub.js';

/**
 * Guest identity for live Q&A and polls. The cookie holds an opaque 256-bit secret; the database keeps
 * only its hash and the public guest id that features store with a vote. A new browser session keeps
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

interface GuestStoreDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'PUBLIC_URL'>;
  clock: Clock;
}

/** Looks up and issues guest identities; decorated on the Fastify instance as `liveGuests`. */
export interface GuestStore {
  /** The guest id behind a cookie value, or null when unknown. */
  find(token: string): Promise<string | null>;
  /** A new guest identity: its public id and the secret for the cookie. */
  issue(): Promise<{ guestId: string; token: string }>;
  readonly secureCookies: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    liveGuests: GuestStore;
  }
}

type RequestWithGuest = FastifyRequest & { [RESOLVED_GUEST]?: Promise<string | null> };

/** Creates the guest store over the live_guests table. */
export function createGuestStore(deps: GuestStoreDeps): GuestStore {
  const { db, clock } = deps;
  return {
    secureCookies: deps.config.PUBLIC_URL?.startsWith('https://') ?? false,
    async find(token) {
      const tokenHash = hashSecret(token);
      const row = await db
        .selectFrom('liveGuests')
        .select(['id', 'lastSeenAt'])
        .where('tokenHash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) {
        return null;
      }
      const now = clock.now();
      if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
        await db
          .updateTable('liveGuests')
          .set({ lastSeenAt: now.toISOString() })
          .where('id', '=', row.id)
          .execute();
      }
      return row.id;
    },
    async issue() {
      const now = clock.now().toISOString();
      const guestId = newId();
      const token = newSecret();
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
  if (actor.kind === 'person') {
    return { personId: actor.personId, guestId, isOrganizer: actor.role === 'organizer' };
  }
  return { personId: null, guestId, isOrganizer: actor.kind === 'token' };
}

/** The caller's guest id; issues one (row + persistent httpOnly cookie) when the request carries none. */
export async function ensureGuestId(request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const existing = await guestIdOf(request);
  if (existing) {
    return existing;
  }
  const store = request.server.liveGuests;
  const { guestId, token } = await store.issue();
  reply.setCookie(GUEST_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: store.secureCookies || request.protocol === 'https',
    maxAge: GUEST_COOKIE_MAX_AGE_S,
  });
  (request as RequestWithGuest)[RESOLVED_GUEST] = Promise.resolve(guestId);
  return guestId;
}
