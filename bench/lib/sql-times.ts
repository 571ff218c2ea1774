import SQLite from 'better-sqlite3';

/** Time spent in each SQL text, filled once `timeStatements()` has run. */
export const sqlTimes = new Map<string, { count: number; ms: number }>();

/** Wraps better-sqlite3's statement methods (all, run, get) to add up the time spent in each SQL text. */
export function timeStatements(): void {
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<
    string,
    (this: SQLite.Statement, ...args: unknown[]) => unknown
  >;
  probe.close();
  for (const method of ['all', 'run', 'get']) {
    const original = proto[method]!;
    proto[method] = function (this: SQLite.Statement, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const entry = sqlTimes.get(this.source) ?? { count: 0, ms: 0 };
        entry.count += 1;
        entry.ms += performance.now() - started;
        sqlTimes.set(this.source, entry);
      }
    };
  }
}
