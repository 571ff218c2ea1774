import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { directExecutor } from './direct-executor.js';
import type { Executor } from './repository.js';

/** What the items of one batch share: values read once for all of them, per-batch bookkeeping. */
export interface BatchScope {
  /** The value under `key` for this batch: made by the first item that asks, shared by the others. */
  once<T>(key: string, make: () => T): T;
}

/** One unit of work: reads before the transaction, then writes inside it. */
export interface BatchItem<P, T> {
  /** Reads (outside the transaction, so it may use any service); shares reads through `batch`. */
  prepare(batch: BatchScope): Promise<P>;
  /** Writes inside the transaction; throwing rolls back this item only. */
  work(trx: Executor, prepared: P, batch: BatchScope): Promise<T>;
}

export interface GroupCommit {
  /** Runs an item in a transaction shared with other waiting items; resolves only after the commit. */
  run<P, T>(item: BatchItem<P, T>): Promise<T>;
}

interface Queued {
  item: BatchItem<unknown, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function createScope(): BatchScope {
  const values = new Map<string, unknown>();
  return {
    once<T>(key: string, make: () => T): T {
      if (!values.has(key)) {
        values.set(key, make());
      }
      return values.get(key) as T;
    },
  };
}

/** Without batching (PostgreSQL: many connections, each request its own transaction). */
export function createSingleCommit(db: Kysely<Database>): GroupCommit {
  return {
    async run<P, T>(item: BatchItem<P, T>): Promise<T> {
      const scope = createScope();
      const prepared = await item.prepare(scope);
      return db.transaction().execute((trx) => item.work(trx, prepared, scope));
    },
  };
}

// Compiled once: the statements around every item of every batch.
const SAVEPOINT = CompiledQuery.raw('SAVEPOINT registration_item');
const RELEASE = CompiledQuery.raw('RELEASE SAVEPOINT registration_item');
const ROLLBACK_TO = CompiledQuery.raw('ROLLBACK TO SAVEPOINT registration_item');

/**
 * Group commit for the embedded SQLite database: items that arrive while a transaction is being
 * written wait and then go into the next transaction together, so a burst costs one fsync per
 * batch instead of one per request. The batch first runs every item's reads (values such as the
 * event are read once for the whole batch, after every item in it arrived), then one transaction
 * with each item inside its own SAVEPOINT, so an item that fails (a duplicate address on the
 * unique index) is rolled back alone; nobody hears "done" before the batch is durable. SQLite has
 * one writer anyway, so batching changes no rule: every seat is still taken by its one conditional
 * UPDATE. Given the connection (`sqlite`), compiled queries run on it directly (see directExecutor).
 */
export function createGroupCommit(
  db: Kysely<Database>,
  sqlite: SQLite.Database | null = null,
  maxItems = 256,
): GroupCommit {
  let queue: Queued[] = [];
  let writing = false;
  const statements = new Map<string, SQLite.Statement>();

  async function runItems(trx: Executor, batch: Queued[], prepared: unknown[], scope: BatchScope) {
    const outcomes: Outcome[] = [];
    for (const [i, entry] of batch.entries()) {
      await trx.executeQuery(SAVEPOINT);
      try {
        const value = await entry.item.work(trx, prepared[i], scope);
        await trx.executeQuery(RELEASE);
        outcomes.push({ ok: true, value });
      } catch (error) {
        await trx.executeQuery(ROLLBACK_TO);
        await trx.executeQuery(RELEASE);
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  async function writeBatch(): Promise<void> {
    const taken = queue.slice(0, maxItems);
    queue = queue.slice(taken.length);
    try {
      const scope = createScope();
      const reads = await Promise.allSettled(taken.map((entry) => entry.item.prepare(scope)));
      const batch: Queued[] = [];
      const prepared: unknown[] = [];
      reads.forEach((read, i) => {
        if (read.status === 'rejected') {
          taken[i]!.reject(read.reason);
        } else {
          batch.push(taken[i]!);
          prepared.push(read.value);
        }
      });
      if (batch.length === 0) {
        return;
      }
      try {
        const outcomes = await db
          .transaction()
          .execute((trx) =>
            runItems(sqlite ? directExecutor(trx, sqlite, statements) : trx, batch, prepared, scope),
          );
        outcomes.forEach((outcome, i) =>
          outcome.ok ? batch[i]!.resolve(outcome.value) : batch[i]!.reject(outcome.error),
        );
      } catch (error) {
        // The commit itself failed: nothing of the batch is durable, so everyone hears the error.
        for (const entry of batch) {
          entry.reject(error);
        }
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
    run<P, T>(item: BatchItem<P, T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({
          item: item,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        schedule();
      });
    },
  };
}
