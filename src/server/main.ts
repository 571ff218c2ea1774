import fs from 'node:fs';
import path from 'node:path';
import { buildApp, DEFAULT_WEB_DIR, type App } from './app.js';
import { loadConfig, publicUrl, shouldLoadDemo, type Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import { DEMO_ORGANIZER, isDatabaseEmpty, loadDemo } from './demo/load-demo.js';

const MAIL_INTERVAL_MS = 2000;
/** The retention job runs on the job timer at most this often. */
const RETENTION_INTERVAL_MS = 3_600_000;

/** Builds the web app when there is no build yet (a fresh clone), so `npm start` just works. */
export async function ensureWebBuild(): Promise<void> {
  if (fs.existsSync(path.join(DEFAULT_WEB_DIR, 'index.html'))) {
    return;
  }
  console.log('Building the web app (first start) …');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(DEFAULT_WEB_DIR, '../../vite.config.ts'), logLevel: 'warn' });
}

/** Starts CrossDialog: config, database, migrations, demo data on an empty embedded database, listen. */
export async function startServer(config: Config = loadConfig()): Promise<void> {
  await ensureWebBuild();
  const database = openDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  const logger =
    config.NODE_ENV === 'production'
      ? { level: config.LOG_LEVEL }
      : {
          level: config.LOG_LEVEL,
          transport: {
            target: 'pino-pretty',
            options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' },
          },
        };
  const built = await buildApp({ config, database, logger });
  const demoLines = await prepareDemo(built, database, config, publicUrl(config));
  const timer = setInterval(() => {
    built.mail.drain().catch((error: unknown) => built.app.log.error({ err: error }, 'mail worker'));
    built.webhooks.drain().catch((error: unknown) => built.app.log.error({ err: error }, 'webhook worker'));
  }, MAIL_INTERVAL_MS);
  let lastRetention = 0;
  const jobTimer = setInterval(() => {
    built.registrationJobs
      .runDueJobs()
      .catch((error: unknown) => built.app.log.error({ err: error }, 'registration jobs'));
    built.surveyJobs
      .sendDueInvitations()
      .catch((error: unknown) => built.app.log.error({ err: error }, 'survey jobs'));
    if (Date.now() - lastRetention >= RETENTION_INTERVAL_MS) {
      lastRetention = Date.now();
      built.retention
        .run()
        .then((purged) => built.app.log.info({ purged }, 'retention'))
        .catch((error: unknown) => built.app.log.error({ err: error }, 'retention'));
    }
  }, config.JOB_INTERVAL_SECONDS * 1000);
  const shutdown = async () => {
    clearInterval(timer);
    clearInterval(jobTimer);
    await built.app.close();
    await database.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await built.app.listen({ port: config.PORT, host: config.HOST });
  const url = publicUrl(config);
  const lines = [
    '',
    `  CrossDialog läuft / is running: ${url}`,
    `  API docs: ${url}/api/docs`,
    ...demoLines,
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * Loads the demo into an empty embedded database when the configuration allows it (see shouldLoadDemo)
 * and returns the lines that tell how to sign in; the random password appears only in them.
 */
export async function prepareDemo(
  built: App,
  database: DatabaseHandle,
  config: Config,
  url: string,
): Promise<string[]> {
  const demo = shouldLoadDemo(config);
  const empty = database.dialect === 'sqlite' && (await isDatabaseEmpty(database.db));
  if (empty && demo.load) {
    const { organizerPassword } = await loadDemo(
      built,
      database.db,
      new Date(),
      config.DEMO_ORGANIZER_PASSWORD,
    );
    return signInLines(url, organizerPassword, true, config.DEMO_ORGANIZER_PASSWORD !== undefined);
  }
  if (empty) {
    built.app.log.warn({ reason: demo.reason }, 'demo data not loaded');
  }
  return signInLines(url, null, await findDemoOrganizer(database.db), false);
}

async function findDemoOrganizer(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', DEMO_ORGANIZER.email)
    .where('role', '=', 'organizer')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * How to sign in, printed at start. A random demo password exists only in this one output (the
 * database keeps its hash); later starts say how to set a new one instead.
 */
export function signInLines(
  url: string,
  demoPassword: string | null,
  demoOrganizer: boolean,
  passwordFromEnv: boolean,
): string[] {
  const reset = `npx crossdialog organizer --email ${DEMO_ORGANIZER.email}`;
  if (demoPassword !== null) {
    return [
      `  Anmelden / sign in: ${url}/signin`,
      `  Demo-Organisator / demo organizer: ${DEMO_ORGANIZER.email}`,
      passwordFromEnv
        ? '  Passwort / password: DEMO_ORGANIZER_PASSWORD'
        : `  Passwort / password: ${demoPassword}   (nur jetzt angezeigt / shown only now)`,
      `  Neues Passwort / new password: ${reset}`,
    ];
  }
  if (demoOrganizer) {
    return [
      `  Anmelden / sign in: ${url}/signin`,
      `  Demo-Organisator / demo organizer: ${DEMO_ORGANIZER.email} (Passwort beim ersten Start angezeigt / password shown at first start)`,
      `  Neues Passwort / new password: ${reset}`,
    ];
  }
  return [
    `  Anmelden / sign in: ${url}/signin`,
    '  Organisator anlegen / create an organizer: npx crossdialog organizer --email ADDRESS',
  ];
}
