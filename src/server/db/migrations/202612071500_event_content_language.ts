import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The language organizers write an event's texts in (title, description, programme, retrospective), so
 * pages can mark them with `lang` in either interface language. German for every existing event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('content_language', 'text', (col) => col.notNull().defaultTo('de'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('content_language').execute();
}
