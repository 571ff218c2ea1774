import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Networking: per-event settings (the editable competence list and a profiles version counter that
 * tells every app instance when its in-process recommendation index is stale), the participants'
 * directory profiles and the people a person has blocked.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('networking_settings')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    // JSON `[{ key, label: { de, en } }]`; an event without a row uses the default list.
    .addColumn('competences', 'text')
    // Raised in the same statement family as every profile write; instances compare it to rebuild lazily.
    .addColumn('profiles_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('networking_profiles')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('organization', 'text', (c) => c.notNull())
    // Lower-cased, legal form and punctuation removed: colleagues of one organization are never recommended.
    .addColumn('organization_key', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('offer_text', 'text', (c) => c.notNull())
    .addColumn('seek_text', 'text', (c) => c.notNull())
    .addColumn('offer_tags', 'text', (c) => c.notNull())
    .addColumn('seek_tags', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('text_language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('networking_profiles_pk', ['event_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('networking_profiles_person_idx')
    .on('networking_profiles')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('networking_profiles_org_idx')
    .on('networking_profiles')
    .columns(['event_id', 'organization_key'])
    .execute();

  // A block applies across events: who blocked someone does not want to meet them anywhere.
  await db.schema
    .createTable('networking_blocks')
    .addColumn('blocker_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('blocked_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('networking_blocks_pk', ['blocker_id', 'blocked_id'])
    .execute();
  await db.schema
    .createIndex('networking_blocks_blocked_idx')
    .on('networking_blocks')
    .column('blocked_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['networking_blocks', 'networking_profiles', 'networking_settings']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
