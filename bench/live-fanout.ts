// Live fan-out: 2,000 WebSocket clients in a second process subscribed to one session's room; 200
// questions and 5,000 votes; delivery latency from publish to arrival (p50, p99, max), messages lost,
// final tallies against votes sent; and in the same run a bare `ws` broadcast of a small message to
// the same 2,000 clients as the baseline. Run: `npx tsx bench/live-fanout.ts`
// (FANOUT_CLIENTS, FANOUT_DURATION seconds over which the questions and votes are spread, REDIS_URL to
// go through Redis pub/sub, FANOUT_MODE=hub to publish through the hub instead of the HTTP API).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { ClientResult, FromClients, ToClients } from './lib/fanout-protocol.js';
import { createFanoutDriver, type FanoutDriver } from './lib/fanout-driver.js';
import { cpuMsSince, createHistogram, nowMs, type LatencySummary } from './lib/histogram.js';

const CLIENTS = Number(process.env.FANOUT_CLIENTS ?? 2000);
const QUESTIONS = Number(process.env.FANOUT_QUESTIONS ?? 200);
const VOTES = Number(process.env.FANOUT_VOTES ?? 5000);
const DURATION_S = Number(process.env.FANOUT_DURATION ?? 20);
const BARE_MESSAGES = 100;
const BARE_INTERVAL_MS = 100;
const CLIENT_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'live-fanout-clients.ts');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (ms: number) => ms.toFixed(1);
const progress = (text: string) => process.stderr.write(`live-fanout: ${text}\n`);

async function startServer(dir: string) {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    REGISTRATION_RATE_LIMIT: '0',
    // Every client of the bench comes from 127.0.0.1: no per-address caps.
    LIVE_WRITES_PER_ADDRESS_PER_MINUTE: '0',
    LIVE_SOCKETS_PER_ADDRESS: '1000000',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  });
  const database = openDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  const built = await buildApp({ config, database, webDir: null, logger: false });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  return { built, database, baseUrl: address };
}

/** Forwards publish times of the room's wire messages to the clients, batched every 20 ms. */
function trackPublishes(driver: FanoutDriver, send: (m: ToClients) => void) {
  let entries: [string, number][] = [];
  let wireMessages = 0;
  driver.hub.onPublish = (room, messages) => {
    const first = messages[0];
    if (room !== driver.room || !first) {
      return;
    }
    wireMessages += 1;
    entries.push([`${first.kind}:${first.id}:${first.version}`, nowMs()]);
  };
  const flush = () => {
    if (entries.length > 0) {
      send({ type: 'published', entries });
      entries = [];
    }
  };
  const timer = setInterval(flush, 20);
  const sendLoops = createHistogram();
  let frameBytes = 0;
  driver.hub.onDelivered = (room, frame) => {
    if (room === driver.room) {
      sendLoops.record(frame.ms);
      frameBytes += frame.bytes;
    }
  };
  return {
    sendLoops,
    get frameBytes() {
      return frameBytes;
    },
    get wireMessages() {
      return wireMessages;
    },
    stop() {
      clearInterval(timer);
      flush();
    },
  };
}

/** The bare baseline: the same small message sent to every client of a plain `ws` server. */
async function bareBroadcast(wss: WebSocketServer): Promise<LatencySummary> {
  const sendLoops = createHistogram();
  for (let n = 0; n < BARE_MESSAGES; n += 1) {
    const started = nowMs();
    const message = JSON.stringify({ t: started, n });
    for (const client of wss.clients) {
      client.send(message);
    }
    sendLoops.record(nowMs() - started);
    await sleep(BARE_INTERVAL_MS);
  }
  return sendLoops.summary();
}

interface RunFigures {
  votes: Map<string, number>;
  wireMessages: number;
  mode: string;
  stormMs: number;
  serverCpuMs: number;
  loadBefore: string;
  bareLoops: LatencySummary;
  liveLoops: LatencySummary;
  frameBytes: number;
}

function report(result: ClientResult, run: RunFigures) {
  const votesSent = [...run.votes.values()].reduce((a, b) => a + b, 0);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const { live, bare } = result;
  const ratio = live.p99 / bare.p99;
  console.log(`live fan-out: ${CLIENTS} clients in a second process, one room; ${run.mode}`);
  console.log(
    `  bare ws broadcast (baseline): ${bare.count} deliveries, p50 ${fmt(bare.p50)} ms, ` +
      `p99 ${fmt(bare.p99)} ms, max ${fmt(bare.max)} ms, lost ${result.bareLost}`,
  );
  console.log(
    `  live: ${QUESTIONS} questions + ${votesSent} votes sent in ${seconds(run.stormMs)} s ` +
      `(planned ${DURATION_S} s) -> ${run.wireMessages} messages to the room; ` +
      `${live.count} deliveries, p50 ${fmt(live.p50)} ms, p99 ${fmt(live.p99)} ms, ` +
      `max ${fmt(live.max)} ms, lost ${result.liveLost} (unmatched ${result.unmatchedArrivals})`,
  );
  console.log(
    `  tallies: votes sent ${votesSent}; clients showing exactly the votes sent per question: ` +
      `${result.exactClients}/${CLIENTS}; total shown min ${result.minShown} max ${result.maxShown}`,
  );
  console.log(
    `  goal p99 < 100 ms: ${live.p99 < 100 ? 'met' : 'MISSED'}; p99 <= 1.5 x bare p99: ` +
      `${ratio <= 1.5 ? 'met' : 'MISSED'} (ratio ${ratio.toFixed(2)})`,
  );
  console.log(
    `  server send loop per frame: bare p50 ${fmt(run.bareLoops.p50)} ms, p99 ${fmt(run.bareLoops.p99)} ms; ` +
      `live p50 ${fmt(run.liveLoops.p50)} ms, p99 ${fmt(run.liveLoops.p99)} ms ` +
      `(${run.liveLoops.count} frames, ${(run.frameBytes / Math.max(1, run.liveLoops.count) / 1024).toFixed(1)} KiB on average)`,
  );
  console.log(
    `  CPU during the storm: server process ${seconds(run.serverCpuMs)} s, ` +
      `client process ${seconds(result.cpuMs)} s`,
  );
  console.log(`  load average (1/5/15 min): before ${run.loadBefore}, after ${loadAverage()}`);
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-fanout-'));
  const { built, database, baseUrl } = await startServer(dir);
  const driver = await createFanoutDriver(built, baseUrl, process.env.FANOUT_MODE === 'hub' ? 'hub' : 'api', {
    questions: QUESTIONS,
    votes: VOTES,
    durationS: DURATION_S,
  });
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise((resolve) => wss.once('listening', resolve));
  const barePort = (wss.address() as { port: number }).port;

  progress(`server on ${baseUrl} (hub: ${built.live.mode}); starting the client process`);
  const profile = process.env.FANOUT_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.FANOUT_PROFILE}`]
    : [];
  const child = fork(CLIENT_SCRIPT, [], { execArgv: ['--import', 'tsx', ...profile] });
  const send = (message: ToClients) => child.send(message);
  const next = () =>
    new Promise<FromClients>((resolve) => child.once('message', (m: FromClients) => resolve(m)));
  const ready = next();
  send({
    type: 'connect',
    liveUrl: `${baseUrl.replace(/^http/, 'ws')}/api/v1/live`,
    room: driver.room,
    bareUrl: `ws://127.0.0.1:${barePort}`,
    clients: CLIENTS,
    headers: {},
  });
  await ready;
  progress(`${CLIENTS} live and ${CLIENTS} bare clients connected`);
  await sleep(500);
  const bareLoops = await bareBroadcast(wss);
  progress('bare broadcast done; sending questions and votes');
  await sleep(500);

  const tracker = trackPublishes(driver, send);
  send({ type: 'mark' });
  const cpuStart = process.cpuUsage();
  const wallStart = nowMs();
  const votes = await driver.storm();
  await sleep(500); // the last coalescing window
  const serverCpuMs = cpuMsSince(cpuStart);
  const stormMs = nowMs() - wallStart;
  progress('storm sent; collecting results');
  tracker.stop();
  const done = next();
  send({
    type: 'finish',
    liveMessages: tracker.wireMessages,
    bareMessages: BARE_MESSAGES,
    tallyKind: 'question',
    expectedVotes: Object.fromEntries(votes),
  });
  const result = await done;
  if (result.type === 'result') {
    const wireMessages = tracker.wireMessages;
    report(result.result, {
      votes,
      wireMessages,
      mode: driver.description,
      stormMs,
      serverCpuMs,
      loadBefore,
      bareLoops,
      liveLoops: tracker.sendLoops.summary(),
      frameBytes: tracker.frameBytes,
    });
  }
  wss.close();
  await built.app.close();
  await database.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
