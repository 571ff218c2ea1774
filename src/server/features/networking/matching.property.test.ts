import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizationKey } from './organization.js';
import { createRecommendationIndex, type ProfileForMatching } from './recommender.js';

/** Subjects worded differently in German and English (the words never overlap). */
const SUBJECTS = [
  { de: 'Ladesäulen für Gewerbegebiete', en: 'charging points for business parks' },
  { de: 'Batteriezellfertigung', en: 'cell manufacturing' },
  { de: 'Recycling von Batteriemodulen', en: 'battery recycling' },
  { de: 'Wasserstofftankstellen', en: 'hydrogen refuelling stations' },
  { de: 'Elektrolyseure', en: 'electrolysers' },
  { de: 'Fördermittelberatung', en: 'help with grant applications' },
  { de: 'Leichtbauteile aus Faserverbund', en: 'fibre composite parts' },
  { de: 'fahrerlose Transportsysteme', en: 'autonomous mobile robots' },
  { de: 'vorausschauende Wartung', en: 'predictive maintenance' },
  { de: 'IT-Sicherheit', en: 'cybersecurity' },
  { de: 'Wärmepumpen', en: 'heat pumps' },
  { de: 'Carsharing', en: 'car sharing' },
  { de: 'Klimakammern', en: 'climate chambers' },
  { de: 'Prüfstände für E-Motoren', en: 'test benches for electric motors' },
] as const;
const SECTORS = ['oem', 'supplier', 'energy', 'it', 'research', 'logistics'];

type Language = 'de' | 'en';
const words = (subjects: number[], language: Language) =>
  subjects.map((s) => SUBJECTS[s]![language]).join(', ');

function profile(
  id: string,
  organization: string,
  spec: Partial<ProfileForMatching> = {},
): ProfileForMatching {
  return {
    personId: id,
    organizationKey: organizationKey(organization),
    organization,
    sector: 'other',
    offerTags: [],
    seekTags: [],
    offerText: '',
    seekText: '',
    aboutText: '',
    topics: [],
    language: 'de',
    ...spec,
  };
}

const subjectList = fc.uniqueArray(fc.integer({ min: 0, max: SUBJECTS.length - 1 }), {
  minLength: 1,
  maxLength: 3,
});
const randomProfile = (i: number) =>
  fc
    .record({
      offers: subjectList,
      seeks: subjectList,
      language: fc.constantFrom<Language>('de', 'en'),
      sector: fc.constantFrom(...SECTORS),
    })
    .map(({ offers, seeks, language, sector }) =>
      profile(`r${i}`, `Firma ${i}`, {
        sector,
        language,
        offerText: `Wir bieten ${words(offers, language)}.`,
        seekText: `Wir suchen ${words(seeks, language)}.`,
      }),
    );
const background = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => randomProfile(i))));

const rankOf = (list: { personId: string }[], id: string) => {
  const at = list.findIndex((r) => r.personId === id);
  return at < 0 ? Infinity : at;
};

describe('recommendations: properties', () => {
  it('a keyword stuffer never outranks a true partner with the same concepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SUBJECTS.length - 1 }),
        fc.integer({ min: 0, max: SUBJECTS.length - 1 }),
        fc.uniqueArray(fc.integer({ min: 0, max: SUBJECTS.length - 1 }), { minLength: 5, maxLength: 10 }),
        fc.constantFrom<Language>('de', 'en'),
        fc.boolean(),
        background,
        (x, y, extra, language, stuffsNeedsToo, others) => {
          fc.pre(x !== y);
          const other: Language = language === 'de' ? 'en' : 'de';
          const index = createRecommendationIndex();
          others.forEach((p) => index.upsert(p));
          index.upsert(
            profile('viewer', 'Viewer AG', {
              sector: 'oem',
              offerText: words([y], language),
              seekText: words([x], language),
            }),
          );
          index.upsert(
            profile('z-partner', 'Partner GmbH', {
              sector: 'energy',
              offerText: words([x], other),
              seekText: words([y], other),
            }),
          );
          index.upsert(
            profile('a-stuffer', 'Stuffer GmbH', {
              sector: 'it',
              offerText: words([...new Set([x, ...extra])], other),
              // Some stuffers list every need too; others seek exactly what the partner seeks.
              seekText: words(stuffsNeedsToo ? [...new Set([y, ...extra])] : [y], other),
            }),
          );
          const list = index.topFor('viewer', 20);
          // (The stuffer's id sorts first, so a tie would rank it above the partner.)
          expect(rankOf(list, 'z-partner')).toBeLessThan(Infinity);
          expect(rankOf(list, 'z-partner')).toBeLessThan(rankOf(list, 'a-stuffer'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never lists a colleague, however the company name is written', () => {
    const companies = [
      ['Stadtwerke Zwickau', 'STADTWERKE ZWICKAU – Netzbetrieb', 'Stadtwerke Zwickau GmbH, Vertrieb'],
      ['Technische Universität Chemnitz', 'TU Chemnitz', 'TU Chemnitz (Professur Fahrzeugsystemdesign)'],
      ['Müller Präzisionsteile GmbH', 'Mueller Praezisionsteile', 'MÜLLER PRÄZISIONSTEILE GMBH & CO. KG'],
      ['Hochschule Mittweida', 'HS Mittweida'],
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            company: fc.integer({ min: 0, max: companies.length - 1 }),
            spelling: fc.nat(),
            offers: subjectList,
            seeks: subjectList,
            language: fc.constantFrom<Language>('de', 'en'),
          }),
          { minLength: 2, maxLength: 14 },
        ),
        (people) => {
          const index = createRecommendationIndex();
          people.forEach((p, i) => {
            const names = companies[p.company]!;
            index.upsert(
              profile(`p${i}`, names[p.spelling % names.length]!, {
                sector: SECTORS[i % SECTORS.length]!,
                offerText: words(p.offers, p.language),
                seekText: words(p.seeks, p.language),
              }),
            );
          });
          people.forEach((p, i) => {
            for (const r of index.topFor(`p${i}`, 20)) {
              expect(people[Number(r.personId.slice(1))]!.company).not.toBe(p.company);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is reciprocal and symmetric: b is in a’s list with the score a has in b’s', () => {
    fc.assert(
      fc.property(background, (others) => {
        const index = createRecommendationIndex();
        others.forEach((p) => index.upsert(p));
        for (const a of others) {
          for (const r of index.topFor(a.personId, 50)) {
            const back = index.topFor(r.personId, 50).find((x) => x.personId === a.personId);
            expect(back?.score).toBeCloseTo(r.score, 9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adding a true complementary offer never lowers that pair’s rank', () => {
    fc.assert(
      fc.property(
        background,
        fc.nat(),
        fc.nat(),
        fc.constantFrom<Language>('de', 'en'),
        (others, v, c, language) => {
          fc.pre(others.length >= 2);
          const viewer = others[v % others.length]!;
          const candidate = others[c % others.length]!;
          fc.pre(viewer !== candidate);
          const needed = SUBJECTS.findIndex(
            (s) => viewer.seekText.includes(s.de) || viewer.seekText.includes(s.en),
          );
          const index = createRecommendationIndex();
          others.forEach((p) => index.upsert(p));
          const before = rankOf(index.topFor(viewer.personId, 50), candidate.personId);
          index.upsert({ ...candidate, offerText: `${candidate.offerText} ${SUBJECTS[needed]![language]}.` });
          const after = rankOf(index.topFor(viewer.personId, 50), candidate.personId);
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('gives reasons only in words both people wrote or tags both chose', () => {
    fc.assert(
      fc.property(background, (others) => {
        const index = createRecommendationIndex();
        const tagged = others.map((p, i) => ({
          ...p,
          offerTags: i % 2 === 0 ? ['battery', 'charging'] : [],
          seekTags: i % 3 === 0 ? ['charging', 'funding'] : ['battery'],
        }));
        tagged.forEach((p) => index.upsert(p));
        const byId = new Map(tagged.map((p) => [p.personId, p]));
        for (const viewer of tagged) {
          for (const { personId, reason } of index.topFor(viewer.personId, 50)) {
            const other = byId.get(personId)!;
            const offerOf = (p: ProfileForMatching) => `${p.offerText} ${p.aboutText}`.toLowerCase();
            reason.theyOfferYouSeekTerms.forEach((t) => expect(offerOf(other)).toContain(t.toLowerCase()));
            reason.youOfferTheySeekTerms.forEach((t) => expect(offerOf(viewer)).toContain(t.toLowerCase()));
            reason.theyOfferYouSeekTags.forEach((t) => {
              expect(other.offerTags).toContain(t);
              expect(viewer.seekTags).toContain(t);
            });
            reason.youOfferTheySeekTags.forEach((t) => {
              expect(viewer.offerTags).toContain(t);
              expect(other.seekTags).toContain(t);
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
