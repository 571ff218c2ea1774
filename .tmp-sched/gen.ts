import type { SchedulerInput } from '../src/server/features/meetings/scheduler.js';
import { seededRandom } from '../src/server/features/meetings/scheduler-context.js';
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


export function benchInput(tables: number): SchedulerInput {
  const seen = new Set<string>();
  const slots = Array.from({ length: SLOTS }, (_, i) => ({ slotId: id('s', i), index: i }));
  return { slots, tableIds: Array.from({ length: tables }, (_, i) => id('t', i + 1)), meetings: acceptedPairs(REQUESTS, seen, 0), kept: [], unavailable: unavailability(SLOTS) };
}
