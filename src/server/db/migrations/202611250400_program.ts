import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The programme: sessions and speakers per event, who speaks where, the persons' starred sessions
 * ("Mein Programm") and their secret calendar feed tokens (only the hash is kept).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('program_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    // Raised on every change, so calendar clients of the agenda feed pick the change up (iCal SEQUENCE).
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('program_sessions_event_idx')
    .on('program_sessions')
    .columns(['event_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('program_speakers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('photo_url', 'text')
    .addColumn('photo_alt', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('program_speakers_event_idx')
    .on('program_speakers')
    .column('event_id')
    .execute();

  await db.schema
    .createTable('program_session_speakers')
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('speaker_id', 'text', (c) => c.notNull().references('program_speakers.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_session_speakers_pk', ['session_id', 'speaker_id'])
    .execute();
  await db.schema
    .createIndex('program_session_speakers_speaker_idx')
    .on('program_session_speakers')
    .column('speaker_id')
    .execute();

  await db.schema
    .createTable('agenda_stars')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agenda_stars_pk', ['person_id', 'session_id'])
    .execute();
  await db.schema.createIndex('agenda_stars_session_idx').on('agenda_stars').column('session_id').execute();

  await db.schema
    .createTable('agenda_feeds')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'agenda_feeds',
    'agenda_stars',
    'program_session_speakers',
    'program_speakers',
    'program_sessions',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
