// In-process cost of a registration, without HTTP: registers people through the registration service
// (group commit, 200 at a time, as a rush would queue them) on a fresh SQLite file with the app's
// settings, and prints the CPU per registration and the time spent in each SQL statement per
// registration. Run with `npx tsx bench/registration-service.ts` (REG_ROUNDS=60 rounds of 200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventCreateSchema } from '../src/contract/events.js';
import type { RegistrationCreate } from '../src/contract/registration.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { buildEventInput } from '../test/factories.js';
import { sqlTimes, timeStatements } from './lib/sql-times.js';

const ROUNDS = Number(process.env.REG_ROUNDS ?? 60);
const PER_ROUND = 200;
const ORGANIZER = { kind: 'token', tokenId: 'bench', role: 'organizer' } as const;

timeStatements();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-registration-service-'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
  REGISTRATION_RATE_LIMIT: '0',
  // One client address sends every registration: no per-address cap on unconfirmed ones.
  PENDING_REGISTRATIONS_PER_ADDRESS: '0',
});
const database = openDatabase(config.DATABASE_URL);
await migrateToLatest(database.db);
const built = await buildApp({ config, database, webDir: null, logger: false });
try {
  const events = built.services.events;
  const event = await events.createEvent(
    ORGANIZER,
    eventCreateSchema.parse(buildEventInput({ capacity: 10_000 })),
    'de',
  );
  await events.publishEvent(ORGANIZER, event.id, 'de');
  let n = 0;
  const round = () =>
    Promise.all(
      Array.from({ length: PER_ROUND }, () => {
        n += 1;
        const body: RegistrationCreate = {
          firstName: 'Ansturm',
          lastName: `Nr ${n}`,
          email: `service-${n}@example.org`,
          organization: 'Lastprobe GmbH',
          sector: 'it',
          consents: { privacy: true, directory: false, photos: false },
        };
        return built.services.registrations.register(event.slug, body, { ip: '127.0.0.1', locale: 'de' });
      }),
    );
  // Warm-up: JIT and the statement cache.
  for (let i = 0; i < 10; i += 1) {
    await round();
  }
  sqlTimes.clear();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) {
    await round();
  }
  const used = process.cpuUsage(cpu);
  const registrations = ROUNDS * PER_ROUND;
  const perReg = (ms: number) => ((ms / registrations) * 1000).toFixed(1).padStart(6);
  console.log(
    `${registrations} registrations in process (no HTTP), ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}: ` +
      `CPU ${((used.user + used.system) / 1000 / registrations).toFixed(3)} ms/registration, ` +
      `wall ${((performance.now() - started) / registrations).toFixed(3)} ms/registration`,
  );
  console.log('µs per registration | executions | statement');
  for (const [source, { count, ms }] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    console.log(`${perReg(ms)} | ${String(count).padStart(6)} | ${source.slice(0, 110)}`);
  }
} finally {
  await built.app.close();
  await database.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
