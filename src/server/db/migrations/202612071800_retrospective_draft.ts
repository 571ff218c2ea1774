import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The published version of a retrospective, beside the draft the organizer edits: a JSON snapshot of
 * the text fields and chosen figures taken at "publish". The public page reads it; edits after
 * publication change only the draft columns until the organizer publishes again. Null for a
 * retrospective published before this migration: the public page then reads the columns as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('retrospectives').addColumn('published_version', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('retrospectives').dropColumn('published_version').execute();
}
