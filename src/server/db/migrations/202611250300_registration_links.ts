import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Personal links of registrations: every mail carries a fresh secret whose hash is kept here, so a
 * later mail (reminder, resend) never invalidates the link of an earlier one. Mail attachments
 * (ticket .ics and QR code) travel through the outbox as JSON.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('registration_links_registration_idx')
    .on('registration_links')
    .column('registration_id')
    .execute();
  await db.schema
    .alterTable('outbox')
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('attachments').execute();
  await db.schema.dropTable('registration_links').ifExists().execute();
}
