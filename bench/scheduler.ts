// Meeting scheduler benchmark: 2,000 participants, 20,000 accepted requests, 12 slots of 150 tables.
// Popularity is skewed (a few people are asked by hundreds), activity too (some ask many), and people
// are unavailable while at the sessions they starred. A second scenario reruns on the published result
// with four more slots and 2,000 more accepted requests; a third gives the first one eight times the
// tables, so that people's free slots bind instead. Run it with `npx tsx bench/scheduler.ts`
// (BENCH_PHASES=1 prints when each phase starts, BENCH_ROUNDS sets the perturbation rounds,
// BENCH_SCALE=0.1 shrinks people, requests and tables).
import os from 'node:os';
import {
  scheduleMeetings,
  type SchedulerInput,
  type SchedulerResult,
} from '../src/server/features/meetings/scheduler.js';
import { seededRandom } from '../src/server/features/meetings/scheduler-context.js';
import { boundsForNewMeetings } from '../src/server/features/meetings/scheduler-bound.js';
import { findScheduleViolations, measureSchedule } from '../src/server/features/meetings/scheduler-check.js';
import { buildProblem } from '../src/server/features/meetings/scheduler-state.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PEOPLE = Math.round(2_000 * SCALE);
const REQUESTS = Math.round(20_000 * SCALE);
const SLOTS = 12;
const TABLES = Math.round(150 * SCALE);
const random = seededRandom(2020);
const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(4, '0')}`;

/** Index drawn with probability proportional to the weights (cumulative table, binary search). */
function sampler(weights: number[]): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    cumulative.push((sum += w));
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
}

function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Accepted requests as distinct pairs: the one asked is Zipf-popular, the one asking moderately skewed. */
function acceptedPairs(count: number, existing: Set<string>, first: number): SchedulerInput['meetings'] {
  const popularity = shuffled(PEOPLE).map((rank) => 1 / (rank + 5) ** 0.9);
  const activity = shuffled(PEOPLE).map((rank) => 1 / (rank + 100) ** 0.7);
  const asked = sampler(popularity);
  const asking = sampler(activity);
  const meetings: SchedulerInput['meetings'][number][] = [];
  while (meetings.length < count) {
    const a = asking();
    const b = asked();
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a !== b && !existing.has(key)) {
      existing.add(key);
      meetings.push({
        meetingId: id('m', first + meetings.length),
        personA: id('p', a),
        personB: id('p', b),
      });
    }
  }
  return meetings;
}

/** Starred sessions: eight sessions of two slots each; people star 0 to 3 of them. */
function unavailability(slots: number): Map<string, Set<string>> {
  const sessions = Array.from({ length: 8 }, (_, i) => [(i * 3) % (slots - 1), ((i * 3) % (slots - 1)) + 1]);
  const unavailable = new Map<string, Set<string>>();
  for (let p = 0; p < PEOPLE; p += 1) {
    const starred = Math.floor(random() * 4);
    const set = new Set<string>();
    for (let k = 0; k < starred; k += 1) {
      sessions[Math.floor(random() * sessions.length)]!.forEach((s) => set.add(id('s', s)));
    }
    unavailable.set(id('p', p), set);
  }
  return unavailable;
}

function run(name: string, input: SchedulerInput): SchedulerResult {
  const started = performance.now();
  let phase = '';
  const result = scheduleMeetings({
    ...input,
    ...(process.env.BENCH_ROUNDS ? { improveRounds: Number(process.env.BENCH_ROUNDS) } : {}),
    onProgress: (p) => {
      if (process.env.BENCH_PHASES && p.phase !== phase) {
        phase = p.phase;
        console.log(`  ${((performance.now() - started) / 1000).toFixed(2)} s: ${phase}`);
      }
    },
  });
  const ms = performance.now() - started;
  const measures = measureSchedule(input, result.scheduled);
  const violations = findScheduleViolations(input, result.scheduled).length;
  const bounds = boundsForNewMeetings(buildProblem(input));
  const possible = new Set<string>();
  for (const m of [...input.meetings, ...input.kept]) {
    const a = input.unavailable.get(m.personA);
    const b = input.unavailable.get(m.personB);
    if (input.slots.some((s) => !a?.has(s.slotId) && !b?.has(s.slotId))) {
      possible.add(m.personA).add(m.personB);
    }
  }
  console.log(`\n${name}`);
  console.log(`  meetings scheduled   ${result.scheduled.length} (kept ${input.kept.length})`);
  console.log(
    `  upper bound          ${result.upperBound} = kept + min(placeable ${bounds.placeable}, ` +
      `tables ${bounds.tables}, per person ${bounds.perPerson})`,
  );
  console.log(`  ratio                ${((100 * result.scheduled.length) / result.upperBound).toFixed(2)} %`);
  console.log(
    `  people with none     ${measures.peopleWithNone} of ${measures.people} ` +
      `(${measures.people - possible.size} without any request they could meet in)`,
  );
  console.log(
    `  meetings per person  ${measures.fewest} to ${measures.most}, sum of squares ${measures.sumOfSquares}`,
  );
  console.log(`  idle gaps            ${measures.idleGaps}`);
  console.log(`  violations           ${violations}`);
  console.log(
    `  time                 ${(ms / 1000).toFixed(2)} s${result.timeLimitReached ? ' (time limit)' : ''}`,
  );
  return result;
}

const seen = new Set<string>();
const slots = Array.from({ length: SLOTS }, (_, i) => ({ slotId: id('s', i), index: i }));
const tableIds = Array.from({ length: TABLES }, (_, i) => id('t', i + 1));
const first: SchedulerInput = {
  slots,
  tableIds,
  meetings: acceptedPairs(REQUESTS, seen, 0),
  kept: [],
  unavailable: unavailability(SLOTS),
};
console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const published = run(
  `${PEOPLE} people, ${REQUESTS} accepted requests, ${SLOTS} slots x ${TABLES} tables`,
  first,
);
const more = Array.from({ length: 4 }, (_, i) => ({ slotId: id('s', SLOTS + i), index: SLOTS + i }));
run('rerun: the schedule above published, 4 more slots, 2000 more accepted requests', {
  ...first,
  slots: [...slots, ...more],
  meetings: [...first.meetings, ...acceptedPairs(2_000, seen, REQUESTS)],
  kept: published.scheduled,
});
run(`the first instance with ${TABLES * 8} tables: people's free slots, not tables, are the limit`, {
  ...first,
  tableIds: Array.from({ length: TABLES * 8 }, (_, i) => id('t', i + 1)),
});
