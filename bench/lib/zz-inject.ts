// TEMP: in-process waves of registrations through app.inject; min time per registration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { eventCreateSchema } from '../../src/contract/events.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { buildEventInput } from '../../test/factories.js';

import SQLite from 'better-sqlite3';
const sqlTimes = new Map<string, { n: number; ms: number }>();
let profiling = false;
if (process.env.PROF_SQL) {
  const probe = new SQLite(':memory:').prepare('select 1');
  const sproto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
  for (const m of ['all', 'run', 'get']) {
    const orig = sproto[m]!;
    sproto[m] = function (this: { source: string }, ...args: unknown[]) {
      if (!profiling) return orig.apply(this, args);
      const t = process.hrtime.bigint();
      try {
        return orig.apply(this, args);
      } finally {
        const d = Number(process.hrtime.bigint() - t) / 1e6;
        const e = sqlTimes.get(this.source) ?? { n: 0, ms: 0 };
        e.n += 1;
        e.ms += d;
        sqlTimes.set(this.source, e);
      }
    };
  }
}
const ORGANIZER = { kind: 'token', tokenId: 'bench', role: 'organizer' } as const;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-inj-'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: `sqlite:${path.join(dir, 'x.sqlite')}`,
  REGISTRATION_RATE_LIMIT: '0',
});
const database = openDatabase(config.DATABASE_URL);
await migrateToLatest(database.db);
const built = await buildApp({ config, database, webDir: null, logger: false });
const WAVE = Number(process.argv[2] ?? 200);
const WAVES = Number(process.argv[3] ?? 30);
const seats = Number(process.argv[4] ?? 250);
let seq = 0;
const times: number[] = [];
const cpus: number[] = [];
for (let e = 0; e < 2; e++) {
  profiling = e === 1;
  const input = eventCreateSchema.parse(buildEventInput({ capacity: seats }));
  const event = await built.services.events.createEvent(ORGANIZER, input, 'de');
  await built.services.events.publishEvent(ORGANIZER, event.id, 'de');
  for (let w = 0; w < WAVES; w++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const rs = await Promise.all(
      Array.from({ length: WAVE }, () => {
        seq += 1;
        return built.app.inject({
          method: 'POST',
          url: `/api/v1/events/${event.slug}/registrations`,
          remoteAddress: `10.0.${(seq >> 8) & 255}.${seq & 255}`,
          payload: {
            firstName: 'Ansturm',
            lastName: `Nr ${seq}`,
            email: `inj-${seq}@example.org`,
            organization: 'Lastprobe GmbH',
            sector: 'it',
            consents: { privacy: true },
          },
        });
      }),
    );
    if (rs.some((r) => r.statusCode !== 201)) throw new Error(rs.find((r) => r.statusCode !== 201)!.body);
    const c = process.cpuUsage(c0);
    if (e === 1) {
      times.push((performance.now() - t0) / WAVE);
      cpus.push((c.user + c.system) / 1000 / WAVE);
    }
  }
}
times.sort((a, b) => a - b);
cpus.sort((a, b) => a - b);
const q = (a: number[], f: number) => a[Math.floor(a.length * f)]!.toFixed(3);
console.log(
  `per registration (inject, waves of ${WAVE}): wall min ${q(times, 0)} med ${q(times, 0.5)} ms; cpu min ${q(cpus, 0)} med ${q(cpus, 0.5)} ms`,
);
const n = WAVE * WAVES;
for (const [k, e] of [...sqlTimes.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 16)) {
  console.log(
    `${((1000 * e.ms) / n).toFixed(1).padStart(7)} us/reg ${(e.n / n).toFixed(2)}x ${k.slice(0, 110)}`,
  );
}
await built.app.close();
await database.destroy();
fs.rmSync(dir, { recursive: true, force: true });
