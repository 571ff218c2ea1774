// The db project's global setup: template databases that every test file copies instead of migrating
// (and loading the demo) itself. The migrated templates are ready before the first test; the demo
// templates are loaded meanwhile, and a test that asks for one waits (test/templates.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../src/server/app.js';
import { configSchema } from '../src/server/config.js';
import { openDatabase, type DialectName } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { loadDemo } from '../src/server/demo/load-demo.js';
import { DEMO_ORGANIZER } from './demo-organizer.js';
import { createFixedClock } from '../src/server/clock.js';
import {
  DIALECTS,
  postgresAdmin,
  postgresUrl,
  TEST_CLOCK_START,
  templateMarker,
  templateSource,
  type TemplateKind,
  type TemplatePlan,
} from './templates.js';

function databaseUrl(plan: TemplatePlan, dialect: DialectName, kind: TemplateKind): string {
  const source = templateSource(plan, dialect, kind);
  return dialect === 'sqlite' ? `sqlite:${source}` : postgresUrl(source);
}

function mark(plan: TemplatePlan, dialect: DialectName, kind: TemplateKind, status: string): void {
  const marker = templateMarker(plan, dialect, kind);
  fs.writeFileSync(`${marker}.tmp`, status);
  fs.renameSync(`${marker}.tmp`, marker);
}

async function makeMigrated(plan: TemplatePlan, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await postgresAdmin(`CREATE DATABASE ${templateSource(plan, dialect, 'migrated')}`);
  }
  const handle = openDatabase(databaseUrl(plan, dialect, 'migrated'));
  try {
    await migrateToLatest(handle.db);
  } finally {
    // A PostgreSQL template must have no connection left; SQLite folds its WAL into the file on close.
    await handle.destroy();
  }
}

/** The demo as the demo tests loaded it themselves: into a migrated database, at the test clock's start. */
async function makeDemo(plan: TemplatePlan, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await postgresAdmin(
      `CREATE DATABASE ${templateSource(plan, dialect, 'demo')} TEMPLATE ${templateSource(plan, dialect, 'migrated')}`,
    );
  } else {
    fs.copyFileSync(templateSource(plan, dialect, 'migrated'), templateSource(plan, dialect, 'demo'));
  }
  const url = databaseUrl(plan, dialect, 'demo');
  const handle = openDatabase(url);
  try {
    const clock = createFixedClock(TEST_CLOCK_START);
    const config = configSchema.parse({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const built = await buildApp({ config, database: handle, clock, webDir: null });
    await built.app.ready();
    await loadDemo(built, handle.db, clock.now(), DEMO_ORGANIZER.password);
    await built.app.close();
  } finally {
    await handle.destroy();
  }
}

async function settle(
  plan: TemplatePlan,
  dialect: DialectName,
  kind: TemplateKind,
  make: () => Promise<void>,
) {
  try {
    await make();
    mark(plan, dialect, kind, 'ok');
  } catch (error) {
    mark(plan, dialect, kind, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const plan: TemplatePlan = {
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-templates-')),
    postgresPrefix: `cd_template_${process.pid}_${Date.now().toString(36)}`,
  };
  project.provide('databaseTemplates', plan);
  await Promise.all(
    DIALECTS.map((dialect) => settle(plan, dialect, 'migrated', () => makeMigrated(plan, dialect))),
  );
  // Not awaited: the demo takes a while (most on PostgreSQL); only the demo tests wait for it.
  const demos = Promise.all(
    DIALECTS.map((dialect) => settle(plan, dialect, 'demo', () => makeDemo(plan, dialect))),
  );
  return async () => {
    await demos;
    if (DIALECTS.includes('postgres')) {
      for (const kind of ['demo', 'migrated'] as const) {
        await postgresAdmin(`DROP DATABASE IF EXISTS ${templateSource(plan, 'postgres', kind)} WITH (FORCE)`);
      }
    }
    fs.rmSync(plan.dir, { recursive: true, force: true });
  };
}
