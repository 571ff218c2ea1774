import { buildApp, type App } from '../../src/server/app.js';
import { configSchema } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import type { DialectName } from '../../src/server/db/database.js';
import { createTestApp, type TestApp } from '../build-app.js';

/** Redis for the scale-out tests: TEST_REDIS_URL (CI sets it); without it those tests are skipped. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;
/** Two instances share PostgreSQL when TEST_DATABASE_URL is set, else one SQLite file. */
export const SCALE_OUT_DIALECT: DialectName = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

if (!TEST_REDIS_URL) {
  console.warn('test/live: TEST_REDIS_URL is not set; the two-instance Redis tests are SKIPPED');
}

export interface TwoInstances {
  /** Instance A: the full test app (fixed clock, sign-in helpers). */
  a: TestApp;
  /** Instance B: a second app on the same database, with its own hub and Redis connections. */
  b: App;
  close(): Promise<void>;
}

/** Two app instances on one database, sharing live events through Redis. */
export async function startTwoInstances(
  redisUrl: string,
  env: Record<string, string> = {},
): Promise<TwoInstances> {
  const a = await createTestApp(SCALE_OUT_DIALECT, { REDIS_URL: redisUrl, ...env });
  const handle = openDatabase(a.database.url);
  const config = configSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: a.database.url,
    LOG_LEVEL: 'silent',
    REDIS_URL: redisUrl,
    ...env,
  });
  const b = await buildApp({ config, database: handle, clock: a.clock, webDir: null });
  await b.app.ready();
  return {
    a,
    b,
    async close() {
      await b.app.close();
      await handle.destroy();
      await a.close();
    },
  };
}
