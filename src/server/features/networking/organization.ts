/**
 * Who belongs to one organization, however its name is written: "Stadtwerke X" and
 * "STADTWERKE X – Netzbetrieb", "Technische Universität Y" and "TU Y", "Müller GmbH" and
 * "Mueller GmbH & Co. KG", "Universität Leipzig" and "Leipzig University". Colleagues are never
 * recommended to each other, and two people of one organization never share a top five.
 */

// Legal forms and filler words that do not tell two organizations apart.
const DROPPED = new Set([
  'gmbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'gbr',
  'ug',
  'ev',
  'eg',
  'se',
  'co',
  'mbh',
  'haftungsbeschrankt',
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'corp',
  'corporation',
  'sarl',
  'sa',
  'bv',
  'nv',
  'spa',
  'srl',
  'sro',
  'spzoo',
  'gruppe',
  'group',
  'holding',
  'und',
  'and',
  'der',
  'die',
  'das',
  'des',
  'fur',
  'for',
  'of',
  'the',
  'am',
  'an',
  'in',
  'zu',
  'demo',
]);

// Abbreviations and spellings of the same word.
const SAME_WORD: Record<string, string[]> = {
  tu: ['technische', 'universitat'],
  th: ['technische', 'hochschule'],
  hs: ['hochschule'],
  fh: ['hochschule'],
  htw: ['hochschule', 'technik', 'wirtschaft'],
  fachhochschule: ['hochschule'],
  uni: ['universitat'],
  univ: ['universitat'],
  university: ['universitat'],
  universitaet: ['universitat'],
  technical: ['technische'],
  technology: ['technik'],
  institute: ['institut'],
  stadtwerk: ['stadtwerke'],
  swm: ['stadtwerke'],
  ibz: ['ingenieurburo'],
};

/** The words of an organization name: folded, abbreviations expanded, legal forms dropped, a department after "–", "," or "(" cut off. */
export function organizationWords(name: string): string[] {
  const main = name.split(/\s[–—-]\s|[–—,(|;]|\s\/\s/)[0] ?? name;
  const words = main
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' und ')
    .split(/[^a-z0-9]+/)
    .map((w) => w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'))
    .flatMap((w) => SAME_WORD[w] ?? [w])
    .filter((w) => w !== '' && !DROPPED.has(w));
  return [...new Set(words)].sort();
}

/** The key that makes differently written names of one organization one: its sorted words. */
export function organizationKey(name: string): string {
  return organizationWords(name).join(' ') || name.trim().toLowerCase();
}

// Words that alone do not name one organization ("Stadtwerke" ⊂ "Stadtwerke Leipzig" says nothing).
const GENERIC_NAME_WORDS = new Set([
  'stadtwerke',
  'hochschule',
  'universitat',
  'technische',
  'institut',
  'fraunhofer',
  'energie',
  'energy',
  'logistik',
  'logistics',
  'systems',
  'systeme',
  'technik',
  'technologies',
  'solutions',
  'services',
  'consulting',
  'sachsen',
  'saxony',
  'sachsische',
  'deutschland',
  'germany',
  'international',
  'stadt',
  'landkreis',
  'werk',
  'plant',
  'wirtschaft',
  'verband',
  'netzwerk',
  'cluster',
  'ingenieurburo',
  'industries',
  'automotive',
  'mobility',
]);

const PUBLIC_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'web.de',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  't-online.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'live.com',
  'live.de',
  'yahoo.com',
  'yahoo.de',
  'icloud.com',
  'me.com',
  'posteo.de',
  'mailbox.org',
  'freenet.de',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'arcor.de',
  'example.org',
  'example.com',
  'example.net',
]);

/** The organization's mail domain from an address ("a@mail.tu-dresden.de" → tu-dresden.de), or '' for public mail services. */
export function mailDomain(email: string | undefined): string {
  const host = email?.split('@')[1]?.trim().toLowerCase() ?? '';
  const labels = host.split('.').filter((l) => l !== '');
  if (labels.length < 2) {
    return '';
  }
  const twoLevel = labels.length >= 3 && /^(co|com|ac|org|gov)$/.test(labels[labels.length - 2]!);
  const domain = labels.slice(twoLevel ? -3 : -2).join('.');
  return PUBLIC_MAIL.has(domain) || PUBLIC_MAIL.has(host) ? '' : domain;
}

export interface OrganizationIdentity {
  key: string;
  words: readonly string[];
  /** Whether the name has a word that alone may name one organization (not "Stadtwerke", "Hochschule"). */
  distinctive: boolean;
  domain: string;
}

/** An organization as compared for colleagues: the words of its name and the mail domain (given, or of the address). */
export function organizationIdentity(name: string, email?: string, domain?: string): OrganizationIdentity {
  const words = organizationWords(name);
  return {
    key: words.join(' ') || name.trim().toLowerCase(),
    words,
    distinctive: words.some((w) => !GENERIC_NAME_WORDS.has(w) && w.length >= 3),
    domain: domain !== undefined && domain !== '' ? domain : mailDomain(email),
  };
}

function wordIn(word: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (w === word || (word.length >= 4 && w.length >= 4 && (w.startsWith(word) || word.startsWith(w)))) {
      return true;
    }
  }
  return false;
}

/**
 * Whether two people work for one organization: the same name key, the same (non-public) mail domain,
 * or all distinctive words of one name inside the other ("Stadtwerke X" and "Stadtwerke X Netze").
 */
export function sameOrganization(a: OrganizationIdentity, b: OrganizationIdentity): boolean {
  if (a.key === b.key || (a.domain !== '' && a.domain === b.domain)) {
    return true;
  }
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (!short.distinctive || short.words.length === 0) {
    return false;
  }
  for (const w of short.words) {
    if (!wordIn(w, long.words)) {
      return false;
    }
  }
  return true;
}
