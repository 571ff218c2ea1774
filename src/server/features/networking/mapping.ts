import type { ProfileCard } from '../../../contract/networking.js';
import type { ProfileForMatching } from './recommender.js';
import type { ProfileRow, VisibleProfileRow } from './repository.js';

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export { organizationKey } from './organization.js';

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

/** The profile as the recommender sees it (with the mail domain when the row carries one, for colleagues). */
export function toMatchingProfile(row: ProfileRow & { mailDomain?: string }): ProfileForMatching {
  return {
    personId: row.personId,
    organizationKey: row.organizationKey,
    organization: row.organization,
    mailDomain: row.mailDomain,
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
