// Registration rush: many people register at once for an event with fewer seats than people. The
// real app on a fresh SQLite file (WAL, synchronous=FULL: durable when acknowledged), loaded from a
// second process by autocannon, each request with its own address. Two baselines in the same run:
// (A) a bare Fastify GET route, (B) a bare Fastify POST route doing one durable INSERT per request.
// Run it with `npx tsx bench/registration-rush.ts`; RUSH_SCENARIOS=1 runs only the first scenario.
// With RUSH_DATABASE_URL (a PostgreSQL server, e.g. postgres://root@127.0.0.1:5432/test) it then runs
// the same rushes on PostgreSQL with two app instances in processes of their own (bench/lib/rush-
// postgres.ts), against (C): a bare Fastify POST doing one INSERT through a pg pool, same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { eventCreateSchema } from '../src/contract/events.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { buildEventInput } from '../test/factories.js';
import type { LoadResult } from './lib/load.js';
import type { PostLoadResult } from './lib/post-load.js';
import { runPostgresRush } from './lib/rush-postgres.js';
import { runWorker } from './lib/run-worker.js';

const CONNECTIONS = 200;
// Enough requests for (B) to run a few seconds at about 2,000/s, so its figure is steady.
const B_REQUESTS = process.env.RUSH_B_REQUESTS ?? '10000';
const SCENARIOS = [
  { name: 'rush 250 seats', attempts: 2_000, seats: 250 },
  { name: 'rush 10,000 seats', attempts: 20_000, seats: 10_000 },
].slice(0, Number(process.env.RUSH_SCENARIOS ?? 2));
const ORGANIZER = { kind: 'token', tokenId: 'bench', role: 'organizer' } as const;
const HOLDING = ['pending', 'offered', 'confirmed'];

/** Server CPU (this process: the app or the baseline server) in ms, from a mark taken before. */
const cpuSince = (mark: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(mark);
  return (used.user + used.system) / 1000;
};

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  const address = app.server.address();
  if (!address || typeof address === 'string') {
    throw new Error('no address');
  }
  return `http://127.0.0.1:${address.port}`;
}

/** Baseline (B): one INSERT per request, committed durably with the app's SQLite settings. */
function startDurableInsert(file: string): { app: FastifyInstance; close: () => void } {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, email TEXT NOT NULL, body TEXT NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO rows (id, email, body) VALUES (?, ?, ?)');
  const app = Fastify({ logger: false });
  app.post('/rows', async (request, reply) => {
    const body = request.body as { email: string };
    const id = crypto.randomUUID();
    insert.run(id, body.email, JSON.stringify(body));
    return reply.status(201).send({ id });
  });
  return { app, close: () => sqlite.close() };
}

async function startCrossDialog(file: string) {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${file}`,
    REGISTRATION_RATE_LIMIT: '0',
    // One client address sends every registration: no per-address cap on unconfirmed ones.
    PENDING_REGISTRATIONS_PER_ADDRESS: '0',
  });
  const database = openDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  const built = await buildApp({ config, database, webDir: null, logger: false });
  return { built, database, url: await listen(built.app) };
}

async function seatCheck(database: DatabaseHandle, eventId: string, acknowledged: string[]) {
  const rows = await database.db
    .selectFrom('registrations')
    .select(['id', 'status'])
    .where('eventId', '=', eventId)
    .execute();
  const ids = new Set(rows.map((r) => r.id));
  const event = await database.db
    .selectFrom('events')
    .select(['seatsTaken', 'capacity'])
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  return {
    held: rows.filter((r) => HOLDING.includes(r.status)).length,
    seatsTaken: event.seatsTaken,
    capacity: event.capacity,
    lost: acknowledged.filter((id) => !ids.has(id)).length,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const non2xx = (r: PostLoadResult) =>
  Object.entries(r.statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, n]) => `${status}×${n}`)
    .concat(r.errors > 0 ? [`errors×${r.errors}`] : [])
    .join(' ') || '0';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-rush-'));
  const bare = Fastify({ logger: false });
  bare.get('/hello', async () => ({ hello: 'world' }));
  const durable = startDurableInsert(path.join(dir, 'baseline.sqlite'));
  const crossDialog = await startCrossDialog(path.join(dir, 'rush.sqlite'));
  try {
    const bareUrl = `${await listen(bare)}/hello`;
    const durableUrl = `${await listen(durable.app)}/rows`;
    const load = () =>
      os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ');
    console.log(`Registration rush: ${CONNECTIONS} connections, clients in a second process (autocannon)`);
    console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${load()} (1/5/15 min)`);
    await runWorker<PostLoadResult>('post-load.ts', [durableUrl, String(CONNECTIONS), '500', 'warm']);
    let mark = process.cpuUsage();
    const a = await runWorker<LoadResult>('load.ts', [bareUrl, String(CONNECTIONS), '5']);
    const aCpu = cpuSince(mark) / a.requests;
    mark = process.cpuUsage();
    const b = await runWorker<PostLoadResult>('post-load.ts', [
      durableUrl,
      String(CONNECTIONS),
      B_REQUESTS,
      'b',
    ]);
    const bCpu = cpuSince(mark) / b.requests;
    console.log('');
    console.log(
      '| target | attempts | req/s | p50 ms | p99 ms | server CPU ms/req | non-2xx | held / capacity | lost | ÷ (B) |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
    console.log(
      `| (A) bare GET | ${fmt(a.requests)} | ${fmt(a.requestsPerSecond)} | ${a.latencyP50Ms} | ${a.latencyP99Ms} | ${aCpu.toFixed(3)} | ${a.non2xx} | | | |`,
    );
    console.log(
      `| (B) bare POST, 1 durable INSERT | ${fmt(b.requests)} | ${fmt(b.requestsPerSecond)} | ${b.latencyP50Ms} | ${b.latencyP99Ms} | ${bCpu.toFixed(3)} | ${non2xx(b)} | | | 1.00 |`,
    );
    const clientCpu = [`(B) ${(b.clientCpuMs / b.requests).toFixed(3)}`];
    let failed = false;
    // The first rush against a cold process measures the JIT compiler: a warm-up rush goes first.
    const warmUp = { name: 'warm-up', attempts: 1_000, seats: 100, print: false };
    // RUSH_SQLITE=0 skips the SQLite rushes (to run the PostgreSQL ones alone).
    const sqliteScenarios =
      process.env.RUSH_SQLITE === '0' ? [] : [warmUp, ...SCENARIOS.map((s) => ({ ...s, print: true }))];
    for (const scenario of sqliteScenarios) {
      const events = crossDialog.built.services.events;
      const input = eventCreateSchema.parse(buildEventInput({ capacity: scenario.seats }));
      const event = await events.createEvent(ORGANIZER, input, 'de');
      await events.publishEvent(ORGANIZER, event.id, 'de');
      const url = `${crossDialog.url}/api/v1/events/${event.slug}/registrations`;
      mark = process.cpuUsage();
      const r = await runWorker<PostLoadResult>('post-load.ts', [
        url,
        String(CONNECTIONS),
        String(scenario.attempts),
        event.slug,
      ]);
      const cpu = cpuSince(mark) / r.requests;
      const check = await seatCheck(crossDialog.database, event.id, r.acknowledgedIds);
      if (!scenario.print) {
        continue;
      }
      clientCpu.push(`${scenario.name} ${(r.clientCpuMs / r.requests).toFixed(3)}`);
      failed ||= check.held !== check.capacity || check.seatsTaken !== check.held || check.lost > 0;
      console.log(
        `| ${scenario.name} | ${fmt(r.requests)} | ${fmt(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${cpu.toFixed(3)} | ${non2xx(r)} | ${fmt(check.held)} / ${fmt(check.capacity)} (counter ${fmt(check.seatsTaken)}) | ${check.lost} | ${(r.requestsPerSecond / b.requestsPerSecond).toFixed(2)} |`,
      );
    }
    console.log('');
    console.log(`load generator CPU ms/req (second process): ${clientCpu.join(', ')}`);
    if (process.env.RUSH_DATABASE_URL) {
      console.log('');
      failed = (await runPostgresRush(process.env.RUSH_DATABASE_URL, SCENARIOS, b)) || failed;
    }
    console.log(`load average after the run ${load()}; goal: ≥ 0.50 of (B), p99 < 100 ms`);
    if (failed) {
      console.error(
        'FAILED: seats held must equal the capacity and no acknowledged registration may be lost',
      );
      process.exitCode = 1;
    }
  } finally {
    await bare.close();
    await durable.app.close();
    durable.close();
    await crossDialog.built.app.close();
    await crossDialog.database.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
