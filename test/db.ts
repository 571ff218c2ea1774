import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle, type DialectName } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import {
  postgresAdmin,
  postgresUrl,
  templateSource,
  waitForTemplate,
  type TemplateKind,
  type TemplatePlan,
} from './templates.js';

export { DIALECTS } from './templates.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  url: string;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

function newPostgresName(): string {
  return `cd_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A URL for a new database of the dialect: empty, or (with `from`) a copy of a template database
 * (a copied SQLite file, or PostgreSQL's CREATE DATABASE … TEMPLATE).
 */
export async function createEmptyDatabaseUrl(
  dialect: DialectName,
  from?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-test-'));
    const file = path.join(dir, 'test.sqlite');
    if (from) {
      fs.copyFileSync(from, file);
    }
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = newPostgresName();
  await postgresAdmin(from ? `CREATE DATABASE ${name} TEMPLATE ${from}` : `CREATE DATABASE ${name}`);
  return {
    url: postgresUrl(name),
    drop: () => postgresAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The templates the db project's global setup prepares (test/templates.ts); none outside it. */
function templatePlan(): TemplatePlan | undefined {
  try {
    return inject('databaseTemplates');
  } catch {
    return undefined;
  }
}

/**
 * A fresh, migrated database of the dialect; with `kind: 'demo'` it holds the demo data as well,
 * loaded at the test clock's start. Each call gives a database of its own: a copy of a template the
 * global setup migrated (and filled) once, which costs a file copy or a CREATE DATABASE … TEMPLATE
 * instead of twelve migrations (and a minute of demo loading on PostgreSQL).
 */
export async function createTestDatabase(
  dialect: DialectName,
  kind: TemplateKind = 'migrated',
): Promise<TestDatabase> {
  const plan = templatePlan();
  if (!plan && kind === 'demo') {
    throw new Error('the demo template comes from the db project (vitest --project db)');
  }
  if (plan) {
    await waitForTemplate(plan, dialect, kind);
  }
  const { url, drop } = await createEmptyDatabaseUrl(
    dialect,
    plan ? templateSource(plan, dialect, kind) : undefined,
  );
  const handle = openDatabase(url);
  // On a copy this finds nothing to do; it keeps a stale template from passing unnoticed.
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
