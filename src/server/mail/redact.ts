import type { Locale } from '../../contract/locale.js';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;
const WORD_PATTERN = /[A-Za-z0-9_-]{20,}/g;
/** Query parameters whose value lets the holder act as someone (sign in, confirm, moderate). */
const SECRET_PARAMS = new Set(['token', 'key', 'secret', 'code']);
/** Paths whose next segment is a personal secret. */
const SECRET_PATHS = ['my-registration', 'invite', 'survey', 'host', 'agenda', 'magic'];

const MARKER: Record<Locale, string> = { de: '[Link entfernt]', en: '[link removed]' };
const TOKEN_MARKER: Record<Locale, string> = { de: '[Code entfernt]', en: '[code removed]' };

/**
 * A secret made by newSecret: 20 or more base64url characters mixing upper and lower case (256-bit
 * tokens are 43 characters, about 17 of them capitals). Slugs, UUIDs and words do not look like
 * that; the 16-character ticket code (which organizers see anyway) is shorter.
 */
export function looksLikeSecret(word: string): boolean {
  if (!/^[A-Za-z0-9_-]{20,}$/.test(word)) {
    return false;
  }
  const upper = word.replace(/[^A-Z]/g, '').length;
  const lower = word.replace(/[^a-z]/g, '').length;
  return upper >= 3 && lower >= 3;
}

function isSecretUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (
    segments.some(
      (s, i) => SECRET_PATHS.includes(segments[i - 1] ?? '') || looksLikeSecret(s.split('.')[0] ?? ''),
    )
  ) {
    return true;
  }
  for (const [name, value] of url.searchParams) {
    if (SECRET_PARAMS.has(name.toLowerCase()) || looksLikeSecret(value)) {
      return true;
    }
  }
  return looksLikeSecret(url.hash.slice(1));
}

/**
 * A mail's text without usable secrets: every link that carries a personal token (sign-in, confirm,
 * "my registration", invitation, survey, host list, calendar feed, moderation) is replaced by a
 * marker in the mail's language, and so is any other token-shaped word. Links without a secret (the
 * public event page) stay. Used where mails are shown once a real mail server delivers them.
 */
export function redactSecrets(text: string, locale: Locale): string {
  const withoutLinks = text.replace(URL_PATTERN, (url) => (isSecretUrl(url) ? MARKER[locale] : url));
  return withoutLinks.replace(WORD_PATTERN, (word) => (looksLikeSecret(word) ? TOKEN_MARKER[locale] : word));
}
