import type { ProfileCard } from '../../../contract/networking.js';
import type { ProfileForMatching } from './recommender.js';
import type { ProfileRow, VisibleProfileRow } from './repository.js';

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Legal forms and filler words that do not tell two organizations apart.
const LEGAL_FORMS = new Set([
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ev',
  'eg',
  'se',
  'co',
  'mbh',
  'haftungsbeschrankt',
  'ltd',
  'inc',
  'llc',
  'plc',
  'sarl',
  'sa',
  'bv',
  'und',
  'and',
  'demo',
]);

/**
 * The key that makes "Beispiel Energie GmbH" and "beispiel energie gmbh & Co. KG" one organization:
 * case, accents, punctuation and legal forms removed.
 */
export function organizationKey(name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !LEGAL_FORMS.has(w));
  return words.join(' ') || name.trim().toLowerCase();
}

/** A visible profile as its card: fields public to the event's participants, never contact details. */
export function toProfileCard(row: VisibleProfileRow): ProfileCard {
  return {
    personId: row.personId,
    firstName: row.firstName,
    lastName: row.lastName,
    organization: row.organization,
    sector: row.sector,
    position: row.position,
    description: row.description,
    offerText: row.offerText,
    seekText: row.seekText,
    offerTags: parseList(row.offerTags),
    seekTags: parseList(row.seekTags),
    topics: parseList(row.topics),
    languages: parseList(row.languages),
    textLanguage: row.textLanguage,
  };
}

/** The profile as the recommender sees it. */
export function toMatchingProfile(row: ProfileRow): ProfileForMatching {
  return {
    personId: row.personId,
    organizationKey: row.organizationKey,
    sector: row.sector,
    offerTags: parseList(row.offerTags),
    seekTags: parseList(row.seekTags),
    offerText: row.offerText,
    seekText: row.seekText,
    aboutText: [row.position, row.description].join(' '),
    topics: parseList(row.topics),
    language: row.textLanguage,
  };
}
