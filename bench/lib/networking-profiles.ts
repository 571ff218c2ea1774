import type { ProfileForMatching } from '../../src/server/features/networking/index.js';
import { SUBTOPICS, type Subtopic } from './networking-subtopics.js';

/**
 * The evaluation data set of the recommendations (see docs/networking.md): synthetic profiles in
 * German and English with planted complementary groups. A group joins two subjects X and Y of
 * different competences: its side A offers Y and seeks X, its side B offers X and seeks Y, in
 * sectors disjoint from each other and each person in an organization of their own. Everyone on
 * side A is relevant to everyone on side B and back; the two sides word the same subject
 * differently (other word forms, often the other language). The rest are background profiles with
 * random subjects, three colleagues per organization. Deterministic for a seed.
 */
export interface EvaluationSet {
  profiles: ProfileForMatching[];
  /** Person id → the planted partners (people outside a group have none). */
  relevant: Map<string, Set<string>>;
}

const SECTORS = [
  'oem',
  'supplier',
  'machinery',
  'energy',
  'facility',
  'it',
  'logistics',
  'mobility',
  'research',
  'public',
  'other',
];

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFER = {
  de: ['Wir bieten {p}.', 'Unser Schwerpunkt: {p}.', 'Langjährige Erfahrung mit {p}.'],
  en: ['We offer {p}.', 'Our focus is {p}.', 'Years of experience with {p}.'],
} as const;
const SEEK = {
  de: ['Wir suchen Partner für {p}.', 'Gesucht: {p}.', 'Für ein Pilotprojekt brauchen wir {p}.'],
  en: ['We seek partners for {p}.', 'Looking for {p}.', 'For a pilot we need {p}.'],
} as const;

interface Side {
  offers: Subtopic[];
  seeks: Subtopic[];
  /** Which of the two wordings the side uses (the partner side uses the other). */
  wording: 0 | 1;
}

/** Builds a data set of `count` profiles; `plantedShare` of them are in planted groups. */
export function generateEvaluationSet(count: number, seed = 2020, plantedShare = 0.6): EvaluationSet {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const profiles: ProfileForMatching[] = [];
  const relevant = new Map<string, Set<string>>();

  function person(side: Side, sector: string, organizationKey: string): ProfileForMatching {
    const language = random() < 0.6 ? 'de' : 'en';
    const phrase = (s: Subtopic) => s[language][side.wording];
    const offerText = side.offers.map((s) => pick(OFFER[language]).replace('{p}', phrase(s))).join(' ');
    const seekText = side.seeks.map((s) => pick(SEEK[language]).replace('{p}', phrase(s))).join(' ');
    // One in five leaves the tags empty and relies on the text alone.
    const tagged = random() >= 0.2;
    return {
      personId: `p${profiles.length}`,
      organizationKey,
      sector,
      offerTags: tagged ? [...new Set(side.offers.map((s) => s.tag))] : [],
      seekTags: tagged ? [...new Set(side.seeks.map((s) => s.tag))] : [],
      offerText,
      seekText,
      aboutText: language === 'de' ? 'Projektleitung Innovation' : 'Head of innovation projects',
      topics: [],
      language,
    };
  }

  const planted = Math.round(count * plantedShare);
  while (profiles.length < planted) {
    const x = pick(SUBTOPICS);
    let y = pick(SUBTOPICS);
    while (y.tag === x.tag) {
      y = pick(SUBTOPICS);
    }
    const shuffled = [...SECTORS].sort(() => random() - 0.5);
    const sectorsA = shuffled.slice(0, 5);
    const sectorsB = shuffled.slice(5);
    const a: string[] = [];
    const b: string[] = [];
    for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i += 1) {
      const p = person({ offers: [y], seeks: [x], wording: 0 }, pick(sectorsA), `org-${profiles.length}`);
      profiles.push(p);
      a.push(p.personId);
    }
    for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i += 1) {
      const p = person({ offers: [x], seeks: [y], wording: 1 }, pick(sectorsB), `org-${profiles.length}`);
      profiles.push(p);
      b.push(p.personId);
    }
    for (const id of a) {
      relevant.set(id, new Set(b));
    }
    for (const id of b) {
      relevant.set(id, new Set(a));
    }
  }
  while (profiles.length < count) {
    const subjects = (n: number) => Array.from({ length: n }, () => pick(SUBTOPICS));
    const side: Side = {
      offers: subjects(1 + Math.floor(random() * 2)),
      seeks: subjects(1 + Math.floor(random() * 2)),
      wording: random() < 0.5 ? 0 : 1,
    };
    profiles.push(person(side, pick(SECTORS), `bg-org-${Math.floor(profiles.length / 3)}`));
  }
  return { profiles: profiles.slice(0, count), relevant };
}
