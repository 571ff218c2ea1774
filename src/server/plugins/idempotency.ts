import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { findPersonMention, mentionsPerson } from '../db/mentions.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { addressBlock } from '../address-block.js';
import { AppError, fieldError } from '../errors.js';
import { hashSecret } from '../ids.js';
import { GUEST_COOKIE } from '../live/viewer.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEEP_MS = 24 * 3_600_000;
const IN_FLIGHT = 0;
const RESERVED = Symbol('idempotencyReserved');

declare module 'fastify' {
  interface FastifyRequest {
    [RESERVED]?: { scope: string; key: string };
  }
}

/**
 * Who a key belongs to. Anonymous callers are told apart by their client address block (and a signed
 * guest id where they have one): otherwise anyone who learned or guessed another visitor's key would
 * get that visitor's stored answer (with their personal link) back.
 */
function callerIdentity(request: FastifyRequest): string {
  const actor = request.actor;
  switch (actor.kind) {
    case 'person':
      return `person:${actor.personId}`;
    case 'token':
      return `token:${actor.tokenId}`;
    case 'anonymous': {
      const cookie = request.cookies[GUEST_COOKIE];
      const guest =
        typeof cookie === 'string' && request.server.hasDecorator('liveGuests')
          ? request.server.liveGuests.verify(cookie)
          : null;
      return `anonymous:${addressBlock(request.ip)}:${guest ?? ''}`;
    }
  }
}

/** Method, path (with its parameters) and caller; hashed, so secret path tokens are not stored. */
function scopeOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? request.url;
  return hashSecret(`${request.method} ${path} ${callerIdentity(request)}`);
}

/** The request body as the route received it, hashed: a repeat must send the same. */
function requestHashOf(request: FastifyRequest): string {
  return hashSecret(JSON.stringify(request.body ?? null));
}

/**
 * `Idempotency-Key` for every write under /api/v1, per caller: the first request with a key reserves it
 * and stores its answer; a repeat with the same body within 24 hours gets that answer back and changes
 * nothing, one with another body is refused (422 naming the header). A repeat while the first is still
 * running is refused (409) rather than run twice.
 */
export function registerIdempotency(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; clock: Clock },
): void {
  const { db, clock } = deps;

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (
      typeof key !== 'string' ||
      !WRITE_METHODS.has(request.method) ||
      !request.url.startsWith('/api/v1/')
    ) {
      return;
    }
    if (key.length < 8 || key.length > 200) {
      throw new AppError('bad_request');
    }
    const scope = scopeOf(request);
    const requestHash = requestHashOf(request);
    const now = clock.now();
    await db
      .deleteFrom('idempotencyKeys')
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('createdAt', '<', new Date(now.getTime() - KEEP_MS).toISOString())
      .execute();
    const inserted = await db
      .insertInto('idempotencyKeys')
      .values({ scope, key, statusCode: IN_FLIGHT, body: '', requestHash, createdAt: now.toISOString() })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      request[RESERVED] = { scope, key };
      return;
    }
    const stored = await db
      .selectFrom('idempotencyKeys')
      .select(['statusCode', 'body', 'requestHash'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    if (stored?.requestHash && stored.requestHash !== requestHash) {
      // The same key for another request: a client bug or someone replaying a key they saw.
      throw fieldError('idempotency-key', 'field.idempotency_key_reused');
    }
    if (!stored || stored.statusCode === IN_FLIGHT) {
      throw new AppError('conflict');
    }
    return reply
      .status(stored.statusCode)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(stored.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const reserved = request[RESERVED];
    if (!reserved) {
      return payload;
    }
    request[RESERVED] = undefined;
    const where = db
      .updateTable('idempotencyKeys')
      .where('scope', '=', reserved.scope)
      .where('key', '=', reserved.key);
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      // Nothing durable to replay: free the key so that a retry runs again.
      await db
        .deleteFrom('idempotencyKeys')
        .where('scope', '=', reserved.scope)
        .where('key', '=', reserved.key)
        .execute();
      return payload;
    }
    await where.set({ statusCode: reply.statusCode, body: payload }).execute();
    return payload;
  });
}

/**
 * Erasure: stored answers that name the person (a question with their name, a registration they were
 * shown) go. The scope is a hash, so rows are found by what the stored answer says.
 */
export async function eraseStoredAnswersOf(personId: string, trx: Transaction<Database>): Promise<void> {
  const who = await findPersonMention(trx, personId);
  if (who) {
    await trx
      .deleteFrom('idempotencyKeys')
      .where(mentionsPerson(['body'], who))
      .execute();
  }
}
