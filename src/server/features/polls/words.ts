import { POLL_LIMITS } from '../../../contract/polls.js';

/** A word cloud entry: the key it is counted under and the spelling shown. */
export interface NormalizedWord {
  key: string;
  display: string;
}

/**
 * Normalizes one word-cloud answer: Unicode NFKC, control characters removed, inner whitespace
 * collapsed, punctuation and symbols trimmed from both ends; counted case-insensitively ("Wasserstoff",
 * " wasserstoff! " and "WASSERSTOFF" are one word). Null when nothing is left or it is too long.
 */
export function normalizeWord(input: string): NormalizedWord | null {
  const display = input
    .normalize('NFKC')
    .replace(/\p{Cc}|\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  if (display.length === 0 || display.length > POLL_LIMITS.wordMax) {
    return null;
  }
  return { key: display.toLocaleLowerCase('de'), display };
}

/** The distinct normalized words of one answer, in the order given; null when any word is unusable. */
export function normalizeWords(inputs: readonly string[]): NormalizedWord[] | null {
  const seen = new Map<string, NormalizedWord>();
  for (const input of inputs) {
    const word = normalizeWord(input);
    if (!word) {
      return null;
    }
    if (!seen.has(word.key)) {
      seen.set(word.key, word);
    }
  }
  return [...seen.values()];
}
