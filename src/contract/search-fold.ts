/**
 * Search over people folds case and accents in TypeScript, the same for SQLite and PostgreSQL (whose
 * lower() differ) and for the check-in desk's offline list: "Özlem", "özlem", "OZLEM" and "Oezlem" all
 * find Özlem, "dvorak" finds Dvořák, "ελενη" finds Ελένη. Stored rows carry the folded text in a
 * `search_text` column; a query is folded the same way and compared with LIKE.
 */

// Letters that Unicode does not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
  ς: 'σ',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

// German umlauts may be typed as two letters (Oezlem, Mueller): both spellings are searchable.
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** Lower case without accents or marks, special letters spelled out (ł → l, ß → ss), spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(LETTER_PATTERN, (c) => LETTERS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded text, and when it has German umlauts also the spelling with ae, oe, ue. */
export function foldVariants(text: string): string[] {
  const folded = foldText(text);
  const lower = text.normalize('NFC').toLowerCase();
  if (!/[äöü]/.test(lower)) {
    return [folded];
  }
  const spelled = foldText(lower.replace(/[äöü]/g, (c) => UMLAUTS[c] ?? c));
  return spelled === folded ? [folded] : [folded, spelled];
}

/** The stored search text of a person: every field in every spelling, one per line. */
export function searchTextOf(fields: string[]): string {
  const parts = new Set<string>();
  for (const field of fields) {
    for (const variant of foldVariants(field)) {
      if (variant) {
        parts.add(variant);
      }
    }
  }
  return [...parts].join('\n');
}

const MAX_QUERY_WORDS = 6;

/** A query as words, each with its spellings; a match must contain every word in one of its spellings. */
export function searchWords(query: string): string[][] {
  return query
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => foldVariants(word))
    .filter((variants) => variants[0] !== '');
}

/** A LIKE pattern finding the folded word anywhere, with %, _ and \ taken literally (escape '\'). */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Whether a stored search text matches the query (the same rule as the database query). */
export function matchesSearch(searchText: string, query: string): boolean {
  return searchWords(query).every((variants) => variants.some((v) => searchText.includes(v)));
}

/** The search text of a person or registration: full name, email and organization. */
export function personSearchText(p: {
  firstName: string;
  lastName: string;
  email: string;
  organization: string;
}): string {
  return searchTextOf([`${p.firstName} ${p.lastName}`, p.email, p.organization]);
}
