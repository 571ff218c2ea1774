import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../src/server/app.js';
import { createFixedClock } from '../src/server/clock.js';
import { configSchema } from '../src/server/config.js';
import type { DialectName } from '../src/server/db/database.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { TEST_CLOCK_START, type TemplateKind } from './templates.js';

export const ORGANIZER_PASSWORD = 'Testorganisation-Sachsen-2020';

export interface Caller {
  headers: Record<string, string>;
}

/** A route as registered, with the access it declares (`config.access`). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
}

export interface TestApp extends App {
  database: TestDatabase;
  /** Every route the app registered (HEAD twins of GET routes left out). */
  routes: RegisteredRoute[];
  clock: ReturnType<typeof createFixedClock>;
  /** Creates an organizer and signs in through the API: cookie plus CSRF header. */
  signInOrganizer(email?: string): Promise<Caller & { personId: string }>;
  /** A bearer token with organizer rights. */
  createToken(name?: string): Promise<Caller>;
  close(): Promise<void>;
}

/** Reads the session cookie of a sign-in answer. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'cd_session');
  if (!cookie) {
    throw new Error(`no session cookie in answer ${response.statusCode}: ${response.body}`);
  }
  return `cd_session=${cookie.value}`;
}

/**
 * Builds the whole app on a fresh migrated database of the dialect, with a settable clock; with
 * `template: 'demo'` the database already holds the demo, loaded at the clock's start.
 */
export async function createTestApp(
  dialect: DialectName,
  env: Record<string, string> = {},
  {
    template = 'migrated',
    webDir = null,
    logger,
  }: { template?: TemplateKind; webDir?: string | null; logger?: object } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect, template);
  const clock = createFixedClock(TEST_CLOCK_START);
  const config = configSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const routes: RegisteredRoute[] = [];
  const built = await buildApp({
    config,
    database: database.handle,
    clock,
    webDir,
    logger,
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods.filter((m) => m !== 'HEAD')) {
        routes.push({ method, url: route.url, access: route.config?.access });
      }
    },
  });
  await built.app.ready();
  let counter = 0;
  return {
    ...built,
    database,
    clock,
    routes,
    async signInOrganizer(email) {
      counter += 1;
      const address = email ?? `organizer${counter}@example.org`;
      const person = await built.services.accounts.createOrganizer({
        email: address,
        firstName: 'Olga',
        lastName: `Organisatorin ${counter}`,
        organization: 'Netzwerk (Test)',
        password: ORGANIZER_PASSWORD,
        locale: 'de',
      });
      const response = await built.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: address, password: ORGANIZER_PASSWORD },
      });
      const body = response.json<{ csrfToken: string }>();
      return {
        personId: person.id,
        headers: { cookie: sessionCookie(response), 'x-csrf-token': body.csrfToken },
      };
    },
    async createToken(name = 'test') {
      const token = await built.services.accounts.issueApiToken(name, null);
      return { headers: { authorization: `Bearer ${token.token}` } };
    },
    async close() {
      await built.app.close();
      await database.drop();
    },
  };
}
