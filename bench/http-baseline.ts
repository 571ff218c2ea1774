// HTTP baseline: the public reads a crowd makes (event list, event, event page HTML, programme,
// retrospective) of the real app (SQLite file with the demo data) and its /healthz against a bare Fastify
// GET route, all on loopback, loaded by autocannon from a second process. Run it with
// `npx tsx bench/http-baseline.ts` (or `npm run bench:http`); BENCH_DURATION sets the seconds per target,
// BENCH_TARGETS=events,detail,... picks targets, BENCH_LOG_LEVEL=info logs as a deployment does (to
// /dev/null). Requests send no Accept-Encoding, like the bare route's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { loadDemo } from '../src/server/demo/load-demo.js';
import type { LoadResult } from './lib/load.js';

const CONNECTIONS = 100;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_SECONDS = Math.min(3, Math.max(1, Math.round(DURATION_SECONDS / 4)));
const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'load.ts');

/** Runs the load worker in its own Node process and parses the one JSON line it prints. */
function runLoad(url: string, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', LOAD_SCRIPT, url, String(CONNECTIONS), String(seconds)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`load worker exited with ${code}`));
        return;
      }
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadResult);
    });
  });
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') {
    throw new Error('no address');
  }
  return `http://127.0.0.1:${address.port}`;
}

async function startBare(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  return app;
}

/** The built web app's page shell when there is a build, else a stand-in of the same shape. */
function writeWebDir(dir: string): string {
  const webDir = path.join(dir, 'web');
  fs.mkdirSync(webDir);
  const built = path.resolve('dist/web/index.html');
  fs.writeFileSync(
    path.join(webDir, 'index.html'),
    fs.existsSync(built)
      ? fs.readFileSync(built)
      : '<!doctype html>\n<html lang="de">\n  <head>\n    <meta charset="UTF-8">\n    <title>CrossDialog</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  return webDir;
}

async function startCrossDialog(dir: string) {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
  });
  const database = openDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  // BENCH_LOG_LEVEL=info measures with a deployment's default logging (JSON lines to /dev/null).
  const level = process.env.BENCH_LOG_LEVEL;
  const logger = level ? { level, file: '/dev/null' } : false;
  const built = await buildApp({ config, database, webDir: writeWebDir(dir), logger });
  await loadDemo(built, database.db, new Date());
  return { app: built.app, close: () => database.destroy() };
}

/** Warm-up, then the measured run; error answers mean the figure measures the wrong thing. */
type Measured = LoadResult & { cpuUsPerRequest: number };

/**
 * Warm-up, then the measured run; error answers mean the figure measures the wrong thing. Both servers
 * live in this process and only the target is loaded, so the process's CPU time during the run is the
 * target's: CPU per request moves far less with other work on the machine than requests per second.
 */
async function measure(url: string): Promise<Measured> {
  await runLoad(url, WARMUP_SECONDS);
  const before = process.cpuUsage();
  const result = await runLoad(url, DURATION_SECONDS);
  const cpu = process.cpuUsage(before);
  if (result.non2xx > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses`);
  }
  return { ...result, cpuUsPerRequest: (cpu.user + cpu.system) / Math.max(1, result.requests) };
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));

function row(name: string, r: Measured, bare: Measured): string {
  const rps = Math.round(r.requestsPerSecond).toLocaleString('en-US').padStart(9);
  const cells = [r.latencyP50Ms, r.latencyP99Ms, r.errors].map((n) => String(n).padStart(6));
  const share = ratio(r.requestsPerSecond, bare.requestsPerSecond).padStart(7);
  const cpu = r.cpuUsPerRequest.toFixed(0).padStart(7);
  // The throughput one core would give if CPU were all that counted: bare's CPU per request over this one.
  const cpuShare = ratio(bare.cpuUsPerRequest, r.cpuUsPerRequest).padStart(7);
  return `| ${name.padEnd(42)} | ${rps} | ${cells.join(' | ')} | ${share} | ${cpu} | ${cpuShare} |`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-bench-'));
  const bare = await startBare();
  const crossDialog = await startCrossDialog(dir);
  try {
    const bareUrl = `${await listen(bare)}/hello`;
    const base = await listen(crossDialog.app);
    const check = (await (await fetch(`${base}/api/v1/events`)).json()) as { events: { slug: string }[] };
    const upcoming = check.events[0]?.slug;
    const past = check.events.at(-1)?.slug;
    if (!upcoming || !past) {
      throw new Error('the demo events are missing');
    }
    const targets: [key: string, name: string, url: string][] = [
      ['healthz', 'GET /healthz (the plugin stack alone)', `${base}/healthz`],
      ['events', `GET /api/v1/events (${check.events.length} events)`, `${base}/api/v1/events`],
      ['detail', 'GET /api/v1/events/{slug}', `${base}/api/v1/events/${upcoming}`],
      ['page', 'GET /events/{slug} (HTML with head)', `${base}/events/${upcoming}`],
      ['programme', 'GET /api/v1/events/{slug}/programme', `${base}/api/v1/events/${past}/programme`],
      [
        'retrospective',
        'GET /api/v1/events/{slug}/retrospective',
        `${base}/api/v1/events/${past}/retrospective`,
      ],
    ];
    const chosen = process.env.BENCH_TARGETS?.split(',');
    console.log(
      `HTTP baseline: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per target after ${WARMUP_SECONDS} s warm-up`,
    );
    // Other work on the machine shifts every figure; the load average says how much there was.
    const load = os.loadavg()[0]?.toFixed(1) ?? '?';
    console.log(
      `Node ${process.version}, ${os.cpus().length} cores, load average ${load}, ${new Date().toISOString().slice(0, 16)}Z`,
    );
    // The machine's load drifts within a run (other processes come and go): each target's ratio is to a
    // bare-route run made right before it.
    const rows: string[] = [];
    for (const [key, name, url] of targets) {
      if (!chosen || chosen.includes(key)) {
        const bareResult = await measure(bareUrl);
        rows.push(row('bare Fastify GET /hello', bareResult, bareResult));
        rows.push(row(name, await measure(url), bareResult));
      }
    }
    console.log('');
    // Errors are connection errors and timeouts (no answer within 10 s): a sign of an overloaded machine.
    console.log(
      `| ${'target'.padEnd(42)} |    req/s  | p50 ms | p99 ms | errors | ÷ bare  | CPU µs  | CPU ÷   |`,
    );
    console.log(`| ${'-'.repeat(42)} | --------: | -----: | -----: | -----: | ------: | ------: | ------: |`);
    console.log(
      "(CPU µs: server CPU per request; CPU ÷: the bare route's CPU per request over the target's)",
    );
    for (const line of rows) {
      console.log(line);
    }
    console.log(`load average at the end ${os.loadavg()[0]?.toFixed(1) ?? '?'}`);
  } finally {
    await bare.close();
    await crossDialog.app.close();
    await crossDialog.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
