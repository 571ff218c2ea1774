import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';
import { reusableQuery } from './reusable-query.js';

describe('reusableQuery', () => {
  let handle: DatabaseHandle;
  afterEach(async () => handle.destroy());

  async function setUp() {
    handle = openDatabase(':memory:');
    await sql`CREATE TABLE people (id TEXT PRIMARY KEY, email TEXT NOT NULL, first_name TEXT NOT NULL,
      last_name TEXT NOT NULL, organization TEXT NOT NULL, locale TEXT NOT NULL, role TEXT NOT NULL,
      password_hash TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_sign_in_at TEXT,
      search_text TEXT NOT NULL DEFAULT '')`.execute(handle.db);
    return handle.db;
  }

  it('compiles once and runs with new values each time, rows in camelCase', async () => {
    const db = await setUp();
    const insert = reusableQuery((p: { id: string; email: string; now: string }) =>
      db.insertInto('people').values({
        id: p.id,
        email: p.email,
        firstName: 'Erika',
        lastName: 'Muster',
        organization: 'Beispiel GmbH',
        locale: 'de',
        role: 'participant',
        passwordHash: null,
        createdAt: p.now,
        updatedAt: p.now,
        lastSignInAt: null,
        searchText: '',
      }),
    );
    const byEmail = reusableQuery((p: { email: string }) =>
      db.selectFrom('people').select(['id', 'firstName']).where('email', '=', p.email),
    );
    const now = new Date(0).toISOString();
    await db.executeQuery(insert({ id: 'a', email: 'a@example.org', now }));
    await db.transaction().execute(async (trx) => {
      await trx.executeQuery(insert({ id: 'b', email: 'b@example.org', now }));
    });
    expect(insert({ id: 'x', email: 'y', now }).sql).toBe(insert({ id: 'z', email: 'w', now }).sql);
    expect((await db.executeQuery(byEmail({ email: 'b@example.org' }))).rows).toEqual([
      { id: 'b', firstName: 'Erika' },
    ]);
    expect((await db.executeQuery(byEmail({ email: 'nobody@example.org' }))).rows).toEqual([]);
  });

  it('refuses a template where a value did not reach the query unchanged', async () => {
    const db = await setUp();
    const changed = reusableQuery((p: { email: string }) =>
      db.selectFrom('people').select('id').where('email', '=', p.email.toLowerCase()),
    );
    expect(() => changed({ email: 'a@example.org' })).toThrow();
    const stringified = reusableQuery((p: { topics: string[] }) =>
      db.selectFrom('people').select('id').where('organization', '=', JSON.stringify(p.topics)),
    );
    expect(() => stringified({ topics: ['a'] })).toThrow(/topics not passed through/);
  });
});
