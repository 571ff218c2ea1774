import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A stored idempotent answer remembers a hash of the request body it answered, so the same key with
 * another body is refused instead of replaying an answer to a different request. Rows from before have
 * an empty hash and replay as they did (they are gone within 24 hours).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('idempotency_keys')
    .addColumn('request_hash', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').dropColumn('request_hash').execute();
}
