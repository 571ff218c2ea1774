/**
 * Quality and speed of "People to meet" (issue 5).
 *
 *   npx tsx bench/recommendations.ts            (EVAL_SIZE=300 SCALE_SIZE=10000 SEED=2020)
 *
 * Quality: on the synthetic evaluation set (bench/lib/networking-profiles.ts) it prints
 * precision at 5 and recall at 10 against the planted partners, for the transparent scorer, for
 * the same scorer on tags only, and for a popularity baseline. Speed: the time to build the index
 * of 10,000 profiles and to compute every participant's top 10, one profile's update, and uptime.
 */
import { execSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createRecommendationIndex,
  type ProfileForMatching,
} from '../src/server/features/networking/index.js';
import { generateEvaluationSet, type EvaluationSet } from './lib/networking-profiles.js';

const EVAL_SIZE = Number(process.env.EVAL_SIZE ?? 300);
const SCALE_SIZE = Number(process.env.SCALE_SIZE ?? 10_000);
const SEED = Number(process.env.SEED ?? 2020);

type Ranker = (personId: string, limit: number) => string[];

interface Quality {
  precisionAt5: number;
  recallAt10: number;
}

function evaluate(set: EvaluationSet, rank: Ranker): Quality {
  let precision = 0;
  let recall = 0;
  let n = 0;
  for (const [id, partners] of set.relevant) {
    const top = rank(id, 10);
    precision += top.slice(0, 5).filter((p) => partners.has(p)).length / 5;
    recall += top.filter((p) => partners.has(p)).length / partners.size;
    n += 1;
  }
  return { precisionAt5: precision / n, recallAt10: recall / n };
}

function indexRanker(profiles: ProfileForMatching[]): Ranker {
  const index = createRecommendationIndex();
  for (const p of profiles) {
    index.upsert(p);
  }
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

function ceiling(set: EvaluationSet): Quality {
  let precision = 0;
  for (const partners of set.relevant.values()) {
    precision += Math.min(partners.size, 5) / 5;
  }
  return { precisionAt5: precision / set.relevant.size, recallAt10: 1 };
}

const fmt = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(0)} ms`;

function printQuality() {
  const set = generateEvaluationSet(EVAL_SIZE, SEED);
  const tagsOnly = set.profiles.map((p) => ({ ...p, offerText: '', seekText: '', aboutText: '' }));
  const rows: [string, Quality][] = [
    ['transparent scorer (tags + stemmed text)', evaluate(set, indexRanker(set.profiles))],
    ['same scorer, tags only', evaluate(set, indexRanker(tagsOnly))],
    ['popularity baseline', evaluate(set, popularityRanker(set.profiles))],
    ['ceiling (all planted partners first)', ceiling(set)],
  ];
  console.log(
    `\nQuality on ${set.profiles.length} synthetic profiles (seed ${SEED}), ` +
      `${set.relevant.size} of them with planted partners:`,
  );
  console.log('| ranking | precision@5 | recall@10 |\n| --- | ---: | ---: |');
  for (const [name, q] of rows) {
    console.log(`| ${name} | ${fmt(q.precisionAt5)} | ${fmt(q.recallAt10)} |`);
  }
}

function printSpeed() {
  const { profiles } = generateEvaluationSet(SCALE_SIZE, SEED + 1);
  const index = createRecommendationIndex();
  let start = performance.now();
  for (const p of profiles) {
    index.upsert(p);
  }
  const build = performance.now() - start;
  start = performance.now();
  let listed = 0;
  for (const p of profiles) {
    listed += index.topFor(p.personId, 10).length;
  }
  const all = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < 200; i += 1) {
    const p = profiles[(i * 37) % profiles.length]!;
    index.upsert({ ...p, seekText: `${p.seekText} Wasserstoff ${i}` });
  }
  const update = (performance.now() - start) / 200;
  console.log(`\nSpeed with ${profiles.length} profiles:`);
  console.log(`- build the index (upsert each profile): ${ms(build)}`);
  console.log(
    `- every participant's top 10: ${ms(all)} (${((all / profiles.length) * 1000).toFixed(0)} µs each, ` +
      `${(listed / profiles.length).toFixed(1)} results on average)`,
  );
  console.log(`- build + all top 10: ${ms(build + all)} (goal: under 10,000 ms)`);
  console.log(`- one changed profile (upsert): ${update.toFixed(2)} ms`);
}

console.log(`Node ${process.version}, ${os.cpus().length} cores, ${execSync('uptime').toString().trim()}`);
printQuality();
printSpeed();
console.log(`\nafter: ${execSync('uptime').toString().trim()}`);
