// Live Q&A bytes: what one session's audience room is sent for a fixed vote storm, counted exactly
// (no timing). 200 questions and 5,000 upvotes go through the real Q&A service on SQLite, in the order
// bench/live-fanout.ts sends them, into a live hub whose 100 ms coalescing windows are closed by the
// storm's schedule instead of a clock, so every run sends the same frames. Counted: the encoded bytes
// of every frame the hub publishes to the room (what each of its sockets receives), and in the same
// run the bytes of the same frames when every vote carries the whole question again, as before the
// vote count became its own entity. Run: `npx tsx bench/live-bytes.ts` (FANOUT_QUESTIONS,
// FANOUT_VOTES, FANOUT_DURATION seconds, FANOUT_CLIENTS for the total over a room's sockets).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUESTION_KIND, QUESTION_VOTES_KIND, type QuestionVotes } from '../src/contract/qa-live.js';
import type { Question } from '../src/contract/qa.js';
import { buildApp } from '../src/server/app.js';
import { systemClock } from '../src/server/clock.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { createQaFeature } from '../src/server/features/qa/feature.js';
import { createLiveHub, type LiveMessage } from '../src/server/live/index.js';
import { encodeBatch } from '../src/server/live/protocol.js';
import { createFanoutDriver } from './lib/fanout-driver.js';

const QUESTIONS = Number(process.env.FANOUT_QUESTIONS ?? 200);
const VOTES = Number(process.env.FANOUT_VOTES ?? 5000);
const DURATION_S = Number(process.env.FANOUT_DURATION ?? 20);
const CLIENTS = Number(process.env.FANOUT_CLIENTS ?? 2000);
const WINDOW_MS = 100;
const TEXT = 'Wie sichern wir die Ladeinfrastruktur für Zulieferer im ländlichen Raum bis 2030 ab? ';

/** Timers that fire only when the storm's schedule says a window has passed. */
function createManualTimers() {
  let due: (() => void)[] = [];
  return {
    setTimeout(callback: () => void) {
      due.push(callback);
      return callback;
    },
    clearTimeout(handle: unknown) {
      due = due.filter((c) => c !== handle);
    },
    /** Ends every open window (each may open the next, which waits for the next tick). */
    tick() {
      const now = due;
      due = [];
      now.forEach((callback) => callback());
    },
  };
}

/** The storm of bench/lib/fanout-storm.ts as one ordered list: asks and votes by their planned time. */
function schedule() {
  const ops: { at: number; kind: 'ask' | 'vote'; n: number }[] = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    ops.push({ at: (i / QUESTIONS) * DURATION_S * 1000, kind: 'ask', n: i });
  }
  for (let i = 0; i < VOTES; i += 1) {
    ops.push({ at: ((i + 0.5) / VOTES) * DURATION_S * 1000, kind: 'vote', n: i });
  }
  return ops.sort((a, b) => a.at - b.at);
}

/** The frame as it was before: every votes entity replaced by its whole question with that count. */
function asWholeQuestions(messages: readonly LiveMessage[], questions: Map<string, Question>): LiveMessage[] {
  return messages.map((m) => {
    const question = questions.get(m.id);
    if (m.kind !== QUESTION_VOTES_KIND || !question || m.data === null) {
      return m;
    }
    const { voteCount } = m.data as QuestionVotes;
    return { ...m, kind: QUESTION_KIND, data: { ...question, voteCount } };
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-bytes-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    REGISTRATION_RATE_LIMIT: '0',
    // Every client of the bench comes from 127.0.0.1: no per-address caps.
    LIVE_WRITES_PER_ADDRESS_PER_MINUTE: '0',
    LIVE_SOCKETS_PER_ADDRESS: '1000000',
  });
  const database = openDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  const built = await buildApp({ config, database, webDir: null, logger: false });
  const baseUrl = await built.app.listen({ port: 0, host: '127.0.0.1' });
  // The app makes the published event and session; the storm goes through a Q&A service of its own
  // whose hub has the schedule-driven timers.
  const driver = await createFanoutDriver(built, baseUrl, 'api', {
    questions: QUESTIONS,
    votes: VOTES,
    durationS: DURATION_S,
  });
  const room = driver.room;
  const sessionId = room.slice('session:'.length);
  const timers = createManualTimers();
  const hub = createLiveHub({ log: built.app.log, timers });
  // Every asker and voter acts once, so the per-person rate limits never refuse one.
  const { qa: qaService } = createQaFeature({ db: database.db, clock: systemClock, live: hub, baseUrl });

  const questions = new Map<string, Question>();
  const figures = { frames: 0, bytes: 0, wholeBytes: 0 };
  hub.onPublish = (target, messages) => {
    if (target !== room) {
      return;
    }
    figures.frames += 1;
    figures.bytes += Buffer.byteLength(encodeBatch(room, messages));
    figures.wholeBytes += Buffer.byteLength(encodeBatch(room, asWholeQuestions(messages, questions)));
  };

  const guest = (prefix: string, n: number) => ({
    personId: null,
    guestId: `${prefix}${String(n).padStart(8, '0')}`,
    isOrganizer: false,
  });
  const asked: string[] = [];
  let windowEnd = WINDOW_MS;
  for (const op of schedule()) {
    while (op.at >= windowEnd) {
      timers.tick();
      windowEnd += WINDOW_MS;
    }
    if (op.kind === 'ask') {
      const viewer = guest('asker', op.n);
      const question = await qaService.ask(sessionId, viewer, async () => viewer.guestId, {
        text: `${TEXT}(${op.n})`,
        anonymous: op.n % 3 === 0,
        name: 'Teilnehmerin Beispiel',
      });
      questions.set(question.id, question);
      asked.push(question.id);
      continue;
    }
    const viewer = guest('voter', op.n);
    await qaService.upvote(asked[(op.n * 7919) % asked.length]!, viewer, async () => viewer.guestId);
  }
  timers.tick();
  timers.tick();

  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `live bytes: ${QUESTIONS} questions + ${VOTES} votes through the Q&A service, ${WINDOW_MS} ms windows ` +
      `closed by the schedule (${DURATION_S} s); audience room of one session`,
  );
  console.log(
    `  ${figures.frames} frames, ${kib(figures.bytes)} KiB per socket ` +
      `(${kib(figures.bytes / Math.max(1, figures.frames))} KiB per frame); ` +
      `${mib(figures.bytes * CLIENTS)} MiB to ${CLIENTS} sockets`,
  );
  console.log(
    `  same frames with the whole question per vote (before): ${kib(figures.wholeBytes)} KiB per socket ` +
      `(${kib(figures.wholeBytes / Math.max(1, figures.frames))} KiB per frame); ` +
      `${mib(figures.wholeBytes * CLIENTS)} MiB to ${CLIENTS} sockets; ` +
      `ratio ${(figures.bytes / figures.wholeBytes).toFixed(2)}`,
  );
  await hub.close();
  await built.app.close();
  await database.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
