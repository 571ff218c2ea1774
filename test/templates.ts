import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DialectName } from '../src/server/db/database.js';

/** The dialects every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (CI sets it). */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Where the test clock starts (test/build-app.ts); the demo template is loaded at this instant. */
export const TEST_CLOCK_START = new Date('2026-11-25T10:00:00.000Z');

/** The URL of a database on the PostgreSQL server of TEST_DATABASE_URL. */
export function postgresUrl(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the PostgreSQL server as the test user (outside any test database). */
export async function postgresAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** `migrated`: the schema only; `demo`: the schema with the demo loaded at the test clock's start. */
export type TemplateKind = 'migrated' | 'demo';

/** Where the db project's global setup (test/global-setup.ts) keeps its template databases. */
export interface TemplatePlan {
  /** A directory with the SQLite templates and a marker file per template once it is ready. */
  dir: string;
  /** The PostgreSQL template databases are named `${postgresPrefix}_${kind}`. */
  postgresPrefix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: TemplatePlan;
  }
}

/** The SQLite file or PostgreSQL database name a template of the dialect is copied from. */
export function templateSource(plan: TemplatePlan, dialect: DialectName, kind: TemplateKind): string {
  return dialect === 'sqlite' ? path.join(plan.dir, `${kind}.sqlite`) : `${plan.postgresPrefix}_${kind}`;
}

/** The marker the global setup writes when a template is ready ("ok") or could not be made (the error). */
export function templateMarker(plan: TemplatePlan, dialect: DialectName, kind: TemplateKind): string {
  return path.join(plan.dir, `${dialect}-${kind}.status`);
}

/** Waits until the global setup has made the template (the demo is made while the first tests run). */
export async function waitForTemplate(
  plan: TemplatePlan,
  dialect: DialectName,
  kind: TemplateKind,
  timeoutMs = 300_000,
): Promise<void> {
  const marker = templateMarker(plan, dialect, kind);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(marker)) {
    if (Date.now() > deadline) {
      throw new Error(`the ${kind} template on ${dialect} was not ready within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const status = fs.readFileSync(marker, 'utf8');
  if (status !== 'ok') {
    throw new Error(`the ${kind} template on ${dialect} could not be made:\n${status}`);
  }
}
