import fs from 'node:fs';
import path from 'node:path';
import { buildApp, DEFAULT_WEB_DIR } from './app.js';
import { loadConfig, publicUrl, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_ORGANIZER, isDatabaseEmpty, loadDemo } from './demo/load-demo.js';

const MAIL_INTERVAL_MS = 2000;

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
  let demoLoaded = false;
  if (database.dialect === 'sqlite' && config.DEMO_DATA && (await isDatabaseEmpty(database.db))) {
    await loadDemo(built, database.db, new Date());
    demoLoaded = true;
  }
  const timer = setInterval(() => {
    built.mail.drain().catch((error: unknown) => built.app.log.error({ err: error }, 'mail worker'));
  }, MAIL_INTERVAL_MS);
  const jobTimer = setInterval(() => {
    built.registrationJobs
      .runDueJobs()
      .catch((error: unknown) => built.app.log.error({ err: error }, 'registration jobs'));
    built.surveyJobs
      .sendDueInvitations()
      .catch((error: unknown) => built.app.log.error({ err: error }, 'survey jobs'));
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
    ...(demoLoaded || database.dialect === 'sqlite'
      ? [
          `  Demo-Organisator / demo organizer: ${DEMO_ORGANIZER.email} / ${DEMO_ORGANIZER.password}  (${url}/signin)`,
        ]
      : []),
    '',
  ];
  console.log(lines.join('\n'));
}
