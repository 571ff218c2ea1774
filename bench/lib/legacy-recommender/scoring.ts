/** The word-stem scorer of issue 5, kept unchanged as a baseline for bench/recommendations.ts (issue 12 replaced it). */
import { CONCEPTS } from '../../../src/server/features/networking/lexicon.js';
import type { ProfileForMatching, RecommendationReason } from './recommender.js';
import { addText, analyze, type AnalyzedText } from '../../../src/server/features/networking/text.js';

/**
 * The transparent score, every weight in one place:
 *   direction(O → S) = TAG · Σ_tags w_O(t)·w_S(t)  +  TEXT · Σ_terms idf(f)² · w_O(f)·w_S(f)
 * tag weights are 1 for a chosen tag and INFERRED for a tag only implied by the text (a lexicon
 * concept: "Ladesäulen" implies charging); term weights are stem and compound-part frequencies of
 * the offer (with the description at ABOUT) and seek texts, each vector scaled to length 1; idf is
 * ln(1 + N/df) / ln(1 + N), and terms in more than MAX_DF of the profiles count nothing.
 *   pair(A, B) = √(direction(A→B) · direction(B→A)) · (SAME_SECTOR if same sector) · (1 + TOPIC · shared topics)
 * so both must gain; one side that gives nothing makes the pair 0.
 */
export const WEIGHTS = {
  tag: 1,
  text: 3,
  inferred: 0.5,
  about: 0.3,
  sameSector: 0.7,
  topic: 0.05,
  maxTopics: 3,
  maxDf: 0.25,
  /** Below this many profiles every term counts (a small event has no reliable frequencies). */
  minCorpusForMaxDf: 200,
} as const;

const TAG_OF_CONCEPT = new Map(
  Object.entries(CONCEPTS).flatMap(([id, c]) => (c.tag ? [[id, c.tag] as const] : [])),
);

/** A profile prepared for scoring: weighted tags and unit-length term vectors per side. */
export interface CompiledProfile {
  personId: string;
  organizationKey: string;
  sector: string;
  slot: number;
  source: ProfileForMatching;
  offerTags: Map<string, number>;
  seekTags: Map<string, number>;
  offerTerms: Map<string, number>;
  seekTerms: Map<string, number>;
  offerSurface: Map<string, string>;
  seekSurface: Map<string, string>;
  topics: Set<string>;
}

/** What the scorer needs to know about the whole index: its size and each term's document frequency. */
export interface CorpusStats {
  size(): number;
  df(term: string): number;
}

function tagWeights(chosen: readonly string[], text: AnalyzedText): Map<string, number> {
  const weights = new Map<string, number>();
  for (const concept of text.concepts) {
    const tag = TAG_OF_CONCEPT.get(concept);
    if (tag) {
      weights.set(tag, WEIGHTS.inferred);
    }
  }
  for (const tag of chosen) {
    weights.set(tag, 1);
  }
  return weights;
}

function unitVector(terms: Map<string, number>): Map<string, number> {
  let sum = 0;
  for (const w of terms.values()) {
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  return new Map([...terms].map(([term, w]) => [term, w / norm]));
}

/** Compiles a profile once per change: text analysis, inferred tags, normalized vectors. */
export function compileProfile(profile: ProfileForMatching, slot: number): CompiledProfile {
  const offer = analyze(profile.offerText);
  addText(offer, profile.aboutText, WEIGHTS.about);
  const seek = analyze(profile.seekText);
  return {
    personId: profile.personId,
    organizationKey: profile.organizationKey,
    sector: profile.sector,
    slot,
    source: profile,
    offerTags: tagWeights(profile.offerTags, offer),
    seekTags: tagWeights(profile.seekTags, seek),
    offerTerms: unitVector(offer.terms),
    seekTerms: unitVector(seek.terms),
    offerSurface: offer.surface,
    seekSurface: seek.surface,
    topics: new Set(profile.topics),
  };
}

/** idf(term)², or 0 for a term too common to say anything in a large index. */
export function idfSquared(term: string, stats: CorpusStats): number {
  const n = Math.max(stats.size(), 1);
  const df = Math.max(stats.df(term), 1);
  if (n >= WEIGHTS.minCorpusForMaxDf && df / n > WEIGHTS.maxDf) {
    return 0;
  }
  const idf = Math.log(1 + n / df) / Math.log(1 + n);
  return idf * idf;
}

/** How well `offerer`'s offers meet `seeker`'s needs (0 = not at all). */
export function directionalScore(
  offerer: CompiledProfile,
  seeker: CompiledProfile,
  stats: CorpusStats,
): number {
  let score = 0;
  for (const [tag, w] of seeker.seekTags) {
    score += WEIGHTS.tag * w * (offerer.offerTags.get(tag) ?? 0);
  }
  for (const [term, w] of seeker.seekTerms) {
    const other = offerer.offerTerms.get(term);
    if (other !== undefined) {
      score += WEIGHTS.text * idfSquared(term, stats) * w * other;
    }
  }
  return score;
}

/** The largest factor pairScore applies to √(both directions). */
export const MAX_PAIR_FACTOR = 1 + WEIGHTS.topic * WEIGHTS.maxTopics;

/** The reciprocal pair score from both directions, favouring other sectors and shared topics. */
export function pairScore(a: CompiledProfile, b: CompiledProfile, aToB: number, bToA: number): number {
  if (aToB <= 0 || bToA <= 0) {
    return 0;
  }
  let shared = 0;
  for (const topic of a.topics) {
    if (b.topics.has(topic)) {
      shared += 1;
    }
  }
  const sector = a.sector === b.sector ? WEIGHTS.sameSector : 1;
  return Math.sqrt(aToB * bToA) * sector * (1 + WEIGHTS.topic * Math.min(shared, WEIGHTS.maxTopics));
}

function sharedTags(offer: Map<string, number>, seek: Map<string, number>): string[] {
  return [...seek]
    .map(([tag, w]) => ({ tag, value: w * (offer.get(tag) ?? 0) }))
    .filter((x) => x.value > 0)
    .sort((x, y) => y.value - x.value || x.tag.localeCompare(y.tag))
    .map((x) => x.tag);
}

/** Up to three words of the offerer's text that meet the seeker's, strongest first, as the offerer wrote them. */
function sharedTerms(offerer: CompiledProfile, seeker: CompiledProfile, stats: CorpusStats): string[] {
  const ranked = [...seeker.seekTerms]
    .map(([term, w]) => ({ term, value: idfSquared(term, stats) * w * (offerer.offerTerms.get(term) ?? 0) }))
    .filter((x) => x.value > 0)
    .sort((x, y) => y.value - x.value || x.term.localeCompare(y.term));
  const words: string[] = [];
  for (const { term } of ranked) {
    const surface = offerer.offerSurface.get(term) ?? term;
    if (!words.some((w) => w.toLowerCase() === surface.toLowerCase())) {
      words.push(surface);
    }
    if (words.length === 3) {
      break;
    }
  }
  return words;
}

/** The reason, seen from the viewer: what the other offers that the viewer seeks, and back. */
export function explainPair(
  viewer: CompiledProfile,
  other: CompiledProfile,
  stats: CorpusStats,
): RecommendationReason {
  return {
    theyOfferYouSeekTags: sharedTags(other.offerTags, viewer.seekTags),
    youOfferTheySeekTags: sharedTags(viewer.offerTags, other.seekTags),
    theyOfferYouSeekTerms: sharedTerms(other, viewer, stats),
    youOfferTheySeekTerms: sharedTerms(viewer, other, stats),
    otherSector: viewer.sector !== other.sector,
  };
}
