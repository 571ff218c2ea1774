import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/server/config.js';
import { DEMO_ORGANIZER } from '../../src/server/demo/load-demo.js';
import { prepareDemo } from '../../src/server/main.js';
import { createTestApp, type TestApp } from '../build-app.js';

// The password the demo organizer had in the source until it became random per installation.
const OLD_FIXED_PASSWORD = 'Dialog-Demo-Sachsen-2020';
const URL = 'http://localhost:3000';

async function signIn(t: TestApp, password: string): Promise<number> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: DEMO_ORGANIZER.email, password },
  });
  return response.statusCode;
}

async function countPeople(t: TestApp): Promise<number> {
  const rows = await t.database.handle.db.selectFrom('people').select('id').execute();
  return rows.length;
}

describe('the demo on start (SQLite, the embedded default)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is not loaded on a network address by default, nor in production', async () => {
    t = await createTestApp('sqlite');
    for (const env of [
      { HOST: '0.0.0.0' },
      { NODE_ENV: 'production' },
      { HOST: '::', NODE_ENV: 'development' },
    ]) {
      const config = configSchema.parse({ DATABASE_URL: t.database.url, ...env });
      const lines = await prepareDemo(t, t.database.handle, config, URL);
      expect(lines.join('\n')).toMatch(/npx crossdialog organizer --email ADDRESS/);
    }
    expect(await countPeople(t)).toBe(0);
    expect(await signIn(t, OLD_FIXED_PASSWORD)).toBe(401);
  });

  it('gets a random organizer password per installation, printed once with how to sign in', async () => {
    const passwords: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      t = await createTestApp('sqlite');
      const config = configSchema.parse({ DATABASE_URL: t.database.url });
      const lines = (await prepareDemo(t, t.database.handle, config, URL)).join('\n');
      expect(lines).toContain(`${URL}/signin`);
      expect(lines).toContain(DEMO_ORGANIZER.email);
      const password = /password: (\S+)/.exec(lines)?.[1];
      expect(password).toBeDefined();
      passwords.push(password!);
      expect(await signIn(t, OLD_FIXED_PASSWORD)).toBe(401);
      expect(await signIn(t, password!)).toBe(200);
      // Stored hashed only.
      const row = await t.database.handle.db
        .selectFrom('people')
        .select('passwordHash')
        .where('email', '=', DEMO_ORGANIZER.email)
        .executeTakeFirstOrThrow();
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.passwordHash).not.toContain(password);
      // A later start does not know it any more, and says how to set a new one.
      const later = (await prepareDemo(t, t.database.handle, config, URL)).join('\n');
      expect(later).not.toContain(password);
      expect(later).toContain(`npx crossdialog organizer --email ${DEMO_ORGANIZER.email}`);
      await t.close();
      t = undefined;
    }
    expect(passwords[0]).not.toBe(passwords[1]);
  }, 120_000);

  it('takes the password from DEMO_ORGANIZER_PASSWORD without printing it', async () => {
    t = await createTestApp('sqlite');
    const password = 'Bench-Passwort-Sachsen-42';
    const config = configSchema.parse({ DATABASE_URL: t.database.url, DEMO_ORGANIZER_PASSWORD: password });
    const lines = (await prepareDemo(t, t.database.handle, config, URL)).join('\n');
    expect(lines).not.toContain(password);
    expect(lines).toContain('DEMO_ORGANIZER_PASSWORD');
    expect(await signIn(t, password)).toBe(200);
  }, 60_000);

  it('lets the owner set a new organizer password, ending the sessions of that person', async () => {
    t = await createTestApp('sqlite');
    const organizer = await t.signInOrganizer('owner@example.org');
    const result = await t.services.accounts.setOrganizerPassword({
      email: 'owner@example.org',
      password: 'Ganz-neues-Passwort-2026',
    });
    expect(result.created).toBe(false);
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: organizer.headers,
    });
    expect(session.json<{ via: string }>().via).toBe('none');
    const created = await t.services.accounts.setOrganizerPassword({
      email: 'neu@example.org',
      password: 'Noch-ein-Passwort-2026',
      name: 'Nora Neu',
    });
    expect(created.created).toBe(true);
    expect(created.person.role).toBe('organizer');
  });
});
