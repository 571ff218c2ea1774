import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { findPersonMention, mentionsPerson } from '../db/mentions.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { hashSecret } from '../ids.js';
import type { Actor } from './auth.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEEP_MS = 24 * 3_600_000;
const IN_FLIGHT = 0;
const RESERVED = Symbol('idempotencyReserved');

declare module 'fastify' {
  interface FastifyRequest {
    [RESERVED]?: { scope: string; key: string };
  }
}

function actorIdentity(actor: Actor): string {
  switch (actor.kind) {
    case 'person':
      return `person:${actor.personId}`;
    case 'token':
      return `token:${actor.tokenId}`;
    case 'anonymous':
      return 'anonymous';
  }
}

/** Method, path (with its parameters) and caller; hashed, so secret path tokens are not stored. */
function scopeOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? request.url;
  return hashSecret(`${request.method} ${path} ${actorIdentity(request.actor)}`);
}

/**
 * `Idempotency-Key` for every write under /api/v1: the first request with a key reserves it and
 * stores its answer; a repeat within 24 hours gets that answer back and changes nothing. A repeat
 * while the first is still running is refused (409) rather than run twice.
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
    const now = clock.now();
    await db
      .deleteFrom('idempotencyKeys')
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('createdAt', '<', new Date(now.getTime() - KEEP_MS).toISOString())
      .execute();
    const inserted = await db
      .insertInto('idempotencyKeys')
      .values({ scope, key, statusCode: IN_FLIGHT, body: '', createdAt: now.toISOString() })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      request[RESERVED] = { scope, key };
      return;
    }
    const stored = await db
      .selectFrom('idempotencyKeys')
      .select(['statusCode', 'body'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
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
