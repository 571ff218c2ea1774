/**
 * Figures of the hand-written evaluation sets for "People to meet" (issue 12), as written in README.md.
 *
 *   npx tsx bench/data/networking-eval/eval-set-stats.ts
 *
 * Word overlap is deliberately naive and independent of the matching code: lower-cased runs of
 * letters and digits of three or more characters, minus a short list of function words and the
 * verbs people use to introduce offers and needs. A partner pair "overlaps" when a word of one
 * side's needs occurs in the other side's offers, in either direction.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface EvalProfile {
  id: string;
  language: 'de' | 'en';
  offerText: string;
  seekText: string;
  offerTags: string[];
  seekTags: string[];
}

interface EvalSet {
  profiles: EvalProfile[];
  partners: [string, string][];
  traps: {
    stuffers: string[];
    colleagueGroups: string[][];
    oneSided: [string, string][];
    lookAlikes: [string, string][];
  };
}

const FUNCTION_WORDS = new Set(
  (
    'und oder für mit von vom zur zum der die das den dem des ein eine einer eines einem einen auf aus bei bis ' +
    'als auch wie wir uns unsere unser unseren unserer unserem sie ihr ihre ist sind wird werden kann können ' +
    'gern gerne sowie inkl bzw usw nach über unter pro per ab noch nur sehr mehr alle jede jeder neue neuen ' +
    'suchen suche gesucht bieten biete angebot the and for with from our we are of to in on at by an or as ' +
    'who that this can also new all any into up per via looking offer offering seek seeking need needs'
  ).split(' '),
);

/** The content words of a text as this README counts them. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w)));
}

/** The 5-letter beginnings of a text's content words of five letters or more. */
function beginnings(words: Set<string>): Set<string> {
  return new Set([...words].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) {
    if (b.has(w)) {
      return true;
    }
  }
  return false;
}

/** Counts and shares of one evaluation set. */
export function describeSet(set: EvalSet): Record<string, number> {
  const byId = new Map(set.profiles.map((p) => [p.id, p]));
  const words = new Map(
    set.profiles.map((p) => [p.id, { offer: contentWords(p.offerText), seek: contentWords(p.seekText) }]),
  );
  let crossLanguage = 0;
  let noOverlap = 0;
  let noSharedBeginning = 0;
  for (const [a, b] of set.partners) {
    const pa = byId.get(a);
    const pb = byId.get(b);
    const wa = words.get(a);
    const wb = words.get(b);
    if (!pa || !pb || !wa || !wb) {
      throw new Error(`unknown id in pair ${a}/${b}`);
    }
    if (pa.language !== pb.language) {
      crossLanguage += 1;
    }
    if (!intersects(wa.seek, wb.offer) && !intersects(wb.seek, wa.offer)) {
      noOverlap += 1;
    }
    const [sa, oa, sb, ob] = [wa.seek, wa.offer, wb.seek, wb.offer].map(beginnings);
    if (sa && oa && sb && ob && !intersects(sa, ob) && !intersects(sb, oa)) {
      noSharedBeginning += 1;
    }
  }
  const degree = new Map<string, number>();
  for (const [a, b] of set.partners) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const degrees = [...degree.values()];
  const pairs = set.partners.length;
  const trapPeople = new Set([...set.traps.stuffers, ...set.traps.colleagueGroups.flat()]);
  return {
    profiles: set.profiles.length,
    german: set.profiles.filter((p) => p.language === 'de').length,
    english: set.profiles.filter((p) => p.language === 'en').length,
    withTags: set.profiles.filter((p) => p.offerTags.length + p.seekTags.length > 0).length,
    partnerPairs: pairs,
    minPartners: Math.min(...degrees),
    maxPartners: Math.max(...degrees),
    meanPartners: Math.round((200 * pairs) / degree.size) / 100,
    crossLanguageShare: Math.round((1000 * crossLanguage) / pairs) / 1000,
    noWordOverlapShare: Math.round((1000 * noOverlap) / pairs) / 1000,
    noSharedBeginningShare: Math.round((1000 * noSharedBeginning) / pairs) / 1000,
    stuffers: set.traps.stuffers.length,
    colleagueGroups: set.traps.colleagueGroups.length,
    trapPeopleShare: Math.round((1000 * trapPeople.size) / set.profiles.length) / 1000,
    oneSided: set.traps.oneSided.length,
    lookAlikes: set.traps.lookAlikes.length,
  };
}

function loadSet(name: string): EvalSet {
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as EvalSet;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['set-a.json', 'set-b.json']) {
    try {
      console.log(name, describeSet(loadSet(name)));
    } catch (error) {
      console.log(name, (error as Error).message);
    }
  }
}
