// The organizer dashboard at scale: an event of 10,000 participants and 50,000 meetings (plus island
// seats, questions and polls) bulk-inserted into a fresh temporary SQLite file, then the time to compute
// every figure of the dashboard (computeDashboard, what GET /api/v1/admin/events/:id/dashboard runs) and
// of the network view. Goal: under 2 s. Run it with `npx tsx bench/dashboard.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { Database } from '../src/server/db/schema.js';
import { computeDashboard } from '../src/server/features/dashboard/index.js';
import { computeNetwork } from '../src/server/features/dashboard/network-queries.js';
import {
  eventRow,
  islandPlacementRow,
  islandRow,
  meetingRow,
  personRow,
  placementRow,
  pollRow,
  questionRow,
  registrationRow,
  sessionRow,
  slotRow,
  tableRow,
} from '../test/dashboard/rows.js';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 10_000);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 50_000);
const SECTORS = [
  'oem',
  'supplier',
  'machinery',
  'energy',
  'facility',
  'it',
  'logistics',
  'mobility',
  'research',
];
const STATUSES = ['accepted', 'accepted', 'accepted', 'pending', 'declined', 'cancelled'] as const;

/** Deterministic PRNG (mulberry32), so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts rows in chunks inside one transaction (SQLite limits the parameters of one statement). */
async function bulkInsert<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const chunk = Math.max(1, Math.floor(30_000 / columns));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + chunk))
        .execute();
    }
  });
}

async function seed(db: Kysely<Database>, random: () => number) {
  const event = eventRow({ capacity: PARTICIPANTS, seatsTaken: PARTICIPANTS });
  await db.insertInto('events').values(event).execute();
  const people = Array.from({ length: PARTICIPANTS }, (_, i) =>
    personRow({ organization: `Firma ${i % 900}` }),
  );
  await bulkInsert(db, 'people', people);
  const start = Date.parse('2019-11-15T08:00:00.000Z');
  await bulkInsert(
    db,
    'registrations',
    people.map((p, i) =>
      registrationRow(event.id, {
        personId: p.id,
        email: p.email,
        organization: p.organization,
        sector: SECTORS[Math.floor(random() * SECTORS.length)],
        requestedAt: new Date(start + Math.floor(random() * 80 * 86_400_000)).toISOString(),
        checkedInAt: random() < 0.85 ? '2020-02-06T08:30:00.000Z' : null,
        reconfirmSentAt: '2020-02-01T08:00:00.000Z',
        reconfirmAnswer: random() < 0.7 ? 'yes' : null,
        waitlistNumber: i > PARTICIPANTS * 0.9 ? i : null,
        offeredAt: i > PARTICIPANTS * 0.9 ? '2020-01-20T08:00:00.000Z' : null,
      }),
    ),
  );
  const networking = sessionRow(event.id, { type: 'networking', title: 'Gespräche' });
  const rounds = [1, 2].map((n) => sessionRow(event.id, { type: 'island-round', title: `Inselrunde ${n}` }));
  const panels = Array.from({ length: 6 }, (_, n) => sessionRow(event.id, { title: `Panel ${n + 1}` }));
  await bulkInsert(db, 'programSessions', [networking, ...rounds, ...panels]);
  const slots = Array.from({ length: 20 }, (_, n) => {
    const at = Date.parse('2020-02-06T13:00:00.000Z') + n * 15 * 60_000;
    return slotRow(
      event.id,
      networking.id,
      new Date(at).toISOString(),
      new Date(at + 15 * 60_000).toISOString(),
    );
  });
  await bulkInsert(db, 'meetingSlots', slots);
  const tables = Array.from({ length: 500 }, (_, n) => tableRow(event.id, n + 1));
  await bulkInsert(db, 'meetingTables', tables);
  const meetings = Array.from({ length: MEETINGS }, () => {
    const a = Math.floor(random() * PARTICIPANTS);
    const b = (a + 1 + Math.floor(random() * (PARTICIPANTS - 1))) % PARTICIPANTS;
    const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'pending';
    return meetingRow(event.id, people[a]!.id, people[b]!.id, status);
  });
  await bulkInsert(db, 'meetings', meetings);
  // One placement per (slot, table): up to 10,000 of the accepted meetings get a place in the plan.
  const accepted = meetings.filter((m) => m.status === 'accepted').slice(0, slots.length * tables.length);
  await bulkInsert(
    db,
    'meetingPlacements',
    accepted.map((m, i) =>
      placementRow(event.id, m.id, slots[i % slots.length]!.id, tables[Math.floor(i / slots.length)]!.id),
    ),
  );
  const islands = Array.from({ length: 40 }, (_, n) => islandRow(event.id, n + 1, 130));
  await bulkInsert(db, 'islands', islands);
  await bulkInsert(
    db,
    'islandPlacements',
    rounds.flatMap((round, r) =>
      people.map((p, i) => {
        const rank = Math.floor(random() * 5);
        return islandPlacementRow(
          event.id,
          round.id,
          islands[(i + r * 7) % islands.length]!.id,
          p.id,
          rank === 0 ? null : rank,
        );
      }),
    ),
  );
  await bulkInsert(
    db,
    'qaQuestions',
    Array.from({ length: 600 }, (_, n) =>
      questionRow(panels[n % panels.length]!.id, `g:${n % 250}`, Math.floor(random() * 40)),
    ),
  );
  await bulkInsert(
    db,
    'polls',
    panels.flatMap((panel) =>
      [0, 1, 2].map((position) => pollRow(panel.id, Math.floor(random() * 3000), 'closed', position)),
    ),
  );
  return db.selectFrom('events').selectAll().where('id', '=', event.id).executeTakeFirstOrThrow();
}

/** Median of a few runs of fn, in milliseconds. */
async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; first: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    await fn();
    times.push(performance.now() - began);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, first: times[0] ?? 0 };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-bench-dashboard-'));
  const handle = openDatabase(`sqlite:${path.join(dir, 'bench.sqlite')}`);
  try {
    await migrateToLatest(handle.db);
    const seeding = performance.now();
    const event = await seed(handle.db, prng(7));
    console.log(
      `seeded ${PARTICIPANTS} participants, ${MEETINGS} meetings in ${Math.round(performance.now() - seeding)} ms`,
    );
    const now = new Date('2020-03-01T12:00:00.000Z');
    const dashboard = await timeIt(5, () => computeDashboard(handle.db, event, now));
    const network = await timeIt(3, () => computeNetwork(handle.db, now));
    const board = await computeDashboard(handle.db, event, now);
    console.log(
      `figures: ${board.registrations.total} registrations over ${board.registrations.days.length} days, ` +
        `${board.meetings.requested} meetings (${board.meetings.scheduled} scheduled, ${board.meetings.held} held), ` +
        `${board.islands.fill.length} island rounds x islands, ${board.interaction.polls.length} polls`,
    );
    console.log(
      `dashboard: first ${dashboard.first.toFixed(0)} ms, median of 5 ${dashboard.median.toFixed(0)} ms (goal < 2000 ms)`,
    );
    console.log(
      `network view: first ${network.first.toFixed(0)} ms, median of 3 ${network.median.toFixed(0)} ms`,
    );
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${os.cpus().length} cores, Node ${process.version}`,
    );
  } finally {
    await handle.destroy();
    if (process.env.BENCH_KEEP) {
      console.log(dir);
    } else {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main();
