import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { foldText, foldVariants } from '../../../contract/search-fold.js';
import { COMPOUND_PARTS, CONCEPTS, WEAK_PARTS } from './lexicon.js';
import { STOP_WORDS } from './stop-words.js';

/** Lower case, ß as ss, accents and umlauts folded ("Säule" → "saule", "Łukasz" → "lukasz"), CO₂ → co2. */
export function fold(text: string): string {
  return foldText(text);
}

/** The words of a text, lower case, with their surface form; stop words and single letters dropped. */
export function words(text: string): { word: string; surface: string }[] {
  const out: { word: string; surface: string }[] = [];
  for (const surface of text.split(/[^\p{L}\p{N}]+/u)) {
    const word = surface.toLowerCase().normalize('NFKC');
    if (word.length < 2 || STOP_WORDS.has(fold(word)) || /^\d+$/.test(word)) {
      continue;
    }
    out.push({ word, surface });
  }
  return out;
}

// Word forms repeat a lot across profiles; stemming and splitting are remembered (bounded).
const MEMO_LIMIT = 50_000;
const stemMemo = new Map<string, string[]>();
const partMemo = new Map<string, string[]>();

function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) {
    return known;
  }
  if (memo.size >= MEMO_LIMIT) {
    memo.clear();
  }
  const value = compute();
  memo.set(key, value);
  return value;
}

/** Both stems of a word (German and English Snowball), folded; texts mix languages, so both apply. */
export function stemsOf(word: string): string[] {
  return remember(stemMemo, word, () => {
    const german = fold(stemGerman(word));
    const english = fold(stemEnglish(fold(word)));
    return german === english ? [german] : [german, english];
  });
}

const PARTS = new Set<string>([
  ...COMPOUND_PARTS,
  ...Object.values(CONCEPTS).flatMap((c) => c.terms.filter((t) => t.length >= 3)),
]);
const LONGEST_PART = Math.max(...[...PARTS].map((p) => p.length));
const CONCEPT_OF = new Map<string, string>();
for (const [id, concept] of Object.entries(CONCEPTS)) {
  for (const term of concept.terms) {
    CONCEPT_OF.set(term, id);
  }
}

function longestPrefixPart(rest: string, minLeft: number): string | undefined {
  for (let len = Math.min(LONGEST_PART, rest.length - minLeft); len >= 3; len -= 1) {
    const prefix = rest.slice(0, len);
    if (PARTS.has(prefix)) {
      return prefix;
    }
  }
  return undefined;
}

/**
 * Splits a German compound on known parts, longest first, skipping a linking s or e:
 * "ladesäulen" → lade + saul, "ladeinfrastruktur" → lade + infrastruktur,
 * "batteriezellen" → batteri + zell. A word with no known first part gives [].
 */
export function compoundParts(word: string): string[] {
  return remember(partMemo, word, () => splitCompound(fold(word)));
}

function splitCompound(folded: string): string[] {
  if (folded.length < 7) {
    return [];
  }
  const parts: string[] = [];
  let rest = folded;
  for (let guard = 0; guard < 6 && rest.length >= 3; guard += 1) {
    // The first part must leave a second one; later parts may end the word.
    const part = longestPrefixPart(rest, parts.length === 0 ? 3 : 0);
    if (!part) {
      break;
    }
    parts.push(part);
    rest = rest.slice(part.length);
    if ((rest.startsWith('s') || rest.startsWith('e')) && longestPrefixPart(rest.slice(1), 0)) {
      rest = rest.slice(1);
    }
  }
  if (parts.length === 0) {
    return [];
  }
  if (rest.length >= 4) {
    parts.push(fold(stemGerman(rest)));
  }
  return parts;
}

/** The concept a stem or compound part belongs to, matching a known term or a prefix of at least 5 letters. */
export function conceptOf(term: string): string | undefined {
  const exact = CONCEPT_OF.get(term);
  if (exact) {
    return exact;
  }
  for (let len = term.length - 1; len >= 5; len -= 1) {
    const id = CONCEPT_OF.get(term.slice(0, len));
    if (id) {
      return id;
    }
  }
  return undefined;
}

/** A text as weighted terms (stems and compound parts), the concepts it names, and a surface form per term. */
export interface AnalyzedText {
  terms: Map<string, number>;
  concepts: Set<string>;
  surface: Map<string, string>;
}

const PART_WEIGHT = 0.5;

/** Analyzes a text for matching: stems weigh 1 per occurrence, compound parts 0.5, weak parts nothing. */
export function analyze(text: string, weight = 1): AnalyzedText {
  const result: AnalyzedText = { terms: new Map(), concepts: new Set(), surface: new Map() };
  addText(result, text, weight);
  return result;
}

/** Adds a further text to an analysis (for example the description, with a lower weight). */
export function addText(into: AnalyzedText, text: string, weight: number): void {
  for (const { word, surface } of words(text)) {
    const add = (term: string, w: number) => {
      into.terms.set(term, (into.terms.get(term) ?? 0) + w);
      if (!into.surface.has(term)) {
        into.surface.set(term, surface);
      }
      const concept = conceptOf(term);
      if (concept) {
        into.concepts.add(concept);
      }
    };
    for (const stem of stemsOf(word)) {
      add(stem, weight);
    }
    for (const part of compoundParts(word)) {
      if (!WEAK_PARTS.has(part)) {
        add(part, weight * PART_WEIGHT);
      }
    }
  }
}

/** Every form a document can be found by: folded words, their stems and all compound parts. */
export function searchTermsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const { word } of words(text)) {
    // Both spellings of umlauts: "Oezlem" finds Özlem as "Ozlem" does.
    for (const variant of foldVariants(word)) {
      terms.add(variant);
    }
    for (const stem of stemsOf(word)) {
      terms.add(stem);
    }
    for (const part of compoundParts(word)) {
      terms.add(part);
    }
  }
  return terms;
}

/** The forms a query word may take in a document: the folded word and its stems. */
export function queryForms(word: string): string[] {
  return [...new Set([fold(word), ...stemsOf(word)])];
}
