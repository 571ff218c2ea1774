// The registration rush on PostgreSQL with two app instances (bench/registration-rush.ts): a fresh
// database on the server of RUSH_DATABASE_URL, migrated here; two instances (bench/lib/rush-instance.ts)
// in processes of their own share it, as two servers behind a load balancer would; two load
// generators (one per instance, half the connections and attempts each) run at once. Baseline (C),
// same run: a bare Fastify POST doing one INSERT per request through a pg pool of the same size.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';
import { eventCreateSchema } from '../../src/contract/events.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { buildEventInput } from '../../test/factories.js';
import type { PostLoadResult } from './post-load.js';
import { runWorker } from './run-worker.js';

const LIB = path.dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = 200;
const ORGANIZER = { kind: 'token', tokenId: 'bench', role: 'organizer' } as const;
const HOLDING = ['pending', 'offered', 'confirmed'];

interface Instance {
  url: string;
  child: ChildProcess;
  /** The statements and CPU of this instance since the previous call. */
  phase(): Promise<{ queries: number; cpuMs: number }>;
  stop(): Promise<void>;
}

/** Starts bench/lib/rush-instance.ts and waits for its address. */
function startInstance(databaseUrl: string): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(LIB, 'rush-instance.ts'), databaseUrl],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const next = waiting.shift();
      if (next) {
        next(line);
      } else {
        lines.push(line);
      }
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const line = lines.shift();
      if (line !== undefined) {
        resolve(line);
      } else {
        waiting.push(resolve);
      }
    });
  return nextLine().then((line) => ({
    url: (JSON.parse(line) as { url: string }).url,
    child,
    phase: () => {
      child.kill('SIGUSR2');
      return nextLine().then((l) => JSON.parse(l) as { queries: number; cpuMs: number });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  }));
}

function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Both load generators at once, half the connections and attempts each; one figure for the pair. */
async function rushBoth(urls: string[], attempts: number, prefix: string) {
  const results = await Promise.all(
    urls.map((url, i) =>
      runWorker<PostLoadResult>('post-load.ts', [
        url,
        String(CONNECTIONS / urls.length),
        String(attempts / urls.length),
        `${prefix}-${i}`,
      ]),
    ),
  );
  const requests = results.reduce((n, r) => n + r.requests, 0);
  const seconds = Math.max(...results.map((r) => r.seconds));
  const statusCounts: Record<string, number> = {};
  for (const r of results) {
    for (const [status, n] of Object.entries(r.statusCounts)) {
      statusCounts[status] = (statusCounts[status] ?? 0) + n;
    }
  }
  return {
    requests,
    requestsPerSecond: requests / seconds,
    // The slower generator's percentiles (each saw half the requests).
    latencyP50Ms: Math.max(...results.map((r) => r.latencyP50Ms)),
    latencyP99Ms: Math.max(...results.map((r) => r.latencyP99Ms)),
    non2xx: Object.entries(statusCounts)
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, n]) => `${status}×${n}`)
      .join(' '),
    errors: results.reduce((n, r) => n + r.errors, 0),
    acknowledgedIds: results.flatMap((r) => r.acknowledgedIds),
  };
}

/**
 * Runs baseline (C) and each scenario on PostgreSQL with two instances; prints one table and
 * returns true if a scenario oversold, undersold or lost an acknowledged registration.
 */
export async function runPostgresRush(
  serverUrl: string,
  scenarios: { name: string; attempts: number; seats: number }[],
  b: PostLoadResult,
): Promise<boolean> {
  const name = `crossdialog_rush_${process.pid}`;
  const url = adminUrl(serverUrl, name);
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const database = openDatabase(url);
  const instances: Instance[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const bare = Fastify({ logger: false });
  let failed = false;
  try {
    await migrateToLatest(database.db);
    await pool.query('CREATE TABLE rush_rows (id uuid PRIMARY KEY, email text NOT NULL, body text NOT NULL)');
    bare.post('/rows', async (request, reply) => {
      const body = request.body as { email: string };
      const id = crypto.randomUUID();
      await pool.query('INSERT INTO rush_rows (id, email, body) VALUES ($1, $2, $3)', [
        id,
        body.email,
        JSON.stringify(body),
      ]);
      return reply.status(201).send({ id });
    });
    await bare.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
    const address = bare.server.address();
    const bareUrl = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/rows`;
    const c = await runWorker<PostLoadResult>('post-load.ts', [bareUrl, String(CONNECTIONS), '10000', 'c']);
    await bare.close();

    // Events are created through a third app on the same database that does not listen.
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url });
    const built = await buildApp({ config, database, webDir: null, logger: false });
    instances.push(...(await Promise.all([startInstance(url), startInstance(url)])));
    console.log(
      `PostgreSQL, two app instances (processes), ${CONNECTIONS} connections split over them; load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')}`,
    );
    console.log('');
    console.log(
      '| target | attempts | req/s | p50 ms | p99 ms | SQL statements/registration | non-2xx | held / capacity | lost | ÷ (C) | ÷ (B) |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
    console.log(
      `| (C) bare POST, 1 INSERT through a pg pool | ${fmt(c.requests)} | ${fmt(c.requestsPerSecond)} | ${c.latencyP50Ms} | ${c.latencyP99Ms} | 1 | ${c.errors || 0} | | | 1.00 | ${(c.requestsPerSecond / b.requestsPerSecond).toFixed(2)} |`,
    );
    const warmUp = { name: 'warm-up', attempts: 1_000, seats: 100, print: false };
    for (const scenario of [warmUp, ...scenarios.map((s) => ({ ...s, print: true }))]) {
      const input = eventCreateSchema.parse(buildEventInput({ capacity: scenario.seats }));
      const event = await built.services.events.createEvent(ORGANIZER, input, 'de');
      await built.services.events.publishEvent(ORGANIZER, event.id, 'de');
      await Promise.all(instances.map((i) => i.phase()));
      const r = await rushBoth(
        instances.map((i) => `${i.url}/api/v1/events/${event.slug}/registrations`),
        scenario.attempts,
        event.slug,
      );
      const phases = await Promise.all(instances.map((i) => i.phase()));
      const queries = phases.reduce((n, p) => n + p.queries, 0);
      const rows = await database.db
        .selectFrom('registrations')
        .select(['id', 'status'])
        .where('eventId', '=', event.id)
        .execute();
      const ids = new Set(rows.map((row) => row.id));
      const counter = await database.db
        .selectFrom('events')
        .select(['seatsTaken', 'capacity'])
        .where('id', '=', event.id)
        .executeTakeFirstOrThrow();
      const held = rows.filter((row) => HOLDING.includes(row.status)).length;
      const lost = r.acknowledgedIds.filter((id) => !ids.has(id)).length;
      if (!scenario.print) {
        continue;
      }
      failed ||= held !== counter.capacity || counter.seatsTaken !== held || lost > 0;
      console.log(
        `| ${scenario.name}, 2 instances | ${fmt(r.requests)} | ${fmt(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${(queries / r.requests).toFixed(1)} | ${r.non2xx || 0} | ${fmt(held)} / ${fmt(counter.capacity)} (counter ${fmt(counter.seatsTaken)}) | ${lost} | ${(r.requestsPerSecond / c.requestsPerSecond).toFixed(2)} | ${(r.requestsPerSecond / b.requestsPerSecond).toFixed(2)} |`,
      );
    }
    await built.app.close();
    console.log('');
    console.log('goal (issue 13): ≥ 1,000 registrations/s with two instances, 0 oversold, 0 lost');
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    await pool.end();
    await database.destroy();
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  return failed;
}
