// The WebSocket clients of bench/live-fanout.ts, in their own process (forked by it, IPC messages in
// bench/lib/fanout-protocol.ts). Each client records per message the delay from the server's publish
// to its arrival (CLOCK_MONOTONIC is shared by both processes on one machine) and ends with the state
// the web app would show: the merge by version of everything it received. 2,000 clients share one
// core here, so the harness must not be what is measured: the server sends every client of the room
// the same frames in the same order, so the first client to get frame k parses it and merges it into
// a shared state, and every other client only checks that its frame k is byte for byte the same
// (memcmp). A client whose frame differs gets its own state from then on (the shared frames before,
// then its own), so the final tallies are still checked for every client.
import WebSocket from 'ws';
import { currentVoteCount, QUESTION_VOTES_KIND, type QuestionVotes } from '../src/contract/qa-live.js';
import { cpuMsSince, createHistogram, nowMs, type LatencySummary } from './lib/histogram.js';
import type { ClientResult, FromClients, ToClients } from './lib/fanout-protocol.js';

interface Entity {
  kind: string;
  id: string;
  version: number;
  data: unknown;
  /** Cached on the shared parsed object: `kind:id`, and `kind:id:version` for publish times. */
  key?: string;
  timingKey?: string;
}
type Parsed =
  | ({ type: 'upsert' } & Entity)
  | { type: 'upserts' | 'snapshot'; entities: Entity[] }
  | { type: 'many'; messages: Parsed[] }
  | { type: 'subscribed' | 'error' | 'pong' };

interface LiveClient {
  socket: WebSocket;
  /** Own merged state once the client's frames differed from the shared sequence; null before. */
  entities: Map<string, Entity> | null;
  received: number;
  /** Position in the room's frame sequence (see parseFrame). */
  frameIndex: number;
}

const send = (message: FromClients) => process.send?.(message);
const liveHistogram = createHistogram();
const bareHistogram = createHistogram();
/** Publish time per wire message key, and arrivals waiting for it (IPC may lag behind the socket). */
const publishedAt = new Map<string, number>();
const waiting = new Map<string, number[]>();
let bareReceived = 0;
/** The room's frames in order, as the first client received them, and their merged state. */
const frames: { bytes: Buffer; parsed: Parsed }[] = [];
const sharedState = new Map<string, Entity>();

/** Merges every entity a message carries. */
function mergeAll(entities: Map<string, Entity>, message: Parsed): void {
  if (message.type === 'many') {
    message.messages.forEach((m) => mergeAll(entities, m));
  } else if (message.type === 'upsert') {
    merge(entities, message);
  } else if (message.type === 'upserts' || message.type === 'snapshot') {
    message.entities.forEach((e) => merge(entities, e));
  }
}

/** The state after the first `count` shared frames (a client that missed the last ones). */
function replay(count: number): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  frames.slice(0, count).forEach((f) => mergeAll(entities, f.parsed));
  return entities;
}

function parseFrame(client: LiveClient, data: Buffer): Parsed {
  const index = client.frameIndex;
  client.frameIndex += 1;
  const shared = frames[index];
  if (shared && shared.bytes.equals(data)) {
    if (client.entities) {
      mergeAll(client.entities, shared.parsed);
    }
    return shared.parsed;
  }
  const parsed = JSON.parse(data.toString('utf8')) as Parsed;
  if (!shared) {
    frames[index] = { bytes: data, parsed };
    mergeAll(sharedState, parsed);
    if (client.entities) {
      mergeAll(client.entities, parsed);
    }
    return parsed;
  }
  client.entities ??= replay(index);
  mergeAll(client.entities, parsed);
  return parsed;
}

function merge(entities: Map<string, Entity>, entity: Entity): void {
  const key = (entity.key ??= `${entity.kind}:${entity.id}`);
  const known = entities.get(key);
  if (!known || known.version < entity.version) {
    entities.set(key, entity);
  }
}

function recordArrival(key: string, at: number): void {
  const sent = publishedAt.get(key);
  if (sent === undefined) {
    const list = waiting.get(key) ?? [];
    list.push(at);
    waiting.set(key, list);
    return;
  }
  liveHistogram.record(at - sent);
}

function onLiveMessage(client: LiveClient, data: Buffer, onSnapshot: () => void): void {
  const at = nowMs();
  apply(client, parseFrame(client, data), at, onSnapshot);
}

/** Counts the message and records its delay (merging happened in parseFrame). */
function apply(client: LiveClient, message: Parsed, at: number, onSnapshot: () => void): void {
  if (message.type === 'many') {
    message.messages.forEach((m) => apply(client, m, at, onSnapshot));
    return;
  }
  if (message.type === 'snapshot') {
    onSnapshot();
    return;
  }
  if (message.type === 'upsert') {
    client.received += 1;
    recordArrival((message.timingKey ??= `${message.kind}:${message.id}:${message.version}`), at);
  } else if (message.type === 'upserts') {
    client.received += 1;
    const first = message.entities[0];
    if (first) {
      recordArrival((first.timingKey ??= `${first.kind}:${first.id}:${first.version}`), at);
    }
  }
}

function openLive(url: string, room: string, headers: Record<string, string>): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false, skipUTF8Validation: true });
    const client: LiveClient = { socket, entities: null, received: 0, frameIndex: 0 };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', room })));
    socket.on('message', (data) => onLiveMessage(client, data as Buffer, () => resolve(client)));
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`live client closed (${code}) before its snapshot`)));
  });
}

function openBare(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
    socket.on('open', () => resolve(socket));
    socket.on('message', (data) => {
      const at = nowMs();
      const { t } = JSON.parse((data as Buffer).toString('utf8')) as { t: number };
      bareReceived += 1;
      bareHistogram.record(at - t);
    });
    socket.on('error', reject);
  });
}

/** Opens `count` connections with `opener`, at most `parallel` handshakes at a time. */
async function openMany<T>(count: number, parallel: number, opener: () => Promise<T>): Promise<T[]> {
  const result: T[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, opener);
    result.push(...(await Promise.all(batch)));
  }
  return result;
}

function summarize(histogram: ReturnType<typeof createHistogram>): LatencySummary {
  return histogram.summary();
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check() && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let live: LiveClient[] = [];
let cpuAtMark = process.cpuUsage();
let bare: WebSocket[] = [];

process.on('message', (message: ToClients) => {
  void handle(message).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
});

async function handle(message: ToClients): Promise<void> {
  switch (message.type) {
    case 'connect':
      live = await openMany(message.clients, 50, () =>
        openLive(message.liveUrl, message.room, message.headers),
      );
      bare = await openMany(message.clients, 50, () => openBare(message.bareUrl));
      send({ type: 'ready' });
      return;
    case 'published':
      for (const [key, at] of message.entries) {
        publishedAt.set(key, at);
        for (const arrival of waiting.get(key) ?? []) {
          liveHistogram.record(arrival - at);
        }
        waiting.delete(key);
      }
      return;
    case 'mark':
      cpuAtMark = process.cpuUsage();
      return;
    case 'finish': {
      const expectedBare = message.bareMessages * bare.length;
      await waitUntil(
        () => live.every((c) => c.received >= message.liveMessages) && bareReceived >= expectedBare,
        15_000,
      );
      const result: ClientResult = {
        live: summarize(liveHistogram),
        bare: summarize(bareHistogram),
        cpuMs: cpuMsSince(cpuAtMark),
        liveLost: live.reduce((sum, c) => sum + Math.max(0, message.liveMessages - c.received), 0),
        bareLost: Math.max(0, expectedBare - bareReceived),
        unmatchedArrivals: [...waiting.values()].reduce((sum, list) => sum + list.length, 0),
        ...compareTallies(live, message.tallyKind, message.expectedVotes),
      };
      live.forEach((c) => c.socket.terminate());
      bare.forEach((s) => s.terminate());
      process.send?.({ type: 'result', result } satisfies FromClients, () => process.exit(0));
      return;
    }
  }
}

/** How many clients show exactly the expected vote count per question, and the totals they show. */
function compareTallies(clients: LiveClient[], kind: string, expected: Record<string, number>) {
  const want = JSON.stringify(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b)));
  let exactClients = 0;
  let minShown = Infinity;
  let maxShown = -Infinity;
  const sharedTally = tallyOf(sharedState, kind);
  for (const client of clients) {
    const tally = client.entities
      ? tallyOf(client.entities, kind)
      : client.frameIndex === frames.length
        ? sharedTally
        : tallyOf(replay(client.frameIndex), kind);
    if (JSON.stringify(Object.entries(tally).sort(([a], [b]) => a.localeCompare(b))) === want) {
      exactClients += 1;
    }
    const shown = Object.values(tally).reduce((a, b) => a + b, 0);
    minShown = Math.min(minShown, shown);
    maxShown = Math.max(maxShown, shown);
  }
  return { exactClients, minShown, maxShown };
}

/**
 * What a client shows in the end: vote count per question id (questions with votes), each the newer of
 * the question's own count and its 'question-votes' entity's, as the web app merges them.
 */
function tallyOf(entities: Map<string, Entity>, kind: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entity of entities.values()) {
    const data = entity.data as { voteCount?: number } | null;
    if (entity.kind !== kind || !data || typeof data.voteCount !== 'number') {
      continue;
    }
    const votes = entities.get(`${QUESTION_VOTES_KIND}:${entity.id}`) as
      { version: number; data: QuestionVotes | null } | undefined;
    const count = currentVoteCount({ version: entity.version, data: { voteCount: data.voteCount } }, votes);
    if (count > 0) {
      counts[entity.id] = count;
    }
  }
  return counts;
}
