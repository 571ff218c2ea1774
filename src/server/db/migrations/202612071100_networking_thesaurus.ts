import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * An event's own concepts for the competence thesaurus of "People to meet" (issue 12): JSON
 * `[{ id, prefLabel, altLabel, broader, … }]` beside the shipped thesaurus, or null for none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('networking_settings').addColumn('thesaurus', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('networking_settings').dropColumn('thesaurus').execute();
}
