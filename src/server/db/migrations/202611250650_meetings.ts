import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * One-to-one meetings: requests between two people of an event's directory, meeting slots cut from
 * the programme's networking sessions, numbered tables, placements (slot and table of a meeting),
 * scheduler runs with their draft placements, blocked times and in-app notices.
 *
 * No double booking is decided by unique indexes, never by the application: one row per (slot,
 * person) in meeting_slot_people and one per (slot, table) in meeting_placements.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_settings')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('self_pick_allowed', 'integer', (c) => c.notNull().defaultTo(0))
    // Raised by every change of published placements; a draft made before it changed cannot be published.
    .addColumn('placement_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meeting_block_settings')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('program_sessions.id').onDelete('cascade'),
    )
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Slots are kept (retired, not deleted) when their session changes, so no meeting silently loses its slot.
  await db.schema
    .createTable('meeting_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_slots_unique')
    .on('meeting_slots')
    .columns(['session_id', 'starts_at', 'ends_at'])
    .unique()
    .execute();
  await db.schema
    .createIndex('meeting_slots_event_idx')
    .on('meeting_slots')
    .columns(['event_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('meeting_tables')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_tables_number_unique')
    .on('meeting_tables')
    .columns(['event_id', 'number'])
    .unique()
    .execute();

  await createMeetings(db);
  await createPlacements(db);
  await createRunsAndNotices(db);
}

async function createMeetings(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // "<event>:<lower id>:<higher id>" while pending or accepted, NULL after: one open request per pair.
    .addColumn('open_pair_key', 'text', (c) => c.unique())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Raised on every change of the meeting's placement: guards concurrent moves, and is the iCal SEQUENCE.
    .addColumn('placement_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('needs_rescheduling_since', 'text')
    .addColumn('former_starts_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_event_idx').on('meetings').columns(['event_id', 'status']).execute();
  await db.schema
    .createIndex('meetings_requester_idx')
    .on('meetings')
    .columns(['requester_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('meetings_recipient_idx')
    .on('meetings')
    .columns(['recipient_id', 'event_id'])
    .execute();
}

async function createPlacements(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_placements')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('slot_id', 'text', (c) => c.notNull().references('meeting_slots.id'))
    .addColumn('table_id', 'text', (c) => c.notNull().references('meeting_tables.id'))
    .addColumn('placed_by', 'text', (c) => c.notNull())
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_placements_slot_table_unique')
    .on('meeting_placements')
    .columns(['slot_id', 'table_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('meeting_slot_people')
    .addColumn('slot_id', 'text', (c) => c.notNull().references('meeting_slots.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_slot_people_pk', ['slot_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('meeting_slot_people_meeting_idx')
    .on('meeting_slot_people')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('meeting_unavailability')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_unavailability_pk', ['person_id', 'event_id', 'starts_at'])
    .execute();
}

async function createRunsAndNotices(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    // The event id while the run is running, NULL after: at most one running run per event.
    .addColumn('running_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('published_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_runs_event_idx')
    .on('meeting_runs')
    .columns(['event_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('meeting_draft_placements')
    .addColumn('run_id', 'text', (c) => c.notNull().references('meeting_runs.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('slot_id', 'text', (c) => c.notNull().references('meeting_slots.id'))
    .addColumn('table_id', 'text', (c) => c.notNull().references('meeting_tables.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_draft_placements_pk', ['run_id', 'meeting_id'])
    .execute();

  await db.schema
    .createTable('meeting_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_notices_person_idx')
    .on('meeting_notices')
    .columns(['person_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'meeting_notices',
    'meeting_draft_placements',
    'meeting_runs',
    'meeting_unavailability',
    'meeting_slot_people',
    'meeting_placements',
    'meetings',
    'meeting_tables',
    'meeting_slots',
    'meeting_block_settings',
    'meeting_settings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
