import type SQLite from 'better-sqlite3';
import { CamelCasePlugin, isCompilable, type Compilable, type CompiledQuery, type QueryResult } from 'kysely';
import type { Executor } from './repository.js';

const STATEMENT_CACHE_SIZE = 200;
// The same result mapping as the CamelCasePlugin of openDatabase (default options).
const camelCase = new CamelCasePlugin();

/** Runs one compiled query on the connection, returning what Kysely's SQLite driver returns. */
function runCompiled(
  sqlite: SQLite.Database,
  statements: Map<string, SQLite.Statement>,
  query: CompiledQuery,
): Promise<QueryResult<unknown>> {
  let statement = statements.get(query.sql);
  if (!statement) {
    if (statements.size >= STATEMENT_CACHE_SIZE) {
      statements.clear();
    }
    statement = sqlite.prepare(query.sql);
    statements.set(query.sql, statement);
  }
  const parameters = query.parameters as unknown[];
  if (statement.reader) {
    const rows = statement.all(parameters) as Record<string, unknown>[];
    return camelCase.transformResult({ result: { rows }, queryId: query.queryId });
  }
  const { changes, lastInsertRowid } = statement.run(parameters);
  return Promise.resolve({
    numAffectedRows: BigInt(changes),
    insertId: BigInt(lastInsertRowid),
    rows: [],
  });
}

/**
 * The transaction of a group commit on SQLite, with `executeQuery` of compiled queries (see
 * reusableQuery) running straight on the connection the transaction holds: Kysely's per-query
 * plumbing (executor, connection provider, result plugins) costs several times more than SQLite
 * running a prepared statement, and a batch runs many. Everything else (query builders, `sql`
 * templates) goes through the transaction as usual. Safe because the transaction holds the one
 * connection (Kysely's SQLite driver lends it to one user at a time) and this runs only inside it.
 */
export function directExecutor(
  trx: Executor,
  sqlite: SQLite.Database,
  statements: Map<string, SQLite.Statement>,
): Executor {
  const executeQuery = (query: CompiledQuery | Compilable) =>
    runCompiled(sqlite, statements, isCompilable(query) ? query.compile() : query);
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'executeQuery') {
        return executeQuery;
      }
      const value: unknown = Reflect.get(target, property, target);
      // Kysely's methods use private fields: call them on the transaction itself.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
