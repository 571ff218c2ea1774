import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Locale } from '../../contract/locale.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { hashSecret, newSecret } from '../ids.js';
import { isSecureCookieRequest } from '../proxy-trust.js';

/** Who is calling. Every route declares which of these it admits (`config.access`). */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      personId: string;
      role: 'organizer' | 'participant';
      sessionId: string;
      csrfToken: string;
      locale: Locale;
    }
  | { kind: 'token'; tokenId: string; role: 'organizer' };

/** public: anyone; person: any signed-in person; organizer: organizer session or API token. */
export type Access = 'public' | 'person' | 'organizer';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const SESSION_COOKIE = 'cd_session';
const TOUCH_INTERVAL_MS = 60_000;
const ANONYMOUS: Actor = { kind: 'anonymous' };
const ACTOR = Symbol('actor');
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SessionStore {
  /** Starts a new session (a fresh id: rotation at every sign-in) and sets the cookie. */
  startSession(
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
  ): Promise<{ csrfToken: string }>;
  /** Destroys the caller's session and clears the cookie. */
  endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

interface AuthDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  /** Told the id of every session that ends by sign-out (live connections of it lose its rights). */
  onSessionEnded?: (sessionId: string) => Promise<void>;
}

async function actorFromToken(deps: AuthDeps, header: string): Promise<Actor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    return null;
  }
  const row = await deps.db
    .selectFrom('apiTokens')
    .select(['id'])
    .where('tokenHash', '=', hashSecret(match[1]))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  await deps.db
    .updateTable('apiTokens')
    .set({ lastUsedAt: deps.clock.now().toISOString() })
    .where('id', '=', row.id)
    .execute();
  return { kind: 'token', tokenId: row.id, role: 'organizer' };
}

async function actorFromSession(deps: AuthDeps, token: string): Promise<Actor | null> {
  const now = deps.clock.now();
  const sessionId = hashSecret(token);
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.personId')
    .select([
      'sessions.id as sessionId',
      'sessions.csrfToken',
      'sessions.lastSeenAt',
      'sessions.expiresAt',
      'people.id as personId',
      'people.role',
      'people.locale',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  const idleLimit = new Date(row.lastSeenAt).getTime() + deps.config.SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() >= new Date(row.expiresAt).getTime() || now.getTime() >= idleLimit) {
    await deps.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    return null;
  }
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
    await deps.db
      .updateTable('sessions')
      .set({ lastSeenAt: now.toISOString() })
      .where('id', '=', sessionId)
      .execute();
  }
  return {
    kind: 'person',
    personId: row.personId,
    role: row.role,
    sessionId,
    csrfToken: row.csrfToken,
    locale: row.locale === 'en' ? 'en' : 'de',
  };
}

function checkCsrf(request: FastifyRequest): void {
  if (!UNSAFE_METHODS.has(request.method)) {
    return;
  }
  const actor = request.actor;
  if (actor.kind === 'person') {
    // Synchronizer token: a cross-site form or fetch cannot read the token to echo it.
    if (request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError('csrf_failed');
    }
    return;
  }
  if (actor.kind === 'anonymous' && request.headers['sec-fetch-site'] === 'cross-site') {
    // Anonymous writes (sign-in, registration) from another site's page: refuse (login CSRF).
    throw new AppError('csrf_failed');
  }
}

function checkAccess(request: FastifyRequest, access: Access): void {
  const actor = request.actor;
  if (access === 'public') {
    return;
  }
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (access === 'organizer' && actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** Resolves the actor of every request, enforces each route's declared access and CSRF, and manages sessions. */
export function registerAuth(app: FastifyInstance, deps: AuthDeps): SessionStore {
  app.decorateRequest('actor', {
    getter(this: FastifyRequest & { [ACTOR]?: Actor }) {
      return this[ACTOR] ?? ANONYMOUS;
    },
    setter(this: FastifyRequest & { [ACTOR]?: Actor }, value: Actor) {
      this[ACTOR] = value;
    },
  });

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/v1') || url.startsWith('/api/v1/openapi')) {
      return;
    }
    if (!route.config?.access) {
      throw new Error(`Route ${route.method.toString()} ${url} declares no config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    let actor: Actor | null = null;
    const authorization = request.headers.authorization;
    if (authorization) {
      actor = await actorFromToken(deps, authorization);
      if (!actor) {
        throw new AppError('unauthenticated');
      }
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      actor = cookie ? await actorFromSession(deps, cookie) : null;
    }
    request.actor = actor ?? { kind: 'anonymous' };
    // The person's saved language applies unless this request names one (cookie or ?lang=).
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (actor?.kind === 'person' && !request.cookies['cd_lang'] && typeof query.lang !== 'string') {
      request.locale = actor.locale;
    }
    // Checked here, before the body is parsed and validated: a caller without access learns
    // nothing about the route's schema (no 422 instead of 401/403) and costs no parsing.
    const access = request.routeOptions.config?.access;
    if (access) {
      checkAccess(request, access);
      checkCsrf(request);
    }
  });

  return {
    async startSession(request, reply, personId) {
      const now = deps.clock.now();
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) {
        await deps.db.deleteFrom('sessions').where('id', '=', hashSecret(previous)).execute();
      }
      const token = newSecret();
      const csrfToken = newSecret(24);
      await deps.db
        .insertInto('sessions')
        .values({
          id: hashSecret(token),
          personId,
          csrfToken,
          createdAt: now.toISOString(),
          lastSeenAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
          ip: request.ip,
          userAgent: (request.headers['user-agent'] ?? '').slice(0, 300),
        })
        .execute();
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecureCookieRequest(request, deps.config),
        maxAge: deps.config.SESSION_ABSOLUTE_HOURS * 3600,
      });
      return { csrfToken };
    },
    async endSession(request, reply) {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await deps.db.deleteFrom('sessions').where('id', '=', hashSecret(token)).execute();
        await deps.onSessionEnded?.(hashSecret(token));
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  };
}

/** The person id of a signed-in caller, or an error for anyone else. */
export function requirePersonId(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError('unauthenticated');
  }
  return actor.personId;
}
