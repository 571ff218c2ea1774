// The app alone, for profiling a registration rush: a fresh SQLite file (the app's settings), EVENTS
// published events with SEATS seats each, listening on a free port. Prints one JSON line
// `{ url, slugs }`; on SIGUSR2 prints the CPU this process used since the previous SIGUSR2 (per
// phase); with RUSH_SQL_TIMES=1 it also times every SQL statement and prints the totals on SIGINT,
// which ends it (so `node --cpu-prof` writes its profile). See README "Performance" for a session.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventCreateSchema } from '../../src/contract/events.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { buildEventInput } from '../../test/factories.js';
import { sqlTimes, timeStatements } from './sql-times.js';

const ORGANIZER = { kind: 'token', tokenId: 'bench', role: 'organizer' } as const;
const [seatsArg = '250', eventsArg = '4'] = process.argv.slice(2);

if (process.env.RUSH_SQL_TIMES === '1') {
  timeStatements();
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-rush-server-'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: `sqlite:${path.join(dir, 'rush.sqlite')}`,
  REGISTRATION_RATE_LIMIT: '0',
  // One client address sends every registration: no per-address cap on unconfirmed ones.
  PENDING_REGISTRATIONS_PER_ADDRESS: '0',
});
const database = openDatabase(config.DATABASE_URL);
await migrateToLatest(database.db);
const built = await buildApp({ config, database, webDir: null, logger: false });
await built.app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
const address = built.app.server.address();
const port = address && typeof address === 'object' ? address.port : 0;
const slugs: string[] = [];
for (let i = 0; i < Number(eventsArg); i += 1) {
  const input = eventCreateSchema.parse(buildEventInput({ capacity: Number(seatsArg) }));
  const event = await built.services.events.createEvent(ORGANIZER, input, 'de');
  await built.services.events.publishEvent(ORGANIZER, event.id, 'de');
  slugs.push(event.slug);
}
sqlTimes.clear();
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, slugs })}\n`);

let mark = process.cpuUsage();
let markedAt = performance.now();
process.on('SIGUSR2', () => {
  const used = process.cpuUsage(mark);
  const wall = performance.now() - markedAt;
  process.stderr.write(`cpu ${((used.user + used.system) / 1000).toFixed(0)} ms in ${wall.toFixed(0)} ms\n`);
  mark = process.cpuUsage();
  markedAt = performance.now();
});
process.on('SIGINT', () => {
  for (const [text, entry] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
    const each = (1000 * entry.ms) / entry.count;
    process.stderr.write(
      `${entry.ms.toFixed(0)} ms ${entry.count}× ${each.toFixed(0)} µs ${text.slice(0, 100)}\n`,
    );
  }
  void built.app
    .close()
    .then(() => database.destroy())
    .then(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
});
