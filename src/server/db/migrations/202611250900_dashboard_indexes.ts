import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Indexes for the organizer dashboard. Meetings name people, the dashboard needs their registration in
 * the same event (sector, check-in): without (event_id, person_id, ...) SQLite's planner, which has no
 * statistics, walks all of an event's registrations once per meeting (minutes for 50,000 meetings).
 * The extra columns make the index cover those lookups. Island seats are counted per round and island.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('registrations_event_person_idx')
    .on('registrations')
    .columns(['event_id', 'person_id', 'status', 'sector', 'checked_in_at'])
    .execute();
  await db.schema
    .createIndex('island_placements_event_round_idx')
    .on('island_placements')
    .columns(['event_id', 'round_id', 'island_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('island_placements_event_round_idx').ifExists().execute();
  await db.schema.dropIndex('registrations_event_person_idx').ifExists().execute();
}
