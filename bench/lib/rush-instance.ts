// One app instance of a multi-instance rush (bench/registration-rush.ts): the real app on an already
// migrated database (DATABASE_URL, PostgreSQL), in a process of its own as a second server would be,
// listening on a free port. Prints one JSON line `{ url }`; on SIGUSR2 prints `{ queries, cpuMs }`:
// the SQL statements sent to PostgreSQL and the CPU used since the previous SIGUSR2 (one phase).
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';

const [databaseUrl] = process.argv.slice(2);
if (!databaseUrl) {
  console.error('usage: tsx bench/lib/rush-instance.ts DATABASE_URL');
  process.exit(2);
}

// Every statement (including BEGIN, SAVEPOINT and COMMIT) goes through Client#query: count them.
let queries = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries += 1;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: databaseUrl,
  REGISTRATION_RATE_LIMIT: '0',
  // One client address sends every registration: no per-address cap on unconfirmed ones.
  PENDING_REGISTRATIONS_PER_ADDRESS: '0',
});
const database = openDatabase(config.DATABASE_URL);
const built = await buildApp({ config, database, webDir: null, logger: false });
await built.app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
const address = built.app.server.address();
const port = address && typeof address === 'object' ? address.port : 0;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);

let mark = process.cpuUsage();
process.on('SIGUSR2', () => {
  const used = process.cpuUsage(mark);
  process.stdout.write(`${JSON.stringify({ queries, cpuMs: (used.user + used.system) / 1000 })}\n`);
  queries = 0;
  mark = process.cpuUsage();
});
process.on('SIGTERM', () => {
  void built.app
    .close()
    .then(() => database.destroy())
    .finally(() => process.exit(0));
});
