import { readdirSync, readFileSync } from 'node:fs';
import { thesaurusConceptSchema, type ThesaurusConcept } from '../../../contract/networking.js';
import type { FieldProblem } from '../../errors.js';
import { foldKey, labelForm, stemDe, tokenize } from './concept-text.js';

/**
 * The bilingual competence thesaurus (SKOS-shaped JSON under ./thesaurus/), compiled once at start
 * into lookup tables: label phrases by their first word's form, German compound parts, a one-edit
 * typo index, the relations between concepts and, for every concept sought, the concepts offered
 * that meet it with their similarity. An event may add concepts of its own (organizer import).
 */

/** How well an offered concept meets a sought one, by their relation. Exact is 1. */
export const RELATION_WEIGHTS = {
  exact: 1,
  /** The offer is narrower than the need (need "battery", offer "battery recycling"). */
  narrower: 0.8,
  narrower2: 0.6,
  /** The offer is broader than the need (need "battery recycling", offer "battery technology"). */
  broader: 0.5,
  broader2: 0.3,
  related: 0.5,
  /** Both share a broader concept that is not a domain root. */
  sibling: 0.25,
} as const;

export interface CompiledConcept {
  index: number;
  id: string;
  prefLabel: { de: string; en: string };
  tag?: string;
  generic: boolean;
  top: boolean;
  /** Named by two others together (battery recycling = battery + recycling). */
  composite: boolean;
  broader: number[];
  narrower: number[];
  related: number[];
  /** The concept and everything broader than it. */
  ancestors: ReadonlySet<number>;
}

export interface PhraseEntry {
  /** The label's words as forms (German or English stem, or ^ACRONYM). */
  forms: string[];
  concepts: number[];
}

export interface Piece {
  concepts: number[];
  /** Only a part inside a compound (hidden label): may not end a word on its own. */
  hidden: boolean;
}

export interface Composition {
  composite: number;
  a: number;
  b: number;
}

export interface Thesaurus {
  concepts: CompiledConcept[];
  byId: ReadonlyMap<string, number>;
  phrases: ReadonlyMap<string, PhraseEntry[]>;
  pieces: ReadonlyMap<string, Piece>;
  longestPiece: number;
  /** Label words of seven or more letters by first letter and length, for one-edit typos. */
  typoBuckets: ReadonlyMap<string, string[]>;
  typoTargets: ReadonlyMap<string, number[]>;
  compositions: Composition[];
  /** For a sought concept: the offered concepts that meet it, and how well. */
  neighbours: { concept: number; sim: number }[][];
  /** The same as a dense matrix: sim[sought * concepts.length + offered] (0 when unrelated). */
  sim: Float32Array;
  source: readonly ThesaurusConcept[];
}

const THESAURUS_DIR = new URL('./thesaurus/', import.meta.url);

/** The concepts shipped with CrossDialog (every JSON file of ./thesaurus/, in name order). */
export function loadBaseConcepts(): ThesaurusConcept[] {
  const files = readdirSync(THESAURUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const data = JSON.parse(readFileSync(new URL(file, THESAURUS_DIR), 'utf8')) as { concepts: unknown[] };
    return data.concepts.map((c) => thesaurusConceptSchema.parse(c));
  });
}

const ACRONYM = /^[\p{Lu}\p{N}]{2,4}$/u;

function labelsOf(c: ThesaurusConcept, kind: 'alt' | 'hidden'): { text: string; language: 'de' | 'en' }[] {
  const group = kind === 'alt' ? c.altLabel : c.hiddenLabel;
  const out: { text: string; language: 'de' | 'en' }[] = [];
  if (kind === 'alt') {
    out.push({ text: c.prefLabel.de, language: 'de' }, { text: c.prefLabel.en, language: 'en' });
  }
  for (const text of group?.de ?? []) {
    out.push({ text, language: 'de' });
  }
  for (const text of group?.en ?? []) {
    out.push({ text, language: 'en' });
  }
  return out;
}

/** German inflection and linking forms of a word used as a compound part. */
function pieceVariants(key: string, language: 'de' | 'en'): string[] {
  if (key.length < 4) {
    // Short parts ("F&E" → fe) would be found inside unrelated words.
    return [key];
  }
  const variants = [key, `${key}s`];
  if (language === 'de') {
    const stem = stemDe(key);
    if (stem.length >= 5) {
      variants.push(stem);
    }
    variants.push(`${key}n`, `${key}en`, `${key}e`, `${key}es`, `${key}er`);
    if (key.endsWith('e')) {
      variants.push(key.slice(0, -1));
    }
  }
  return variants;
}

function addPhrase(
  phrases: Map<string, PhraseEntry[]>,
  byKey: Map<string, PhraseEntry>,
  forms: string[],
  concept: number,
): void {
  const key = forms.join(' ');
  const same = byKey.get(key);
  if (same) {
    if (!same.concepts.includes(concept)) {
      same.concepts.push(concept);
    }
    return;
  }
  const entry = { forms, concepts: [concept] };
  byKey.set(key, entry);
  const list = phrases.get(forms[0]!) ?? [];
  list.push(entry);
  phrases.set(forms[0]!, list);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) {
      list.push(value);
    }
  } else {
    map.set(key, [value]);
  }
}

/** The typo bucket of a word: its first letter (rarely mistyped) and its length. */
export function typoBucket(first: string, length: number): string {
  return `${first}${length}`;
}

/** Merges concept lists: a later concept with the same id replaces the earlier one (an event's own version). */
export function mergeConcepts(...lists: readonly (readonly ThesaurusConcept[])[]): ThesaurusConcept[] {
  const byId = new Map<string, ThesaurusConcept>();
  for (const list of lists) {
    for (const c of list) {
      byId.set(c.id, c);
    }
  }
  return [...byId.values()];
}

/** Compiles concepts into the lookup tables; unknown ids in relations are ignored. */
export function compileThesaurus(source: readonly ThesaurusConcept[]): Thesaurus {
  const byId = new Map(source.map((c, index) => [c.id, index]));
  const ids = (list: readonly string[] | undefined) =>
    (list ?? []).map((id) => byId.get(id)).filter((i): i is number => i !== undefined);
  const concepts: CompiledConcept[] = source.map((c, index) => ({
    index,
    id: c.id,
    prefLabel: c.prefLabel,
    tag: c.tag,
    generic: c.generic ?? false,
    top: c.top ?? false,
    composite: (c.composedOf ?? []).length > 0,
    broader: ids(c.broader),
    narrower: [],
    related: [],
    ancestors: new Set<number>(),
  }));
  source.forEach((c, index) => {
    for (const b of ids(c.broader)) {
      if (b !== index && !concepts[b]!.narrower.includes(index)) {
        concepts[b]!.narrower.push(index);
      }
    }
    for (const n of ids(c.narrower)) {
      if (n !== index && !concepts[index]!.narrower.includes(n)) {
        concepts[index]!.narrower.push(n);
        concepts[n]!.broader.push(index);
      }
    }
    for (const r of ids(c.related)) {
      if (r === index) {
        continue;
      }
      if (!concepts[index]!.related.includes(r)) {
        concepts[index]!.related.push(r);
      }
      if (!concepts[r]!.related.includes(index)) {
        concepts[r]!.related.push(index);
      }
    }
  });
  for (const c of concepts) {
    const seen = new Set<number>([c.index]);
    const stack = [...c.broader];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (!seen.has(b)) {
        seen.add(b);
        stack.push(...concepts[b]!.broader);
      }
    }
    c.ancestors = seen;
  }

  const phrases = new Map<string, PhraseEntry[]>();
  const phraseKeys = new Map<string, PhraseEntry>();
  const pieceConcepts = new Map<string, number[]>();
  const hiddenPieces = new Set<string>();
  const visiblePieces = new Set<string>();
  const typoTargets = new Map<string, number[]>();
  source.forEach((c, index) => {
    for (const { text, language } of labelsOf(c, 'alt')) {
      const tokens = tokenize(text);
      // A label with a one-letter word ("Tier 1", "Power to X") would lose it and match too much.
      if (tokens.length === 0 || text.split(/[\s/]+/).some((w) => foldKey(w).length === 1)) {
        continue;
      }
      const acronym = tokens.length === 1 && ACRONYM.test(text.trim());
      const forms = acronym ? [`^${tokens[0]!.key}`] : tokens.map((t) => labelForm(t.key, language));
      if (!acronym && forms.length === 1 && forms[0]!.length < 3) {
        continue;
      }
      addPhrase(phrases, phraseKeys, forms, index);
      if (tokens.length >= 2 && tokens.length <= 3) {
        // "car body" is also written "car-body" or "carbody": one word.
        addPhrase(phrases, phraseKeys, [labelForm(tokens.map((t) => t.key).join(''), language)], index);
      }
      if (tokens.length === 1 && !acronym) {
        const key = tokens[0]!.key;
        for (const v of pieceVariants(key, language)) {
          if (v.length >= 3) {
            addTo(pieceConcepts, v, index);
            visiblePieces.add(v);
          }
        }
        if (key.length >= 7) {
          for (const v of language === 'de' ? [key, `${key}n`, `${key}en`, `${key}s`] : [key, `${key}s`]) {
            addTo(typoTargets, v, index);
          }
        }
      }
    }
    for (const { text, language } of labelsOf(c, 'hidden')) {
      const key = foldKey(text.replace(/\s+/g, ''));
      for (const v of pieceVariants(key, language)) {
        if (v.length >= 2) {
          addTo(pieceConcepts, v, index);
          hiddenPieces.add(v);
        }
      }
    }
  });
  for (const list of phrases.values()) {
    list.sort((a, b) => b.forms.length - a.forms.length);
  }
  const pieces = new Map<string, Piece>();
  for (const [key, list] of pieceConcepts) {
    pieces.set(key, { concepts: list, hidden: hiddenPieces.has(key) && !visiblePieces.has(key) });
  }
  const typoBuckets = new Map<string, string[]>();
  for (const word of typoTargets.keys()) {
    addTo(typoBuckets, typoBucket(word[0]!, word.length), word);
  }

  const compositions: Composition[] = [];
  source.forEach((c, index) => {
    for (const [a, b] of c.composedOf ?? []) {
      const ai = byId.get(a);
      const bi = byId.get(b);
      if (ai !== undefined && bi !== undefined) {
        compositions.push({ composite: index, a: ai, b: bi });
      }
    }
  });

  const neighbours = concepts.map((c) => neighboursOf(c, concepts));
  const sim = new Float32Array(concepts.length * concepts.length);
  neighbours.forEach((list, sought) => {
    for (const { concept, sim: value } of list) {
      sim[sought * concepts.length + concept] = value;
    }
  });

  return {
    concepts,
    byId,
    phrases,
    pieces,
    longestPiece: Math.max(0, ...[...pieces.keys()].map((k) => k.length)),
    typoBuckets,
    typoTargets,
    compositions,
    neighbours,
    sim,
    source,
  };
}

/** The offered concepts that meet a sought concept, best relation kept. */
function neighboursOf(sought: CompiledConcept, all: CompiledConcept[]): { concept: number; sim: number }[] {
  const best = new Map<number, number>();
  const put = (concept: number, sim: number) => {
    if (all[concept]!.generic) {
      return;
    }
    if (sim > 0 && (best.get(concept) ?? 0) < sim) {
      best.set(concept, sim);
    }
  };
  const w = RELATION_WEIGHTS;
  put(sought.index, w.exact);
  for (const n of sought.narrower) {
    put(n, w.narrower);
    for (const nn of all[n]!.narrower) {
      put(nn, w.narrower2);
    }
  }
  for (const b of sought.broader) {
    const parent = all[b]!;
    if (parent.top) {
      continue;
    }
    put(b, w.broader);
    for (const bb of parent.broader) {
      if (!all[bb]!.top) {
        put(bb, w.broader2);
      }
    }
    // Siblings and their children share the parent: a weak match ("battery recycling" and
    // "battery cell production" under "battery technology").
    for (const sibling of parent.narrower) {
      if (sibling !== sought.index) {
        put(sibling, w.sibling);
        for (const nephew of all[sibling]!.narrower) {
          put(nephew, w.sibling * 0.8);
        }
      }
    }
  }
  for (const r of sought.related) {
    put(r, w.related);
  }
  return [...best].map(([concept, sim]) => ({ concept, sim }));
}

let base: Thesaurus | undefined;

/** The shipped thesaurus, compiled on first use. */
export function baseThesaurus(): Thesaurus {
  base ??= compileThesaurus(loadBaseConcepts());
  return base;
}

const compiledForEvents = new Map<string, Thesaurus>();

/** The shipped thesaurus with an event's own concepts (compiled once per distinct extension, a few kept). */
export function thesaurusWith(extension: readonly ThesaurusConcept[]): Thesaurus {
  if (extension.length === 0) {
    return baseThesaurus();
  }
  const key = JSON.stringify(extension);
  let compiled = compiledForEvents.get(key);
  if (!compiled) {
    compiled = compileThesaurus(mergeConcepts(baseThesaurus().source, extension));
    if (compiledForEvents.size >= 8) {
      compiledForEvents.delete(compiledForEvents.keys().next().value!);
    }
    compiledForEvents.set(key, compiled);
  }
  return compiled;
}

/** What is wrong with an event's own concepts: an id twice, or a relation to a concept nobody defines. */
export function checkExtension(concepts: readonly ThesaurusConcept[]): FieldProblem[] {
  const known = new Set(baseThesaurus().byId.keys());
  concepts.forEach((c) => known.add(c.id));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  concepts.forEach((c, i) => {
    if (seen.has(c.id)) {
      problems.push({ field: `concepts.${i}.id`, key: 'field.duplicate_key' });
    }
    seen.add(c.id);
    for (const kind of ['broader', 'narrower', 'related'] as const) {
      (c[kind] ?? []).forEach((ref, j) => {
        if (!known.has(ref)) {
          problems.push({
            field: `concepts.${i}.${kind}.${j}`,
            key: 'field.unknown_concept',
            params: { id: ref },
          });
        }
      });
    }
    (c.composedOf ?? []).forEach((pair, j) => {
      pair.forEach((ref, k) => {
        if (!known.has(ref)) {
          problems.push({
            field: `concepts.${i}.composedOf.${j}.${k}`,
            key: 'field.unknown_concept',
            params: { id: ref },
          });
        }
      });
    });
  });
  return problems;
}
