import { extractConcepts, type ExtractedConcepts } from './concepts.js';
import { organizationIdentity, type OrganizationIdentity } from './organization.js';
import type { ProfileForMatching, RecommendationReason } from './recommender.js';
import type { Thesaurus } from './thesaurus.js';

/**
 * The transparent score over thesaurus concepts, every weight in one place:
 *
 *   need weight   n(c) = w(c) / max(1, Σ w)^NEED_POWER         about the share of the person's needs (sublinear:
 *                                                              a partner who meets one of eight needs still counts)
 *   fit(O → S)    = Σ_needs n_S(s) · max_offers sim(s, o) · w_O(o)
 *   unmatched     = Σ w_O(o) over offered concepts o meeting no need of S (sim < MATCHED_SIM for all)
 *   direction(O → S) = fit · (1 − 0.02 · min(unmatched, BREADTH)) · min(1, BREADTH / unmatched)^POWER
 *                      (a profile that offers everything offers each thing a little)
 *   pair(A, B) = √(direction(A→B) · direction(B→A)) · list(A) · list(B) · sector · topics,  0 unless both directions ≥ FLOOR
 *   list(P) = min(1, LIST_OFFERS / distinct offered concepts)²   a keyword list of everything is nobody's partner
 *
 * The breadth penalty counts only offers that meet none of the seeker's needs, so adding an offer
 * the seeker needs never lowers a direction (fit grows, unmatched does not).
 *
 * w(c) is 1 for a concept named in the text (a little more when repeated, saturating), ABOUT for one
 * named only in the description, TAG for a chosen competence tag, and TOP_WEIGHT for a domain root.
 * sim is 1 for the same concept and lower for narrower, broader, related and sibling concepts
 * (RELATION_WEIGHTS in thesaurus.ts). Generic words never count.
 */
export const WEIGHTS = {
  tag: 0.5,
  about: 0.3,
  /**
   * Needs are divided by (Σ need weights)^NEED_POWER: with 1, someone who names eight needs gives
   * each an eighth and a real partner who meets one of them fell under the floor (set A: p@5 0.410
   * with 1, 0.432 with 0.6; set B 0.261 and 0.270).
   */
  needPower: 0.6,
  /** How many offered concepts meeting none of the seeker's needs are normal; beyond, a direction shrinks. */
  breadth: 4,
  breadthPower: 2,
  /** An offered concept meets a need (for the breadth penalty) from this similarity on. */
  matchedSim: 0.5,
  /** Each direction must reach this much, so a huge one-sided fit cannot lift a pair. */
  floor: 0.1,
  /** A profile offering more distinct concepts than this reads like a keyword list: its pairs count less. */
  listOffers: 9,
  sameSector: 0.8,
  topic: 0.05,
  maxTopics: 3,
} as const;

/** A profile prepared for scoring: concept weights per side and the words they came from. */
export interface CompiledProfile {
  personId: string;
  organization: OrganizationIdentity;
  sector: string;
  slot: number;
  source: ProfileForMatching;
  offer: Map<number, number>;
  /** Σ of the offer weights (for the breadth penalty). */
  offerTotal: number;
  /** 1, or less for a keyword list: (LIST_OFFERS / distinct offered concepts)² beyond LIST_OFFERS. */
  listFactor: number;
  seek: Map<number, number>;
  /** The same as parallel arrays, for the hot loops (iterating a Map allocates an entry per step). */
  offerList: { concepts: Int32Array; weights: Float64Array };
  seekList: { concepts: Int32Array; weights: Float64Array };
  /** Concepts the person named in their offer (or description) text, as written. */
  offerSurface: Map<number, string>;
  seekSurface: Map<number, string>;
  offerTags: Set<string>;
  seekTags: Set<string>;
  topics: Set<string>;
}

/** Competence tag → the concepts its labels name (built per event from the competence list). */
export type TagConcepts = ReadonlyMap<string, readonly number[]>;

function withTags(
  side: ExtractedConcepts,
  tags: readonly string[],
  tagConcepts: TagConcepts,
): Map<number, number> {
  const weights = new Map(side.weights);
  for (const tag of tags) {
    for (const c of tagConcepts.get(tag) ?? []) {
      weights.set(c, Math.max(weights.get(c) ?? 0, WEIGHTS.tag));
    }
  }
  return weights;
}

function sum(weights: Map<number, number>): number {
  let total = 0;
  for (const w of weights.values()) {
    total += w;
  }
  return total;
}

function listOf(weights: Map<number, number>): { concepts: Int32Array; weights: Float64Array } {
  return { concepts: Int32Array.from(weights.keys()), weights: Float64Array.from(weights.values()) };
}

/** The concepts a competence tag stands for: what its German and English labels name. */
export function conceptsOfTags(
  th: Thesaurus,
  competences: readonly { key: string; label: { de: string; en: string } }[],
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const c of competences) {
    const found = extractConcepts(th, `${c.label.de}. ${c.label.en}`);
    map.set(c.key, [...found.weights.keys()]);
  }
  return map;
}

/** Compiles a profile once per change: concepts of offer, need and description, tags, breadth. */
export function compileProfile(
  profile: ProfileForMatching,
  slot: number,
  th: Thesaurus,
  tagConcepts: TagConcepts,
): CompiledProfile {
  const language = profile.language;
  const offerText = extractConcepts(th, profile.offerText, 1, language);
  const about = extractConcepts(th, profile.aboutText, WEIGHTS.about, language);
  const offerSurface = new Map(offerText.surfaces);
  for (const [c, w] of about.weights) {
    if (!offerText.weights.has(c)) {
      offerText.weights.set(c, w);
      offerSurface.set(c, about.surfaces.get(c)!);
    }
  }
  const seekText = extractConcepts(th, profile.seekText, 1, language);
  const offerRaw = withTags(offerText, profile.offerTags, tagConcepts);
  const seekRaw = withTags(seekText, profile.seekTags, tagConcepts);
  const seek = new Map([...seekRaw].map(([c, w]) => [c, w / Math.max(1, sum(seekRaw)) ** WEIGHTS.needPower]));
  return {
    personId: profile.personId,
    organization: organizationIdentity(
      profile.organization ?? profile.organizationKey,
      profile.email,
      profile.mailDomain,
    ),
    sector: profile.sector,
    slot,
    source: profile,
    offer: offerRaw,
    offerTotal: sum(offerRaw),
    listFactor: offerRaw.size > WEIGHTS.listOffers ? (WEIGHTS.listOffers / offerRaw.size) ** 2 : 1,
    seek,
    offerList: listOf(offerRaw),
    seekList: listOf(seek),
    offerSurface,
    seekSurface: seekText.surfaces,
    offerTags: new Set(profile.offerTags),
    seekTags: new Set(profile.seekTags),
    topics: new Set(profile.topics),
  };
}

/** The factor of a direction for offers that meet none of the seeker's needs. */
export function breadthFactor(offerTotal: number, matched: number): number {
  const unmatched = Math.max(0, offerTotal - matched);
  // A few other offers are normal (a gentle slope, so that more always means less); beyond BREADTH, steeply less.
  const gentle = 1 - 0.02 * Math.min(unmatched, WEIGHTS.breadth);
  return unmatched <= WEIGHTS.breadth
    ? gentle
    : gentle * (WEIGHTS.breadth / unmatched) ** WEIGHTS.breadthPower;
}

/**
 * How well `offerer`'s offers meet `seeker`'s needs (0 = not at all). postings.ts accumulates the
 * fit alone (an upper bound, the factor is at most 1); the recommender computes this exactly for
 * the candidates that may enter a list. A profile names a handful of concepts on each side, so the
 * loops run over both lists and read the thesaurus's dense similarity matrix.
 */
export function directionalScore(th: Thesaurus, offerer: CompiledProfile, seeker: CompiledProfile): number {
  const size = th.concepts.length;
  const sim = th.sim;
  const { concepts: needs, weights: shares } = seeker.seekList;
  const { concepts: offers, weights } = offerer.offerList;
  let fit = 0;
  for (let k = 0; k < needs.length; k += 1) {
    const row = needs[k]! * size;
    let best = 0;
    for (let j = 0; j < offers.length; j += 1) {
      const v = sim[row + offers[j]!]! * weights[j]!;
      if (v > best) {
        best = v;
      }
    }
    fit += shares[k]! * best;
  }
  if (fit === 0) {
    return 0;
  }
  // Each offered concept meeting some need counts once as matched (for the breadth penalty).
  let matched = 0;
  for (let j = 0; j < offers.length; j += 1) {
    const column = offers[j]!;
    for (let k = 0; k < needs.length; k += 1) {
      if (sim[needs[k]! * size + column]! >= WEIGHTS.matchedSim) {
        matched += weights[j]!;
        break;
      }
    }
  }
  return fit * breadthFactor(offerer.offerTotal, matched);
}

/** The largest factor pairScore applies to √(both directions). */
export const MAX_PAIR_FACTOR = 1 + WEIGHTS.topic * WEIGHTS.maxTopics;

/** The reciprocal pair score: 0 unless both directions have substance; other sectors and shared topics favoured. */
export function pairScore(a: CompiledProfile, b: CompiledProfile, aToB: number, bToA: number): number {
  if (aToB < WEIGHTS.floor || bToA < WEIGHTS.floor) {
    return 0;
  }
  let shared = 0;
  for (const topic of a.topics) {
    if (b.topics.has(topic)) {
      shared += 1;
    }
  }
  const sector = a.sector === b.sector ? WEIGHTS.sameSector : 1;
  return (
    Math.sqrt(aToB * bToA) *
    a.listFactor *
    b.listFactor *
    sector *
    (1 + WEIGHTS.topic * Math.min(shared, WEIGHTS.maxTopics))
  );
}

/** A need counts as a reason when the offer meets it at least this well (a sibling alone does not). */
const REASON_MIN_SIM = 0.5;

/**
 * The words of `offerer` that meet needs of `seeker`, strongest first: only concepts the offerer
 * wrote (offer text or description) meeting concepts the seeker wrote or tagged, as the offerer wrote them.
 */
function reasonTerms(th: Thesaurus, offerer: CompiledProfile, seeker: CompiledProfile): string[] {
  const ranked: { surface: string; value: number }[] = [];
  for (const [need, n] of seeker.seek) {
    let best: { surface: string; value: number } | null = null;
    for (const { concept, sim } of th.neighbours[need]!) {
      const surface = offerer.offerSurface.get(concept);
      const w = offerer.offer.get(concept);
      if (surface === undefined || w === undefined || sim < REASON_MIN_SIM) {
        continue;
      }
      if (!best || sim * w * n > best.value) {
        best = { surface, value: sim * w * n };
      }
    }
    if (best) {
      ranked.push(best);
    }
  }
  ranked.sort((x, y) => y.value - x.value || x.surface.localeCompare(y.surface));
  const words: string[] = [];
  for (const { surface } of ranked) {
    if (!words.some((w) => w.toLowerCase() === surface.toLowerCase())) {
      words.push(surface);
    }
    if (words.length === 3) {
      break;
    }
  }
  return words;
}

/** Tags the offerer chose to offer and the seeker chose to seek (both tagged them). */
function sharedTags(offerer: CompiledProfile, seeker: CompiledProfile): string[] {
  return [...seeker.seekTags].filter((t) => offerer.offerTags.has(t)).sort();
}

/** The reason, seen from the viewer, only from what both wrote or tagged. */
export function explainPair(
  th: Thesaurus,
  viewer: CompiledProfile,
  other: CompiledProfile,
): RecommendationReason {
  return {
    theyOfferYouSeekTags: sharedTags(other, viewer),
    youOfferTheySeekTags: sharedTags(viewer, other),
    theyOfferYouSeekTerms: reasonTerms(th, other, viewer),
    youOfferTheySeekTerms: reasonTerms(th, viewer, other),
    otherSector: viewer.sector !== other.sector,
  };
}
