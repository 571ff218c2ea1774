import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The network's brand: one row (id `network`) with name, colours, mail sender, imprint, contact
 * person and logo. No row means the defaults (today's CrossDialog look).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('branding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_name', 'text', (c) => c.notNull())
    .addColumn('primary_colour', 'text', (c) => c.notNull())
    .addColumn('accent_colour', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text', (c) => c.notNull())
    .addColumn('imprint_text', 'text', (c) => c.notNull())
    .addColumn('imprint_url', 'text', (c) => c.notNull())
    .addColumn('privacy_url', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_role', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('logo_content_type', 'text')
    .addColumn('logo_base64', 'text')
    .addColumn('logo_byte_size', 'integer')
    .addColumn('logo_alt', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('branding').execute();
}
