/**
 * Matching a need that is not a person's profile (a project idea's partner role) against the
 * directory, with the same thesaurus, concept scorer, colleague detection and reasons as "People to
 * meet". A need seeks what its role asks for (competence tags and free text) and offers what the
 * initiator brings, so the reason can be worded both ways.
 */
import type { CompetenceDefinition, ThesaurusConcept } from '../../../contract/networking.js';
import { sameOrganization } from './organization.js';
import type { ProfileForMatching, RecommendationReason } from './recommender.js';
import {
  compileProfile,
  conceptsOfTags,
  directionalScore,
  explainPair,
  type CompiledProfile,
} from './scoring.js';
import { thesaurusWith, type Thesaurus } from './thesaurus.js';

/** A need to match: the role's sector, tags and text; the initiator's organization (its colleagues never fit). */
export interface NeedForMatching {
  id: string;
  organization: string;
  /** The initiator's address: its mail domain is part of the organization's identity. */
  email?: string;
  sector: string;
  seekTags: readonly string[];
  seekText: string;
  /** What the initiator brings (read as the need's offer). */
  offerText: string;
  language: 'de' | 'en';
}

export interface NeedCandidate {
  personId: string;
  score: number;
  reason: RecommendationReason;
}

export interface NeedFit {
  needId: string;
  score: number;
  /** Seen from the person: what they offer that the need seeks, and what the initiator brings that they seek. */
  reason: RecommendationReason;
}

/** A role whose sector is the candidate's counts this much more. */
const SAME_SECTOR_BONUS = 1.25;

function asProfile(need: NeedForMatching): ProfileForMatching {
  return {
    personId: `need:${need.id}`,
    organizationKey: need.organization,
    organization: need.organization,
    email: need.email,
    sector: need.sector,
    offerTags: [],
    seekTags: need.seekTags,
    offerText: need.offerText,
    seekText: need.seekText,
    aboutText: '',
    topics: [],
    language: need.language,
  };
}

/** The event's directory compiled once for several needs. */
export interface NeedMatcher {
  /** People whose offers meet the need, best first; never the initiator's colleagues or `excluded` people. */
  candidatesFor(need: NeedForMatching, limit: number, excluded: ReadonlySet<string>): NeedCandidate[];
  /** How well the person's offers meet each need (only needs with a fit, best first); colleagues' needs left out. */
  needsFitting(personId: string, needs: readonly NeedForMatching[]): NeedFit[];
}

/** Compiles the directory's profiles with the event's competences and thesaurus concepts. */
export function createNeedMatcher(input: {
  profiles: readonly ProfileForMatching[];
  competences: readonly CompetenceDefinition[];
  concepts?: readonly ThesaurusConcept[];
}): NeedMatcher {
  const th: Thesaurus = thesaurusWith(input.concepts ?? []);
  const tags = conceptsOfTags(th, input.competences);
  const compiled = new Map<string, CompiledProfile>();
  input.profiles.forEach((p, slot) => compiled.set(p.personId, compileProfile(p, slot, th, tags)));
  const compileNeed = (need: NeedForMatching) => compileProfile(asProfile(need), -1, th, tags);

  function fit(offerer: CompiledProfile, need: CompiledProfile): number {
    const direction = directionalScore(th, offerer, need);
    return direction * (offerer.sector === need.sector ? SAME_SECTOR_BONUS : 1);
  }

  return {
    candidatesFor(need, limit, excluded) {
      const seeker = compileNeed(need);
      const ranked: NeedCandidate[] = [];
      for (const other of compiled.values()) {
        if (excluded.has(other.personId) || sameOrganization(seeker.organization, other.organization)) {
          continue;
        }
        const score = fit(other, seeker);
        if (score > 0) {
          ranked.push({ personId: other.personId, score, reason: explainPair(th, seeker, other) });
        }
      }
      ranked.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
      return ranked.slice(0, limit);
    },

    needsFitting(personId, needs) {
      const person = compiled.get(personId);
      if (!person) {
        return [];
      }
      const fits: NeedFit[] = [];
      for (const need of needs) {
        const seeker = compileNeed(need);
        if (sameOrganization(seeker.organization, person.organization)) {
          continue;
        }
        const score = fit(person, seeker);
        if (score > 0) {
          fits.push({ needId: need.id, score, reason: explainPair(th, person, seeker) });
        }
      }
      return fits.sort((a, b) => b.score - a.score || a.needId.localeCompare(b.needId));
    },
  };
}
