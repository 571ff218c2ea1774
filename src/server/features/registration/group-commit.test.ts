import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { createGroupCommit } from './group-commit.js';

describe('group commit', () => {
  let handle: DatabaseHandle;
  afterEach(async () => handle.destroy());

  async function setUp(): Promise<Kysely<Database>> {
    handle = openDatabase(':memory:');
    await sql`CREATE TABLE t (email TEXT PRIMARY KEY)`.execute(handle.db);
    return handle.db;
  }
  const insert = (email: string) => (trx: Kysely<Database>) =>
    sql`INSERT INTO t (email) VALUES (${email})`.execute(trx).then(() => email);

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
});
