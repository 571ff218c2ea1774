/** The word-stem scorer of issue 5, kept unchanged as a baseline for bench/recommendations.ts (issue 12 replaced it). */
/**
 * Recommendations "Wen Sie treffen sollten / People to meet".
 *
 * Reciprocal: a pair scores only when A's offers meet B's needs AND B's offers meet A's needs
 * (from competence tags and from free text with German and English stemming). Other sectors are
 * favoured, colleagues of the same organization never recommended. Each result carries the reason
 * as structured parts the web app words in de/en (never English glued into German).
 *
 * The default scorer is transparent (see scoring.ts); an index keeps each profile's compiled
 * features and inverted postings (feature → people), so an upsert touches one profile and topFor
 * touches only people who share a feature with the viewer.
 */
import { createPostings, type Postings } from './postings.js';
import {
  compileProfile,
  directionalScore,
  explainPair,
  MAX_PAIR_FACTOR,
  pairScore,
  type CompiledProfile,
  type CorpusStats,
} from './scoring.js';

export interface ProfileForMatching {
  personId: string;
  organizationKey: string;
  sector: string;
  /** Competence tag keys. */
  offerTags: readonly string[];
  seekTags: readonly string[];
  offerText: string;
  seekText: string;
  /** Description and topics, used lightly for text similarity. */
  aboutText: string;
  topics: readonly string[];
  /** Language of the texts, 'de' or 'en' (both stemmers may be applied). */
  language: 'de' | 'en';
}

export interface RecommendationReason {
  /** Tag keys the candidate offers that the viewer seeks, and the other way round. */
  theyOfferYouSeekTags: string[];
  youOfferTheySeekTags: string[];
  /** Stemmed words both texts share (shown as evidence when no tag matches). */
  theyOfferYouSeekTerms: string[];
  youOfferTheySeekTerms: string[];
  otherSector: boolean;
}

export interface Recommendation {
  personId: string;
  score: number;
  reason: RecommendationReason;
}

/** The scoring behind an interface, so an embedding model can be added later. */
export interface PairScorer {
  /** Directional score of how well `offerer`'s offers meet `seeker`'s needs (0 = not at all). */
  score(offerer: ProfileForMatching, seeker: ProfileForMatching): number;
}

/**
 * Keeps per-profile indexes so that a changed profile updates without recomputing everything
 * (upsert/remove touch one profile's entries; topFor computes one person's list on demand).
 */
export interface RecommendationIndex {
  upsert(profile: ProfileForMatching): void;
  remove(personId: string): void;
  /** Ranked candidates for one person, best first; excludes self, same organization, and `blocked`. */
  topFor(personId: string, limit: number, blocked?: ReadonlySet<string>): Recommendation[];
  /** Why `candidateId` may matter to `viewerId` (either direction counts); null when nothing complements. */
  explain(viewerId: string, candidateId: string): RecommendationReason | null;
  has(personId: string): boolean;
  readonly size: number;
}

export interface RecommendationIndexOptions {
  /**
   * Another directional scorer (for example an embedding model). Without inverted postings it scores
   * every other profile per request; the reasons still come from tags and shared terms.
   */
  scorer?: PairScorer;
}

interface Ranked {
  personId: string;
  score: number;
}

/** Whether a ranks below b (lower score; ties by person id, so results are deterministic). */
function ranksBelow(a: Ranked, b: Ranked): boolean {
  return a.score < b.score || (a.score === b.score && a.personId > b.personId);
}

/** Keeps the best `limit` entries, best first (insertion into a short sorted list). */
function pushTop<T extends Ranked>(top: T[], entry: T, limit: number): void {
  if (top.length === limit && !ranksBelow(top[top.length - 1]!, entry)) {
    return;
  }
  let i = top.length;
  top.push(entry);
  while (i > 0 && ranksBelow(top[i - 1]!, entry)) {
    top[i] = top[i - 1]!;
    i -= 1;
  }
  top[i] = entry;
  if (top.length > limit) {
    top.pop();
  }
}

/** Creates an empty recommendation index using the default transparent tag + stemmed-text scorer. */
export function createRecommendationIndex(options: RecommendationIndexOptions = {}): RecommendationIndex {
  const profiles = new Map<string, CompiledProfile>();
  const bySlot: (CompiledProfile | undefined)[] = [];
  const freeSlots: number[] = [];
  const postings: Postings = createPostings();
  const stats: CorpusStats = { size: () => profiles.size, df: (f) => postings.df(f) };

  function excluded(viewer: CompiledProfile, other: CompiledProfile, blocked?: ReadonlySet<string>) {
    return (
      other.personId === viewer.personId ||
      other.organizationKey === viewer.organizationKey ||
      (blocked?.has(other.personId) ?? false)
    );
  }

  function topByScorer(
    viewer: CompiledProfile,
    scorer: PairScorer,
    limit: number,
    blocked?: ReadonlySet<string>,
  ) {
    const top: Recommendation[] = [];
    for (const other of profiles.values()) {
      if (excluded(viewer, other, blocked)) {
        continue;
      }
      const there = scorer.score(other.source, viewer.source);
      const back = scorer.score(viewer.source, other.source);
      if (there > 0 && back > 0) {
        const reason = explainPair(viewer, other, stats);
        pushTop(top, { personId: other.personId, score: Math.sqrt(there * back), reason }, limit);
      }
    }
    return top;
  }

  return {
    upsert(profile) {
      this.remove(profile.personId);
      const slot = freeSlots.pop() ?? bySlot.length;
      const compiled = compileProfile(profile, slot);
      profiles.set(profile.personId, compiled);
      bySlot[slot] = compiled;
      postings.add(compiled);
    },

    remove(personId) {
      const old = profiles.get(personId);
      if (!old) {
        return;
      }
      postings.remove(old);
      profiles.delete(personId);
      bySlot[old.slot] = undefined;
      freeSlots.push(old.slot);
    },

    topFor(personId, limit, blocked) {
      const viewer = profiles.get(personId);
      if (!viewer || limit <= 0) {
        return [];
      }
      if (options.scorer) {
        return topByScorer(viewer, options.scorer, limit, blocked);
      }
      // Both directions accumulated over the postings: only people sharing a feature are touched.
      const { incoming, outgoing, touched } = postings.accumulate(viewer, stats, bySlot.length);
      const top: Ranked[] = [];
      for (const slot of touched) {
        const theyGive = incoming[slot]!;
        const theyTake = outgoing[slot]!;
        if (theyGive <= 0 || theyTake <= 0) {
          continue;
        }
        // No sector or topic factor lifts a pair above this bound: skip what cannot enter the list.
        if (
          top.length === limit &&
          Math.sqrt(theyGive * theyTake) * MAX_PAIR_FACTOR < top[limit - 1]!.score
        ) {
          continue;
        }
        const other = bySlot[slot];
        if (!other || excluded(viewer, other, blocked)) {
          continue;
        }
        pushTop(
          top,
          { personId: other.personId, score: pairScore(viewer, other, theyGive, theyTake) },
          limit,
        );
      }
      return top.map((entry) => ({
        ...entry,
        reason: explainPair(viewer, profiles.get(entry.personId)!, stats),
      }));
    },

    explain(viewerId, candidateId) {
      const viewer = profiles.get(viewerId);
      const other = profiles.get(candidateId);
      if (!viewer || !other || viewerId === candidateId) {
        return null;
      }
      const given = directionalScore(other, viewer, stats);
      const taken = directionalScore(viewer, other, stats);
      return given > 0 || taken > 0 ? explainPair(viewer, other, stats) : null;
    },

    has: (personId) => profiles.has(personId),

    get size() {
      return profiles.size;
    },
  };
}
