import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Server-issued guest identities for live Q&A and polls: a guest without a registration votes under
 * this id, so a fresh browser session (same cookie jar) cannot vote again. Only the hash of the cookie's
 * secret is stored; no address, no user agent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_guests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_guests').ifExists().execute();
}
