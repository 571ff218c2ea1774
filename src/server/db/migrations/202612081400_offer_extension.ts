import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * WCAG 2.2.1 (timing adjustable): a person offered a seat from the waitlist may ask once for more time.
 * The organizers set how many hours an extension adds (0: no extension); the registration records when
 * it was asked for, so it is granted only once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('offer_extension_hours', 'integer', (col) => col.notNull().defaultTo(24))
    .execute();
  await db.schema.alterTable('registrations').addColumn('offer_extended_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('registrations').dropColumn('offer_extended_at').execute();
  await db.schema.alterTable('events').dropColumn('offer_extension_hours').execute();
}
