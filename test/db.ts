import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DialectName } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';

/** The dialects every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (CI sets it). */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  handle: DatabaseHandle;
  url: string;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

/** A URL for a new, empty database of the dialect (a temp SQLite file, or a new PostgreSQL database). */
export async function createEmptyDatabaseUrl(
  dialect: DialectName,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-test-'));
    const file = path.join(dir, 'test.sqlite');
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `cd_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, migrated database of the dialect. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const { url, drop } = await createEmptyDatabaseUrl(dialect);
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  return {
    handle,
    url,
    drop: async () => {
      await handle.destroy();
      await drop();
    },
  };
}
