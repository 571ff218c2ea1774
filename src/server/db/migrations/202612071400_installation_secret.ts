import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Secrets made once per installation and shared by every instance through the database: the key that
 * signs guest identities (HMAC), so a guest cookie cannot be forged and a made-up one is recognized
 * without a database lookup. An index on registrations (event, request address, status) lets the
 * per-address cap on pending registrations count without a scan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('installation_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('registrations_event_ip_status_idx')
    .on('registrations')
    .columns(['event_id', 'request_ip', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('registrations_event_ip_status_idx').ifExists().execute();
  await db.schema.dropTable('installation_secrets').ifExists().execute();
}
