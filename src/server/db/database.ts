import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite connection for the embedded default (null on PostgreSQL). */
  sqlite: SQLite.Database | null;
  destroy(): Promise<void>;
}

// PostgreSQL returns BIGINT (count(*)) as string by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

const STATEMENT_CACHE_SIZE = 1000;

/**
 * better-sqlite3 for Kysely with its prepared statements kept: Kysely prepares every query anew, and
 * preparing costs more than running most of ours. (SQLite re-prepares a kept statement by itself
 * after a schema change; nothing here streams, which would keep a statement busy.)
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          cache.clear();
        }
        statement = sqlite.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/** Opens the database named by a DATABASE_URL: `sqlite:<path>` or `postgres://...`. */
export function openDatabase(url: string): DatabaseHandle {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // A connection the server ends (restart, failover, DROP DATABASE) is reported as an 'error' event;
    // without a listener Node treats it as an uncaught exception and stops the process. The pool drops
    // such a client and opens a new one on next use; a query running on it fails on its own promise.
    const ignoreLostConnection = () => undefined;
    pool.on('error', ignoreLostConnection);
    pool.on('connect', (client) => client.on('error', ignoreLostConnection));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, dialect: 'postgres', sqlite: null, destroy: () => db.destroy() };
  }
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // Durable when acknowledged: FULL fsyncs the WAL on every commit.
  sqlite.pragma('synchronous = FULL');
  // Copy the WAL back into the database every 10,000 pages (about 40 MB) rather than every 1,000: a
  // burst of registrations dirties pages all over the indexes, and at 1,000 nearly every commit paid
  // for a checkpoint (half the commit time). Durability is the WAL's fsync at commit, unchanged.
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'sqlite', sqlite, destroy: () => db.destroy() };
}
