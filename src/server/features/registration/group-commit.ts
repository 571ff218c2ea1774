import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Executor } from './repository.js';

interface Item {
  work: (trx: Executor) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommit {
  /** Runs `work` inside a transaction shared with other waiting work; resolves only after the commit. */
  run<T>(work: (trx: Executor) => Promise<T>): Promise<T>;
}

/**
 * Group commit for the embedded SQLite database: work that arrives while a transaction is being
 * written waits and then goes into the next transaction together, so a burst costs one fsync per
 * batch instead of one per request. Each item runs inside its own SAVEPOINT, so an item that fails
 * (a duplicate address on the unique index) is rolled back alone; nobody hears "done" before the
 * batch is durable. SQLite has one writer anyway, so batching changes no rule: every seat is still
 * taken by its one conditional UPDATE.
 */
export function createGroupCommit(db: Kysely<Database>, maxItems = 256): GroupCommit {
  let queue: Item[] = [];
  let writing = false;

  async function runItems(trx: Executor, batch: Item[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const item of batch) {
      await sql`SAVEPOINT registration_item`.execute(trx);
      try {
        const value = await item.work(trx);
        await sql`RELEASE SAVEPOINT registration_item`.execute(trx);
        outcomes.push({ ok: true, value });
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT registration_item`.execute(trx);
        await sql`RELEASE SAVEPOINT registration_item`.execute(trx);
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  async function writeBatch(): Promise<void> {
    const batch = queue.slice(0, maxItems);
    queue = queue.slice(batch.length);
    try {
      const outcomes = await db.transaction().execute((trx) => runItems(trx, batch));
      outcomes.forEach((outcome, i) =>
        outcome.ok ? batch[i]!.resolve(outcome.value) : batch[i]!.reject(outcome.error),
      );
    } catch (error) {
      // The commit itself failed: nothing of the batch is durable, so everyone hears the error.
      for (const item of batch) {
        item.reject(error);
      }
    } finally {
      writing = false;
      schedule();
    }
  }

  function schedule(): void {
    if (writing || queue.length === 0) {
      return;
    }
    writing = true;
    // One turn of the event loop lets requests that arrived together join the same batch.
    setImmediate(() => void writeBatch());
  }

  return {
    run<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}
