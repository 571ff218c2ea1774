import { formsOf, tokenize, withinOneEdit, type Token } from './concept-text.js';
import { typoBucket, type Thesaurus } from './thesaurus.js';

/**
 * Concept extraction (the text's language decides only whether unknown letters may stay in a split
 * compound: German yes, English no): a text becomes the thesaurus concepts it names. Longest label phrase first
 * ("predictive maintenance", "Förderung von Verbundprojekten"); a word no label names whole is split
 * as a German compound into known parts (Batteriezellfertigung → Batteriezell + fertigung); a long
 * word one edit away from a label counts as that label; "ae/oe/ue" spellings are tried as umlauts.
 * Two concepts named together that compose a third (battery + recycling → battery recycling) become
 * that one. Generic words (Lösungen, Beratung, Daten) are kept apart: they never carry a match.
 */
export interface Mention {
  concept: number;
  /** The words as the person wrote them. */
  surface: string;
  clause: number;
  position: number;
  start: number;
  end: number;
  weight: number;
}

export interface ExtractedConcepts {
  /** Specific concepts with their saturated weight (repeating a word adds little). */
  weights: Map<number, number>;
  /** The first surface form of each concept, as written. */
  surfaces: Map<number, string>;
  /** Generic concepts named (for coaching only; they never score). */
  generic: Set<number>;
}

/** A compound split into parts that are not whole labels scores a little below a named label. */
const PARTIAL_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.8;
/** Words shorter than this are not taken for a label one edit away ("experts" is not "exports"). */
const MIN_TYPO_LENGTH = 8;
/** Known parts must cover this share of a compound's letters. */
const MIN_COVERAGE = 0.6;
/** Two concepts compose a third when at most this many content words apart in one clause. */
const COMPOSE_WINDOW = 3;
/** Domain roots ("Energie", "Logistik") say little about what someone offers. */
export const TOP_WEIGHT = 0.35;

interface Hit {
  concepts: number[];
  weight: number;
}

function tokenForms(token: Token): string[] {
  const forms = formsOf(token.key);
  return token.upper ? [...forms, `^${token.key}`] : forms;
}

/** The longest phrase label of two or more words starting at token i, if any. */
function matchPhrase(
  th: Thesaurus,
  tokens: Token[],
  i: number,
): { length: number; concepts: number[] } | null {
  const first = tokens[i]!;
  let best: { length: number; concepts: number[] } | null = null;
  for (const form of tokenForms(first)) {
    for (const entry of th.phrases.get(form) ?? []) {
      const n = entry.forms.length;
      if (n < 2 || (best && best.length >= n) || i + n > tokens.length) {
        continue;
      }
      let ok = true;
      for (let j = 1; j < n && ok; j += 1) {
        const t = tokens[i + j]!;
        ok = t.clause === first.clause && tokenForms(t).includes(entry.forms[j]!);
      }
      if (ok) {
        best = { length: n, concepts: entry.concepts };
      }
    }
  }
  return best;
}

function matchWhole(th: Thesaurus, forms: string[]): number[] {
  const found = new Set<number>();
  for (const form of forms) {
    for (const entry of th.phrases.get(form) ?? []) {
      if (entry.forms.length === 1) {
        entry.concepts.forEach((c) => found.add(c));
      }
    }
  }
  return [...found];
}

const splitMemos = new WeakMap<Thesaurus, Map<string, Hit[]>>();

/** Splits a folded word into known parts with the fewest unknown letters, then the fewest parts. */
function splitCompound(th: Thesaurus, key: string, language: 'de' | 'en'): Hit[] {
  let splitMemo = splitMemos.get(th);
  if (!splitMemo) {
    splitMemo = new Map();
    splitMemos.set(th, splitMemo);
  }
  const memoKey = `${language}:${key}`;
  const known = splitMemo.get(memoKey);
  if (known) {
    return known;
  }
  const n = key.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const piece = new Array<string | null>(n + 1).fill(null);
  cost[0] = 0;
  for (let i = 0; i < n; i += 1) {
    const here = cost[i]!;
    if (here === Infinity) {
      continue;
    }
    if (here + 2 < cost[i + 1]!) {
      cost[i + 1] = here + 2;
      from[i + 1] = i;
      piece[i + 1] = null;
    }
    for (let j = i + 2; j <= Math.min(n, i + th.longestPiece); j += 1) {
      const part = key.slice(i, j);
      const p = th.pieces.get(part);
      if (!p || (part.length < 3 && i !== 0) || (p.hidden && (j === n || language === 'en'))) {
        continue;
      }
      if (here + 1 < cost[j]!) {
        cost[j] = here + 1;
        from[j] = i;
        piece[j] = part;
      }
    }
  }
  const parts: string[] = [];
  let unknown = 0;
  for (let at = n; at > 0; at = from[at]!) {
    const part = piece[at];
    if (part) {
      parts.unshift(part);
    } else {
      unknown += 1;
    }
  }
  let hits: Hit[] = [];
  const covered = parts.reduce((sum, p) => sum + p.length, 0);
  // German compounds end in their head: a known head of five letters or more names the thing
  // ("Musterzellen" are cells); otherwise known parts must cover most of the word ("support" is not
  // "sup" + "port"). English words are split only where every letter is known ("batteryrecycling").
  const headKnown = piece[n] !== null && (piece[n]?.length ?? 0) >= 5 && !th.pieces.get(piece[n]!)!.hidden;
  const accepted =
    language === 'en'
      ? unknown <= 1 && parts.length >= 2
      : parts.some((p) => p.length >= 4) && (covered >= MIN_COVERAGE * n || headKnown);
  if (accepted) {
    const weight = unknown <= 3 ? 1 : PARTIAL_WEIGHT;
    hits = parts.map((p) => ({ concepts: th.pieces.get(p)!.concepts, weight }));
  }
  if (splitMemo.size > 100_000) {
    splitMemo.clear();
  }
  splitMemo.set(memoKey, hits);
  return hits;
}

function matchTypo(th: Thesaurus, key: string): number[] {
  const found = new Set<number>();
  for (const length of [key.length - 1, key.length, key.length + 1]) {
    for (const word of th.typoBuckets.get(typoBucket(key[0]!, length)) ?? []) {
      if (withinOneEdit(key, word)) {
        th.typoTargets.get(word)?.forEach((x) => found.add(x));
      }
    }
  }
  return [...found];
}

const wordMemos = new WeakMap<Thesaurus, Map<string, Hit[]>>();

/** matchWord, remembered per thesaurus (words repeat across profiles). */
function matchWordMemo(th: Thesaurus, token: Token, language: 'de' | 'en'): Hit[] {
  let memo = wordMemos.get(th);
  if (!memo) {
    memo = new Map();
    wordMemos.set(th, memo);
  }
  const key = `${language}${token.upper ? '^' : ''}${token.surface.toLowerCase()}`;
  const known = memo.get(key);
  if (known) {
    return known;
  }
  if (memo.size > 200_000) {
    memo.clear();
  }
  const hits = matchWord(th, token, language);
  memo.set(key, hits);
  return hits;
}

/** What a single word names: the whole word (also with ae → ä), its hyphen parts, its compound parts, a one-edit label. */
function matchWord(th: Thesaurus, token: Token, language: 'de' | 'en'): Hit[] {
  const whole = matchWhole(th, tokenForms(token));
  if (whole.length > 0) {
    return [{ concepts: whole, weight: 1 }];
  }
  const umlaut = /ae|oe|ue/.test(token.key)
    ? token.key.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')
    : null;
  if (umlaut) {
    const respelled = matchWhole(th, formsOf(umlaut));
    if (respelled.length > 0) {
      return [{ concepts: respelled, weight: 1 }];
    }
  }
  if (token.parts.length > 1) {
    const parts = token.parts.flatMap((part) => matchWord(th, part, language));
    if (parts.length > 0) {
      return parts;
    }
  }
  let split = token.key.length >= 6 ? splitCompound(th, umlaut ?? token.key, language) : [];
  if (split.length === 0 && umlaut) {
    split = splitCompound(th, token.key, language);
  }
  if (split.length > 0 && split.every((h) => h.weight === 1)) {
    return split;
  }
  if (token.key.length >= MIN_TYPO_LENGTH) {
    const typo = matchTypo(th, token.key);
    if (typo.length > 0) {
      return [{ concepts: typo, weight: TYPO_WEIGHT }];
    }
  }
  return split;
}

/** Every concept mention of a text, before composition. */
export function findMentions(th: Thesaurus, text: string, language: 'de' | 'en' = 'de'): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const push = (concepts: number[], from: Token, to: Token, weight: number, surface?: string) => {
    for (const concept of concepts) {
      mentions.push({
        concept,
        surface: surface ?? text.slice(from.start, to.end),
        clause: from.clause,
        position: from.position,
        start: from.start,
        end: to.end,
        weight,
      });
    }
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const phrase = matchPhrase(th, tokens, i);
    if (phrase) {
      push(phrase.concepts, token, tokens[i + phrase.length - 1]!, 1);
      i += phrase.length;
      continue;
    }
    for (const hit of matchWordMemo(th, token, language)) {
      push(hit.concepts, token, token, hit.weight, token.surface);
    }
    i += 1;
  }
  return mentions;
}

/** Replaces two mentions that compose a concept ("Recycling" + "Batterien") by that concept. */
function compose(th: Thesaurus, mentions: Mention[], text: string): Mention[] {
  if (th.compositions.length === 0 || mentions.length < 2) {
    return mentions;
  }
  const consumed = new Set<Mention>();
  const added: (Mention & { from: [Mention, Mention] })[] = [];
  for (const rule of th.compositions) {
    for (const m1 of mentions) {
      // A composite already ("Altbatterien" is battery recycling) is not composed again.
      if (!th.concepts[m1.concept]!.ancestors.has(rule.a) || th.concepts[m1.concept]!.composite) {
        continue;
      }
      for (const m2 of mentions) {
        if (
          m2 === m1 ||
          m2.clause !== m1.clause ||
          Math.abs(m2.position - m1.position) > COMPOSE_WINDOW ||
          !th.concepts[m2.concept]!.ancestors.has(rule.b) ||
          th.concepts[m2.concept]!.composite
        ) {
          continue;
        }
        const start = Math.min(m1.start, m2.start);
        const end = Math.max(m1.end, m2.end);
        added.push({
          concept: rule.composite,
          surface: text.slice(start, end),
          clause: m1.clause,
          position: Math.min(m1.position, m2.position),
          start,
          end,
          weight: Math.min(m1.weight, m2.weight),
          from: [m1, m2],
        });
        consumed.add(m1);
        consumed.add(m2);
      }
    }
  }
  // Of two composites read from the same words, the narrower one stays ("Batteriezellen fertigen" is
  // battery cell production, not also battery production).
  const specific = added.filter(
    (x) =>
      !added.some(
        (y) =>
          y !== x &&
          y.concept !== x.concept &&
          y.from.some((m) => x.from.includes(m)) &&
          th.concepts[y.concept]!.ancestors.has(x.concept),
      ),
  );
  return [...mentions.filter((m) => !consumed.has(m)), ...specific.map(({ from: _from, ...m }) => m)];
}

/** Adds a text's concepts to an extraction, each mention scaled by `weight` (e.g. the description at 0.3). */
export function addConcepts(
  into: ExtractedConcepts,
  th: Thesaurus,
  text: string,
  weight = 1,
  language: 'de' | 'en' = 'de',
): void {
  if (!text.trim()) {
    return;
  }
  const counts = new Map<number, { best: number; count: number }>();
  for (const m of compose(th, findMentions(th, text, language), text)) {
    const concept = th.concepts[m.concept]!;
    if (concept.generic) {
      into.generic.add(m.concept);
      continue;
    }
    const w = m.weight * weight * (concept.top ? TOP_WEIGHT : 1);
    const seen = counts.get(m.concept);
    counts.set(m.concept, { best: Math.max(seen?.best ?? 0, w), count: (seen?.count ?? 0) + 1 });
    if (!into.surfaces.has(m.concept)) {
      into.surfaces.set(m.concept, m.surface);
    }
  }
  for (const [concept, { best, count }] of counts) {
    // Saturation: a concept named five times weighs hardly more than named once.
    const w = best * (1 + 0.15 * Math.min(count - 1, 2));
    into.weights.set(concept, Math.max(into.weights.get(concept) ?? 0, w));
  }
}

/** The concepts of a text (see addConcepts). */
export function extractConcepts(
  th: Thesaurus,
  text: string,
  weight = 1,
  language: 'de' | 'en' = 'de',
): ExtractedConcepts {
  const result: ExtractedConcepts = { weights: new Map(), surfaces: new Map(), generic: new Set() };
  addConcepts(result, th, text, weight, language);
  return result;
}
