import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestApp } from '../build-app.js';

/** Every table of the database with all its rows, as text. */
export async function dumpEveryTable(t: TestApp): Promise<Map<string, string>> {
  const db = t.database.handle.db;
  const names =
    t.database.handle.dialect === 'sqlite'
      ? (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
        ).rows.map((r) => r.name)
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            db,
          )
        ).rows.map((r) => r.name);
  expect(names.length).toBeGreaterThan(40);
  const dump = new Map<string, string>();
  for (const name of names) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    dump.set(name, JSON.stringify(rows.rows).toLowerCase());
  }
  return dump;
}
