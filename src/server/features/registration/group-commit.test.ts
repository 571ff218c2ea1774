import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { createGroupCommit, type BatchScope } from './group-commit.js';

describe('group commit', () => {
  let handle: DatabaseHandle;
  afterEach(async () => handle.destroy());

  async function setUp(): Promise<Kysely<Database>> {
    handle = openDatabase(':memory:');
    await sql`CREATE TABLE t (email TEXT PRIMARY KEY)`.execute(handle.db);
    return handle.db;
  }
  const insert = (email: string) => ({
    prepare: async () => email,
    work: (trx: Kysely<Database>, value: string) =>
      sql`INSERT INTO t (email) VALUES (${value})`.execute(trx).then(() => value),
  });

  it('commits work that arrives together in one batch; a failing item is rolled back alone', async () => {
    const db = await setUp();
    const group = createGroupCommit(db);
    const results = await Promise.allSettled([
      group.run(insert('a@example.org')),
      group.run(insert('a@example.org')),
      group.run(insert('b@example.org')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await sql<{ email: string }>`SELECT email FROM t ORDER BY email`.execute(db);
    expect(rows.rows.map((r) => r.email)).toEqual(['a@example.org', 'b@example.org']);
  });

  it('shares a read among the items of a batch; an item whose read fails is refused alone', async () => {
    const db = await setUp();
    const group = createGroupCommit(db);
    let reads = 0;
    const item = (email: string) => ({
      prepare: async (batch: BatchScope) => {
        const domain = await batch.once('domain', async () => {
          reads += 1;
          return 'example.org';
        });
        if (email === 'bad') {
          throw new Error('bad input');
        }
        return `${email}@${domain}`;
      },
      work: (trx: Kysely<Database>, value: string) =>
        sql`INSERT INTO t (email) VALUES (${value})`.execute(trx).then(() => value),
    });
    const results = await Promise.allSettled([
      group.run(item('a')),
      group.run(item('bad')),
      group.run(item('b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(reads).toBe(1);
    const rows = await sql<{ email: string }>`SELECT email FROM t ORDER BY email`.execute(db);
    expect(rows.rows.map((r) => r.email)).toEqual(['a@example.org', 'b@example.org']);
  });

  it('runs compiled queries straight on the connection, inside the batch and its savepoints', async () => {
    const db = await setUp();
    const group = createGroupCommit(db, handle.sqlite);
    const insertRow = (email: string) => CompiledQuery.raw('INSERT INTO t (email) VALUES (?)', [email]);
    const pair = (first: string, second: string) => ({
      prepare: async () => [first, second],
      work: async (trx: Kysely<Database>, [one, two]: string[]) => {
        await trx.executeQuery(insertRow(one!));
        const result = await trx.executeQuery(insertRow(two!));
        return Number(result.numAffectedRows);
      },
    });
    const results = await Promise.allSettled([
      group.run(pair('a@example.org', 'b@example.org')),
      // Its first row is new, its second a duplicate: the whole item goes, the batch stays.
      group.run(pair('c@example.org', 'a@example.org')),
      group.run(pair('d@example.org', 'e@example.org')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 1 });
    const rows = await sql<{ email: string }>`SELECT email FROM t ORDER BY email`.execute(db);
    expect(rows.rows.map((r) => r.email)).toEqual([
      'a@example.org',
      'b@example.org',
      'd@example.org',
      'e@example.org',
    ]);
  });
});
