/**
 * Exhaustive search for small instances, written independently of the scheduler so the tests can
 * compare the two: the most meetings any schedule holds, and among the schedules with that many the
 * fairest (most people with a meeting, then the smallest sum of squared meeting counts).
 */
import type { SchedulerInput } from './scheduler.js';

/** The lexicographic optimum of meetings and fairness; counts include kept meetings. */
export interface ExhaustiveOptimum {
  count: number;
  covered: number;
  sumSq: number;
}

interface Small {
  pairs: [string, string][];
  slots: string[];
  freeTables: number[];
  /** person \0 slot taken by unavailability or a kept meeting */
  blocked: Set<string>;
  baseCounts: Map<string, number>;
  keptCount: number;
}

function prepare(input: SchedulerInput): Small {
  const slots = input.slots.map((s) => s.slotId);
  const keptIds = new Set(input.kept.map((k) => k.meetingId));
  const blocked = new Set<string>();
  const baseCounts = new Map<string, number>();
  const keptTables = new Map<string, Set<string>>(slots.map((s) => [s, new Set()]));
  for (const m of input.meetings) {
    baseCounts.set(m.personA, 0).set(m.personB, 0);
  }
  for (const [person, unavailable] of input.unavailable) {
    unavailable.forEach((slot) => blocked.add(`${person}\u0000${slot}`));
  }
  for (const k of input.kept) {
    for (const person of new Set([k.personA, k.personB])) {
      baseCounts.set(person, (baseCounts.get(person) ?? 0) + 1);
      blocked.add(`${person}\u0000${k.slotId}`);
    }
    if (input.tableIds.includes(k.tableId)) {
      keptTables.get(k.slotId)?.add(k.tableId);
    }
  }
  const pairs = input.meetings
    .filter((m) => !keptIds.has(m.meetingId))
    .map((m): [string, string] => [m.personA, m.personB]);
  const tables = new Set(input.tableIds).size;
  const freeTables = slots.map((s) => tables - (keptTables.get(s)?.size ?? 0));
  return { pairs, slots, freeTables, blocked, baseCounts, keptCount: input.kept.length };
}

/** Whether the chosen pairs fit into slots at once (plain backtracking). */
function fits(small: Small, chosen: number[], i = 0, used = new Set<string>(), load?: number[]): boolean {
  const loads = load ?? small.slots.map(() => 0);
  if (i === chosen.length) {
    return true;
  }
  const [a, b] = small.pairs[chosen[i]!]!;
  for (let s = 0; s < small.slots.length; s += 1) {
    const cells = [`${a}\u0000${small.slots[s]}`, `${b}\u0000${small.slots[s]}`];
    if (
      a === b ||
      loads[s]! >= small.freeTables[s]! ||
      cells.some((c) => used.has(c) || small.blocked.has(c))
    ) {
      continue;
    }
    cells.forEach((c) => used.add(c));
    loads[s]! += 1;
    if (fits(small, chosen, i + 1, used, loads)) {
      return true;
    }
    cells.forEach((c) => used.delete(c));
    loads[s]! -= 1;
  }
  return false;
}

/** The largest number of pairs that fit at once: branch and bound over each pair's slot or none. */
function maxCount(small: Small): number {
  const used = new Set<string>();
  const loads = small.slots.map(() => 0);
  let best = 0;
  const visit = (i: number, placed: number) => {
    if (placed + (small.pairs.length - i) <= best) {
      return;
    }
    if (i === small.pairs.length) {
      best = placed;
      return;
    }
    const [a, b] = small.pairs[i]!;
    for (let s = 0; s < small.slots.length && a !== b; s += 1) {
      const cells = [`${a}\u0000${small.slots[s]}`, `${b}\u0000${small.slots[s]}`];
      if (loads[s]! < small.freeTables[s]! && cells.every((c) => !used.has(c) && !small.blocked.has(c))) {
        cells.forEach((c) => used.add(c));
        loads[s]! += 1;
        visit(i + 1, placed + 1);
        cells.forEach((c) => used.delete(c));
        loads[s]! -= 1;
      }
    }
    visit(i + 1, placed);
  };
  visit(0, 0);
  return best;
}

function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let i = start; i <= n - (k - acc.length); i += 1) {
      pick(i + 1, [...acc, i]);
    }
  };
  pick(0, []);
  return out;
}

/** The optimum by exhaustive search; meant for up to about 14 meetings to place. */
export function solveExhaustively(input: SchedulerInput): ExhaustiveOptimum {
  const small = prepare(input);
  const k = maxCount(small);
  const rated = subsets(small.pairs.length, k).map((chosen) => {
    const counts = new Map(small.baseCounts);
    for (const i of chosen) {
      const [a, b] = small.pairs[i]!;
      for (const person of new Set([a, b])) {
        counts.set(person, (counts.get(person) ?? 0) + 1);
      }
    }
    const values = [...counts.values()];
    const covered = values.filter((c) => c > 0).length;
    return { chosen, covered, sumSq: values.reduce((sum, c) => sum + c * c, 0) };
  });
  rated.sort((x, y) => y.covered - x.covered || x.sumSq - y.sumSq);
  const best = rated.find((r) => fits(small, r.chosen))!;
  return { count: small.keptCount + k, covered: best.covered, sumSq: best.sumSq };
}
