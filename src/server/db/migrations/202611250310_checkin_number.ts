import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Which check-in of its person a scan was (1 = first). Fixed when the scan is stored, so a resent scan
 * answers exactly as the first time, and two scans in the same millisecond are still told apart.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('checkins')
    .addColumn('check_in_number', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('checkins_registration_idx').on('checkins').column('registration_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('checkins_registration_idx').ifExists().execute();
  await db.schema.alterTable('checkins').dropColumn('check_in_number').execute();
}
