import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemGerman } from '@orama/stemmers/german';

/**
 * The words of profile texts and thesaurus labels, normalized the same way on both sides: lower
 * case, ß as ss, accents and umlauts folded (ä → a), hyphens and "&" inside a word dropped
 * ("E-Mobilität" → emobilitat, "F&E" → fe), function words removed, clauses counted so that a phrase
 * or a combination of two concepts never reaches across a comma or a full stop.
 */
export interface Token {
  /** Folded form without hyphens. */
  key: string;
  /** As written. */
  surface: string;
  /** Written in capitals (an acronym such as IT, KI, PV): only then does it match an acronym label. */
  upper: boolean;
  clause: number;
  /** Index among the content words of the text. */
  position: number;
  start: number;
  end: number;
  /** The parts of a hyphenated word ("H2-Tankstelle" → H2, Tankstelle), as tokens of their own. */
  parts: Token[];
}

/** German and English function words (folded); they never start, end or carry a concept. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the of for and or to in on at by with from into onto as via per vs
   our we us you your their they them it its is are be been being this that these those which who
   also both either any all some such other more most very well including include includes e.g eg etc
   der die das den dem des ein eine einer einem einen eines und oder fur von vom zu zum zur im in
   am an auf aus bei beim mit nach uber unter vor durch gegen ohne um als wie sowie bzw sowohl auch
   wir uns unser unsere unseren unserem unserer sie ihr ihre ihren ihrem ihrer es ist sind sein
   werden wird wurde haben hat dies diese dieser dieses diesen jede jeder jedes alle allen
   z.b zb u.a ua insbesondere etwa ca sehr gern gerne bieten biete bietet suchen suche sucht
   offer offers offering seek seeks seeking looking need needs want wish`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Folds a word or label for lookup: lower case, ß → ss, no accents, no hyphens, no "&" or apostrophes. */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-‐‑&'’.]/g, '');
}

const WORD = /[\p{L}\p{N}]+(?:[-‐‑&'’.][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[,;:.!?()[\]\n•·|/]/;

function isUpper(surface: string): boolean {
  return /^[\p{Lu}\p{N}]{2,5}$/u.test(surface) && /\p{Lu}/u.test(surface);
}

function tokenOf(surface: string, start: number, clause: number, position: number): Token {
  const pieces = surface.split(/[-‐‑]/).filter((p) => p !== '');
  const parts =
    pieces.length > 1
      ? pieces.map((p) => ({
          key: foldKey(p),
          surface: p,
          upper: isUpper(p),
          clause,
          position,
          start,
          end: start + surface.length,
          parts: [],
        }))
      : [];
  return {
    key: foldKey(surface),
    surface,
    upper: isUpper(surface),
    clause,
    position,
    start,
    end: start + surface.length,
    parts,
  };
}

/** The content words of a text in order, with clause numbers; function words and single letters dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (CLAUSE_BREAK.test(text.slice(last, start))) {
      clause += 1;
    }
    last = start + match[0].length;
    const token = tokenOf(match[0], start, clause, position);
    if (token.key.length < 2 || (!token.upper && FUNCTION_WORDS.has(token.key))) {
      continue;
    }
    tokens.push(token);
    position += 1;
  }
  return tokens;
}

const MEMO_LIMIT = 100_000;
const formMemo = new Map<string, string[]>();

/** German Snowball stem of a folded word. */
export function stemDe(key: string): string {
  return stemGerman(key);
}

/** English Snowball stem of a folded word. */
export function stemEn(key: string): string {
  return stemEnglish(key);
}

/** Every form a text word may match a label by: the folded word, its German and its English stem. */
export function formsOf(key: string): string[] {
  const known = formMemo.get(key);
  if (known) {
    return known;
  }
  if (formMemo.size >= MEMO_LIMIT) {
    formMemo.clear();
  }
  const forms = [...new Set([key, stemDe(key), stemEn(key)])];
  formMemo.set(key, forms);
  return forms;
}

/** The form of a label word in its language (labels are indexed under one stem). */
export function labelForm(key: string, language: 'de' | 'en'): string {
  return language === 'de' ? stemDe(key) : stemEn(key);
}

/** Whether a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
