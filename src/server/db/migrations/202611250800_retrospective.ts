import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The published retrospective of an event (text, quotes, contact, chosen figures), its photos (stored in
 * the database as base64 text, so a backup of the database holds everything), and the follow-up survey:
 * settings, one invitation per attendee (only a "has answered" marker) and anonymous answers without any
 * link to a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('retrospectives')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('report_url', 'text')
    // JSON `{ name, role, email, phone }` or null.
    .addColumn('contact', 'text')
    // JSON `[{ text, attribution }]`.
    .addColumn('quotes', 'text', (c) => c.notNull())
    // JSON `string[]` of chosen figure keys.
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('retrospective_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('retrospective_photos_event_idx')
    .on('retrospective_photos')
    .columns(['event_id', 'position'])
    .execute();

  await db.schema
    .createTable('survey_settings')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('delay_days', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('survey_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The only trace of an answer: set once by a conditional UPDATE, so nobody answers twice.
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('survey_invitations_registration_uq')
    .on('survey_invitations')
    .columns(['event_id', 'registration_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('met_partners', 'integer', (c) => c.notNull())
    .addColumn('partner_count', 'integer')
    // JSON `string[]` of sector keys.
    .addColumn('partner_sectors', 'text', (c) => c.notNull())
    .addColumn('will_return', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    // The day only: a time of day could link an answer to an invitation's answered_at.
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('survey_responses_event_idx')
    .on('survey_responses')
    .column('event_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'survey_responses',
    'survey_invitations',
    'survey_settings',
    'retrospective_photos',
    'retrospectives',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
