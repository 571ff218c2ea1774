import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Conversation islands: islands per event with hosts, the participants' preferences, the assignment of
 * people to islands per round (a round is a programme session of type 'island-round'), the seat
 * counters that decide capacity in one conditional UPDATE, and the waitlist of full islands.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('island_settings')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('ranking_deadline', 'text')
    // Percent (1..100): the largest share of one sector at one table.
    .addColumn('max_sector_share', 'integer', (c) => c.notNull().defaultTo(40))
    // 'none' (nothing assigned) | 'draft' | 'locked' | 'published'
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('sector_cap_infeasible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assigned_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('islands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('guiding_questions', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('table_label', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('islands_event_idx').on('islands').columns(['event_id', 'position']).execute();

  await db.schema
    .createTable('island_hosts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('island_id', 'text', (c) => c.notNull().references('islands.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    // The hash of the host's personal link (only issued on request; a new link replaces the old one).
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('island_hosts_island_idx').on('island_hosts').column('island_id').execute();

  await db.schema
    .createTable('island_preferences')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('ranking', 'text', (c) => c.notNull())
    .addColumn('excluded', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('island_preferences_pk', ['event_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('island_placements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('island_id', 'text', (c) => c.notNull().references('islands.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('choice_rank', 'integer')
    // 'auto' (assignment run) | 'manual' (moved by hand) | 'late' (placed after publishing) | 'waitlist'
    .addColumn('source', 'text', (c) => c.notNull())
    // Raised on every change, so calendar feeds replace the entry (iCal SEQUENCE).
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checked_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One island per person and round; never the same island twice: decided by the database.
  await db.schema
    .createIndex('island_placements_round_person_uq')
    .on('island_placements')
    .columns(['round_id', 'person_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('island_placements_island_person_uq')
    .on('island_placements')
    .columns(['island_id', 'person_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('island_placements_event_idx')
    .on('island_placements')
    .columns(['event_id', 'person_id'])
    .execute();

  // Seats taken per island and round; a seat is taken by `UPDATE ... WHERE taken < capacity`.
  await db.schema
    .createTable('island_round_seats')
    .addColumn('island_id', 'text', (c) => c.notNull().references('islands.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('island_round_seats_pk', ['island_id', 'round_id'])
    .execute();

  await db.schema
    .createTable('island_waitlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('round_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('island_id', 'text', (c) => c.notNull().references('islands.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // Order of arrival within the island and round (ties, from concurrent joins, go by id).
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('island_waitlist_uq')
    .on('island_waitlist')
    .columns(['round_id', 'island_id', 'person_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'island_waitlist',
    'island_round_seats',
    'island_placements',
    'island_preferences',
    'island_hosts',
    'islands',
    'island_settings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
