import type { Kysely } from 'kysely';
import { searchTextOf } from '../../../contract/search-fold.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const BATCH = 500;

interface NamedRow {
  id: string;
  f: string;
  l: string;
  e: string;
  o: string;
}

/** Writes the folded search text of every row of a table that has names, email and organization. */
async function backfill(db: Kysely<any>, table: 'registrations' | 'people'): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await db
      .selectFrom(table)
      .select(['id', 'first_name as f', 'last_name as l', 'email as e', 'organization as o'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()) as NamedRow[];
    for (const row of rows) {
      await db
        .updateTable(table)
        .set({ search_text: searchTextOf([`${row.f} ${row.l}`, row.e, row.o]) })
        .where('id', '=', row.id)
        .execute();
    }
    const last = rows.at(-1);
    if (!last) {
      return;
    }
    after = last.id;
  }
}

/**
 * A folded search column on registrations and people (see src/contract/search-fold.ts): the databases'
 * own lower() differ (SQLite folds only ASCII), so the application writes the folded text on every
 * write and searches compare the folded query with LIKE on it, the same on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['registrations', 'people'] as const) {
    await db.schema
      .alterTable(table)
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await backfill(db, table);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('search_text').execute();
  await db.schema.alterTable('registrations').dropColumn('search_text').execute();
}
