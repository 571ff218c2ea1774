/**
 * Recommendations "Wen Sie treffen sollten / People to meet". STUB created by the lead: the
 * recommender helper implements it; the networking feature depends only on these types.
 *
 * Reciprocal: a pair scores only when A's offers meet B's needs AND B's offers meet A's needs
 * (from competence tags and from free text with German and English stemming). Other sectors are
 * favoured, colleagues of the same organization never recommended. Each result carries the reason
 * as structured parts the web app words in de/en (never English glued into German).
 */

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
}

/** Creates an empty recommendation index using the default transparent tag + stemmed-text scorer. */
export function createRecommendationIndex(): RecommendationIndex {
  throw new Error('createRecommendationIndex: not implemented yet');
}
