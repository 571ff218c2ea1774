/**
 * Recommendations "Wen Sie treffen sollten / People to meet".
 *
 * Reciprocal: a pair scores only when A's offers meet B's needs AND B's offers meet A's needs, each
 * direction with substance of its own. Offers and needs are read as concepts of a bilingual
 * thesaurus (thesaurus.ts, concepts.ts), so "Ladesäulen" meets "charging points" and
 * "Batteriezellfertigung" meets "cell manufacturing". Colleagues of one organization, however its
 * name is written, are never recommended, and a top five holds one person per organization and
 * not five of one sector. Each result carries the reason as structured parts the web app words in
 * de/en, only from what both people wrote or tagged.
 *
 * The default scorer is transparent (see scoring.ts); an index keeps each profile's compiled
 * concepts and inverted postings (concept → people), so an upsert touches one profile and topFor
 * touches only people whose concepts relate to the viewer's.
 */
import { DEFAULT_COMPETENCES, type CompetenceDefinition } from '../../../contract/networking.js';
import { sameOrganization } from './organization.js';
import { createPostings, type Postings } from './postings.js';
import {
  WEIGHTS,
  compileProfile,
  conceptsOfTags,
  directionalScore,
  explainPair,
  MAX_PAIR_FACTOR,
  pairScore,
  type CompiledProfile,
} from './scoring.js';
import { baseThesaurus, type Thesaurus } from './thesaurus.js';

export interface ProfileForMatching {
  personId: string;
  organizationKey: string;
  /** The organization as written (compared with abbreviations and departments folded); else the key is used. */
  organization?: string;
  /** The person's address, for the organization's mail domain; never shown. */
  email?: string;
  /** The organization's mail domain when the address itself is not at hand (the repository passes only this). */
  mailDomain?: string;
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
  /** Words the other person wrote that meet what this one wrote or tagged, as written. */
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
  /** The thesaurus (the shipped one by default; an event may add concepts). */
  thesaurus?: Thesaurus;
  /** The event's competence list, whose labels tell what each tag means. */
  competences?: readonly CompetenceDefinition[];
}

interface Ranked {
  personId: string;
  score: number;
}

/** Whether a ranks below b (lower score; ties by person id, so results are deterministic). */
function ranksBelow(a: Ranked, b: Ranked): boolean {
  return a.score < b.score || (a.score === b.score && a.personId > b.personId);
}

let scratch = new Float64Array(0);

/** The k-th largest of values[at[0..count)] (quickselect on a reused copy; k counts from 1). */
function kthLargest(values: Float64Array, at: Int32Array, count: number, k: number): number {
  if (scratch.length < count) {
    scratch = new Float64Array(Math.max(count, scratch.length * 2));
  }
  const a = scratch;
  for (let i = 0; i < count; i += 1) {
    a[i] = values[at[i]!]!;
  }
  let lo = 0;
  let hi = count - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) {
        i += 1;
      }
      while (a[j]! < pivot) {
        j -= 1;
      }
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) {
      hi = j;
    } else if (target >= i) {
      lo = i;
    } else {
      break;
    }
  }
  return a[target]!;
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

const WEIGHTS_FLOOR = WEIGHTS.floor;
/** How many candidates beyond the limit the diversity pass may draw on. */
const DIVERSITY_POOL = 10;
/** In the first five, at most this many people of one sector. */
const MAX_PER_SECTOR_IN_TOP5 = 3;

/**
 * Reorders the best candidates so that the first five hold one person per organization and at most
 * three of one sector; those moved down follow in their order.
 */
function diversify(
  ranked: Ranked[],
  limit: number,
  profileOf: (personId: string) => CompiledProfile,
): Ranked[] {
  const first: CompiledProfile[] = [];
  const rest: Ranked[] = [];
  const top: Ranked[] = [];
  const sectors = new Map<string, number>();
  for (const entry of ranked) {
    if (top.length === 5) {
      rest.push(entry);
      continue;
    }
    const p = profileOf(entry.personId);
    const sectorCount = sectors.get(p.sector) ?? 0;
    if (
      sectorCount < MAX_PER_SECTOR_IN_TOP5 &&
      !first.some((c) => sameOrganization(c.organization, p.organization))
    ) {
      top.push(entry);
      first.push(p);
      sectors.set(p.sector, sectorCount + 1);
    } else {
      rest.push(entry);
    }
  }
  return [...top, ...rest].slice(0, limit);
}

/** Creates an empty recommendation index using the default transparent tag + stemmed-text scorer. */
export function createRecommendationIndex(options: RecommendationIndexOptions = {}): RecommendationIndex {
  const profiles = new Map<string, CompiledProfile>();
  const bySlot: (CompiledProfile | undefined)[] = [];
  const freeSlots: number[] = [];
  const th = options.thesaurus ?? baseThesaurus();
  const tagConcepts = conceptsOfTags(th, options.competences ?? DEFAULT_COMPETENCES);
  const postings: Postings = createPostings(th);
  // Per slot, what bounds a pair without touching the profile object (cache-friendly).
  let slotListFactor = new Float64Array(64);
  let slotSector = new Int32Array(64);
  const sectorIds = new Map<string, number>();
  let candidateSlots = new Int32Array(0);
  let bounds = new Float64Array(0);
  let order = new Int32Array(0);

  function excluded(viewer: CompiledProfile, other: CompiledProfile, blocked?: ReadonlySet<string>) {
    return (
      other.personId === viewer.personId ||
      (blocked?.has(other.personId) ?? false) ||
      sameOrganization(viewer.organization, other.organization)
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
        const reason = explainPair(th, viewer, other);
        pushTop(top, { personId: other.personId, score: Math.sqrt(there * back), reason }, limit);
      }
    }
    return top;
  }

  return {
    upsert(profile) {
      this.remove(profile.personId);
      const slot = freeSlots.pop() ?? bySlot.length;
      const compiled = compileProfile(profile, slot, th, tagConcepts);
      profiles.set(profile.personId, compiled);
      bySlot[slot] = compiled;
      if (slot >= slotListFactor.length) {
        const grownFactor = new Float64Array(slotListFactor.length * 2);
        grownFactor.set(slotListFactor);
        slotListFactor = grownFactor;
        const grownSector = new Int32Array(slotSector.length * 2);
        grownSector.set(slotSector);
        slotSector = grownSector;
      }
      slotListFactor[slot] = compiled.listFactor;
      if (!sectorIds.has(compiled.sector)) {
        sectorIds.set(compiled.sector, sectorIds.size);
      }
      slotSector[slot] = sectorIds.get(compiled.sector)!;
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
      // Both directions accumulated over the postings: only people with related concepts are touched.
      const acc = postings.accumulate(viewer, bySlot.length, WEIGHTS_FLOOR);
      const pool = limit + DIVERSITY_POOL;
      // The accumulated fits bound each pair from above (breadth and list factors are at most 1):
      // score candidates exactly, best bound first, until no bound can enter the pool.
      // Candidates (slot and bound) in buffers reused between calls: no allocation per touched person.
      if (candidateSlots.length < acc.touched.length) {
        const size = Math.max(acc.touched.length, candidateSlots.length * 2);
        candidateSlots = new Int32Array(size);
        bounds = new Float64Array(size);
        order = new Int32Array(size);
      }
      let count = 0;
      const viewerSector = sectorIds.get(viewer.sector);
      for (const slot of acc.touched) {
        const give = acc.incoming[slot]!;
        const take = acc.outgoing[slot]!;
        if (give >= WEIGHTS_FLOOR && take >= WEIGHTS_FLOOR) {
          candidateSlots[count] = slot;
          // The factors pairScore applies that are known without scoring: lists and sectors.
          bounds[count] =
            Math.sqrt(give * take) *
            MAX_PAIR_FACTOR *
            viewer.listFactor *
            slotListFactor[slot]! *
            (slotSector[slot] === viewerSector ? WEIGHTS.sameSector : 1);
          count += 1;
        }
      }
      const top: Ranked[] = [];
      const byBound = (a: number, b: number) => bounds[b]! - bounds[a]!;
      // Visits candidates order[from..to), best bound first, until no bound can enter the pool
      // (then false: nothing after them can either).
      const visit = (from: number, to: number): boolean => {
        order.subarray(from, to).sort(byBound);
        for (let o = from; o < to; o += 1) {
          const i = order[o]!;
          // A bound equal to the pool's last score could only tie: stop there too.
          if (top.length === pool && bounds[i]! <= top[pool - 1]!.score) {
            return false;
          }
          const other = bySlot[candidateSlots[i]!];
          if (!other) {
            continue;
          }
          const score = pairScore(
            viewer,
            other,
            directionalScore(th, other, viewer),
            directionalScore(th, viewer, other),
          );
          if (
            score > 0 &&
            (top.length < pool || score > top[pool - 1]!.score) &&
            !excluded(viewer, other, blocked)
          ) {
            pushTop(top, { personId: other.personId, score }, pool);
          }
        }
        return true;
      };
      // Batches of the best remaining bounds, each sorted and visited, until the pool is full with
      // scores no remaining bound can beat: the long tail of weak candidates is never sorted.
      const batch = pool * 4;
      for (let i = 0; i < count; i += 1) {
        order[i] = i;
      }
      let remaining = count;
      while (remaining > 0) {
        if (remaining <= batch) {
          visit(0, remaining);
          break;
        }
        const cutoff = kthLargest(bounds, order, remaining, batch);
        // Move the batch (bounds at or above the cutoff) to the end of the remaining range.
        let end = remaining;
        for (let j = remaining - 1; j >= 0; j -= 1) {
          const i = order[j]!;
          if (bounds[i]! >= cutoff) {
            end -= 1;
            order[j] = order[end]!;
            order[end] = i;
          }
        }
        if (!visit(end, remaining)) {
          break;
        }
        remaining = end;
        if (top.length === pool && top[pool - 1]!.score >= cutoff) {
          break;
        }
      }
      return diversify(top, limit, (id) => profiles.get(id)!).map((entry) => ({
        ...entry,
        reason: explainPair(th, viewer, profiles.get(entry.personId)!),
      }));
    },

    explain(viewerId, candidateId) {
      const viewer = profiles.get(viewerId);
      const other = profiles.get(candidateId);
      if (!viewer || !other || viewerId === candidateId) {
        return null;
      }
      const given = directionalScore(th, other, viewer);
      const taken = directionalScore(th, viewer, other);
      return given > 0 || taken > 0 ? explainPair(th, viewer, other) : null;
    },

    has: (personId) => profiles.has(personId),

    get size() {
      return profiles.size;
    },
  };
}
