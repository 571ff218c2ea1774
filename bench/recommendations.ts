/**
 * Quality and speed of "People to meet" (issues 5 and 12).
 *
 *   npx tsx bench/recommendations.ts            (EVAL_SIZE=300 SCALE_SIZE=10000 SEED=2020)
 *   SETS=a npx tsx bench/recommendations.ts     (only some sets: synthetic, a, b)
 *
 * Quality, for every evaluation set (the synthetic one of bench/lib/networking-profiles.ts and the
 * hand-written bench/data/networking-eval/set-a.json and set-b.json when present) and every ranking
 * (popularity, exact shared words, the word-stem scorer of issue 5, the concept scorer): precision
 * at 5 and recall at 10 against the partners, the share of keyword stuffers and of one-sided fits
 * in everyone's top 5, and how many colleagues appear in anyone's top 10. Speed: the time to build
 * the index of 10,000 profiles and to compute every participant's top 10, and one profile's update,
 * as wall time and as the process's CPU time (the machine may be shared).
 */
import { execSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createRecommendationIndex,
  type ProfileForMatching,
} from '../src/server/features/networking/index.js';
import { words } from '../src/server/features/networking/text.js';
import { createRecommendationIndex as createLegacyIndex } from './lib/legacy-recommender/recommender.js';
import { loadLabelledSet, type LabelledSet } from './lib/networking-eval.js';
import { generateEvaluationSet } from './lib/networking-profiles.js';

const EVAL_SIZE = Number(process.env.EVAL_SIZE ?? 300);
const SCALE_SIZE = Number(process.env.SCALE_SIZE ?? 10_000);
const SEED = Number(process.env.SEED ?? 2020);
const SETS = (process.env.SETS ?? 'synthetic,a,b').split(',');

type Ranker = (personId: string, limit: number) => string[];

interface Quality {
  precisionAt5: number;
  recallAt10: number;
  stufferShare: number | null;
  oneSidedShare: number | null;
  colleagues: number | null;
}

function evaluate(set: LabelledSet, rank: Ranker): Quality {
  let precision = 0;
  let recall = 0;
  let n = 0;
  let top5 = 0;
  let stuffers = 0;
  let oneSided = 0;
  let colleagues = 0;
  for (const p of set.profiles) {
    const top = rank(p.personId, 10);
    const partners = set.relevant.get(p.personId);
    if (partners && partners.size > 0) {
      precision += top.slice(0, 5).filter((x) => partners.has(x)).length / 5;
      recall += top.filter((x) => partners.has(x)).length / partners.size;
      n += 1;
    }
    for (const x of top.slice(0, 5)) {
      top5 += 1;
      stuffers += set.stuffers.has(x) ? 1 : 0;
      oneSided += set.oneSided.get(p.personId)?.has(x) ? 1 : 0;
    }
    colleagues += top.filter((x) => set.colleagues.get(p.personId)?.has(x)).length;
  }
  return {
    precisionAt5: precision / Math.max(n, 1),
    recallAt10: recall / Math.max(n, 1),
    stufferShare: set.stuffers.size > 0 ? stuffers / Math.max(top5, 1) : null,
    oneSidedShare: set.oneSided.size > 0 ? oneSided / Math.max(top5, 1) : null,
    colleagues: set.colleagues.size > 0 ? colleagues : null,
  };
}

function conceptRanker(profiles: ProfileForMatching[]): Ranker {
  const index = createRecommendationIndex();
  profiles.forEach((p) => index.upsert(p));
  return (id, limit) => index.topFor(id, limit).map((r) => r.personId);
}

function legacyRanker(profiles: ProfileForMatching[]): Ranker {
  const index = createLegacyIndex();
  profiles.forEach((p) => index.upsert(p));
  return (id, limit) => index.topFor(id, limit).map((r) => r.personId);
}

/** Everyone ranked by how many others seek a tag they offer; the same list for every viewer. */
function popularityRanker(profiles: ProfileForMatching[]): Ranker {
  const demand = new Map<string, number>();
  for (const p of profiles) {
    for (const tag of new Set(p.seekTags)) {
      demand.set(tag, (demand.get(tag) ?? 0) + 1);
    }
  }
  const byId = new Map(profiles.map((p) => [p.personId, p]));
  const ranked = profiles
    .map((p) => ({ p, score: p.offerTags.reduce((sum, t) => sum + (demand.get(t) ?? 0), 0) }))
    .sort((a, b) => b.score - a.score || a.p.personId.localeCompare(b.p.personId))
    .map((x) => x.p);
  return (id, limit) => {
    const me = byId.get(id)!;
    return ranked
      .filter((p) => p.personId !== id && p.organizationKey !== me.organizationKey)
      .slice(0, limit)
      .map((p) => p.personId);
  };
}

/** Shared words (folded, stop words dropped) of one side's needs and the other's offers, both ways added. */
function exactWordRanker(profiles: ProfileForMatching[]): Ranker {
  const bag = (text: string) => new Set(words(text).map((w) => w.word));
  const offer = new Map(profiles.map((p) => [p.personId, bag(`${p.offerText} ${p.offerTags.join(' ')}`)]));
  const seek = new Map(profiles.map((p) => [p.personId, bag(`${p.seekText} ${p.seekTags.join(' ')}`)]));
  const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;
  return (id, limit) => {
    const me = profiles.find((p) => p.personId === id)!;
    return profiles
      .filter((p) => p.personId !== id && p.organizationKey !== me.organizationKey)
      .map((p) => ({
        id: p.personId,
        score:
          overlap(seek.get(id)!, offer.get(p.personId)!) + overlap(offer.get(id)!, seek.get(p.personId)!),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((x) => x.id);
  };
}

function ceiling(set: LabelledSet): Quality {
  let precision = 0;
  for (const partners of set.relevant.values()) {
    precision += Math.min(partners.size, 5) / 5;
  }
  return {
    precisionAt5: precision / Math.max(set.relevant.size, 1),
    recallAt10: 1,
    stufferShare: null,
    oneSidedShare: null,
    colleagues: null,
  };
}

const fmt = (x: number | null) => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(3));
const ms = (x: number) => `${x.toFixed(0)} ms`;

function syntheticSet(): LabelledSet {
  const set = generateEvaluationSet(EVAL_SIZE, SEED);
  const colleagues = new Map<string, Set<string>>();
  const byOrg = new Map<string, string[]>();
  for (const p of set.profiles) {
    byOrg.set(p.organizationKey, [...(byOrg.get(p.organizationKey) ?? []), p.personId]);
  }
  for (const ids of byOrg.values()) {
    for (const id of ids) {
      colleagues.set(id, new Set(ids.filter((x) => x !== id)));
    }
  }
  return {
    ...set,
    name: `synthetic (${set.profiles.length} profiles, seed ${SEED})`,
    stuffers: new Set(),
    colleagues,
    oneSided: new Map(),
  };
}

function printQuality(set: LabelledSet) {
  const rows: [string, Quality][] = [
    ['popularity', evaluate(set, popularityRanker(set.profiles))],
    ['exact shared words', evaluate(set, exactWordRanker(set.profiles))],
    ['word stems + small lexicon (issue 5)', evaluate(set, legacyRanker(set.profiles))],
    ['concept thesaurus (issue 12)', evaluate(set, conceptRanker(set.profiles))],
    ['ceiling (all partners first)', ceiling(set)],
  ];
  console.log(
    `\nQuality on ${set.name}: ${set.profiles.length} profiles, ${set.relevant.size} with partners`,
  );
  console.log(
    '| ranking | precision@5 | recall@10 | stuffers in top 5 | one-sided in top 5 | colleagues in top 10 |\n' +
      '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [name, q] of rows) {
    console.log(
      `| ${name} | ${fmt(q.precisionAt5)} | ${fmt(q.recallAt10)} | ${fmt(q.stufferShare)} | ` +
        `${fmt(q.oneSidedShare)} | ${fmt(q.colleagues)} |`,
    );
  }
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function printSpeed() {
  const { profiles } = generateEvaluationSet(SCALE_SIZE, SEED + 1);
  const time = <T>(work: () => T): { wall: number; cpu: number; value: T } => {
    const w = performance.now();
    const c = cpu();
    const value = work();
    return { wall: performance.now() - w, cpu: cpu() - c, value };
  };
  const index = createRecommendationIndex();
  const build = time(() => profiles.forEach((p) => index.upsert(p)));
  const all = time(() => profiles.reduce((n, p) => n + index.topFor(p.personId, 10).length, 0));
  const update = time(() => {
    for (let i = 0; i < 200; i += 1) {
      const p = profiles[(i * 37) % profiles.length]!;
      index.upsert({ ...p, seekText: `${p.seekText} Wasserstofftankstellen ${i}` });
      index.topFor(p.personId, 10);
    }
  });
  console.log(`\nSpeed with ${profiles.length} profiles (wall / CPU of this process):`);
  console.log(
    `- build the index (thesaurus compiled, upsert each profile): ${ms(build.wall)} / ${ms(build.cpu)}`,
  );
  console.log(
    `- every participant's top 10: ${ms(all.wall)} / ${ms(all.cpu)} ` +
      `(${((all.cpu / profiles.length) * 1000).toFixed(0)} µs CPU each, ${(all.value / profiles.length).toFixed(1)} results on average)`,
  );
  console.log(
    `- build + all top 10: ${ms(build.wall + all.wall)} / ${ms(build.cpu + all.cpu)} (goal: under 5,000 ms)`,
  );
  console.log(
    `- one changed profile, upsert and its new top 10: ${(update.wall / 200).toFixed(2)} ms / ${(update.cpu / 200).toFixed(2)} ms (goal: under 5 ms)`,
  );
}

console.log(`Node ${process.version}, ${os.cpus().length} cores, ${execSync('uptime').toString().trim()}`);
const sets: LabelledSet[] = [];
if (SETS.includes('synthetic')) {
  sets.push(syntheticSet());
}
for (const [key, file] of [
  ['a', 'set-a.json'],
  ['b', 'set-b.json'],
] as const) {
  if (SETS.includes(key)) {
    const set = loadLabelledSet(
      new URL(`./data/networking-eval/${file}`, import.meta.url).pathname,
      `set ${key.toUpperCase()}`,
    );
    if (set) {
      sets.push(set);
    } else {
      console.log(`\n(bench/data/networking-eval/${file} is not there yet)`);
    }
  }
}
sets.forEach(printQuality);
if (process.env.SPEED !== '0') {
  printSpeed();
}
console.log(`\nafter: ${execSync('uptime').toString().trim()}`);
