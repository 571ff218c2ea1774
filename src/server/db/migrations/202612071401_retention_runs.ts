import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The record of each retention run: when, and how many rows of each kind it purged (no contents). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('retention_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addColumn('purged', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retention_runs_ran_at_idx').on('retention_runs').column('ran_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('retention_runs').ifExists().execute();
}
