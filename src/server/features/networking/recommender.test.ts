import { describe, expect, it } from 'vitest';
import { createRecommendationIndex, type PairScorer, type ProfileForMatching } from './recommender.js';

function profile(id: string, overrides: Partial<ProfileForMatching> = {}): ProfileForMatching {
  return {
    personId: id,
    organizationKey: `org-${id}`,
    sector: 'other',
    offerTags: [],
    seekTags: [],
    offerText: '',
    seekText: '',
    aboutText: '',
    topics: [],
    language: 'de',
    ...overrides,
  };
}

const energy = profile('energy', {
  sector: 'energy',
  offerTags: ['charging'],
  seekTags: ['lightweight'],
  offerText: 'Wir planen und betreiben Ladesäulen für Gewerbegebiete.',
  seekText: 'Leichtbau für Wallbox-Gehäuse',
});
const supplier = profile('supplier', {
  sector: 'supplier',
  offerTags: ['lightweight'],
  seekTags: ['charging'],
  offerText: 'Leichtbauteile aus Faserverbund',
  seekText: 'Ladeinfrastruktur für unser Werk',
});

describe('recommendation index', () => {
  it('recommends a reciprocal pair with the reason both ways', () => {
    const index = createRecommendationIndex();
    index.upsert(energy);
    index.upsert(supplier);
    const [top] = index.topFor('energy', 5);
    expect(top?.personId).toBe('supplier');
    expect(top?.reason.theyOfferYouSeekTags).toEqual(['lightweight']);
    expect(top?.reason.youOfferTheySeekTags).toEqual(['charging']);
    expect(top?.reason.otherSector).toBe(true);
  });

  it('needs both to gain: a one-sided fit is no recommendation', () => {
    const index = createRecommendationIndex();
    index.upsert(energy);
    index.upsert(profile('taker', { sector: 'it', seekTags: ['charging'], seekText: 'Ladesäulen' }));
    expect(index.topFor('energy', 5)).toEqual([]);
    expect(index.explain('energy', 'taker')?.youOfferTheySeekTags).toEqual(['charging']);
  });

  it('never recommends colleagues of the same organization, oneself, or blocked people', () => {
    const index = createRecommendationIndex();
    index.upsert(energy);
    index.upsert({ ...supplier, organizationKey: energy.organizationKey });
    expect(index.topFor('energy', 5)).toEqual([]);
    index.upsert(supplier);
    expect(index.topFor('energy', 5, new Set(['supplier']))).toEqual([]);
    expect(index.topFor('energy', 5).map((r) => r.personId)).toEqual(['supplier']);
  });

  it('favours another sector over the same sector for the same fit', () => {
    const index = createRecommendationIndex();
    index.upsert(energy);
    index.upsert(supplier);
    index.upsert({ ...supplier, personId: 'twin', organizationKey: 'org-twin', sector: 'energy' });
    expect(index.topFor('energy', 5).map((r) => r.personId)).toEqual(['supplier', 'twin']);
  });

  it('relates German compounds in free text without tags', () => {
    const index = createRecommendationIndex();
    index.upsert(profile('a', { offerText: 'Ladesäulen', seekText: 'Recycling von Batterien' }));
    index.upsert(
      profile('b', { offerText: 'battery recycling', seekText: 'Ladeinfrastruktur', sector: 'it' }),
    );
    const [top] = index.topFor('a', 5);
    expect(top?.personId).toBe('b');
    // Reasons name only what both wrote: a's own word for what b seeks, never an inferred tag.
    expect(top?.reason.youOfferTheySeekTags).toEqual([]);
    expect(top?.reason.youOfferTheySeekTerms).toEqual(['Ladesäulen']);
    expect(top?.reason.theyOfferYouSeekTerms).toEqual(['battery recycling']);
  });

  it('updates one profile without rebuilding: a changed need changes the list', () => {
    const index = createRecommendationIndex();
    index.upsert(energy);
    index.upsert(supplier);
    index.upsert({ ...supplier, seekTags: ['hydrogen'], seekText: 'Wasserstoff' });
    expect(index.topFor('energy', 5)).toEqual([]);
    index.remove('supplier');
    expect(index.has('supplier')).toBe(false);
    expect(index.size).toBe(1);
  });

  it('takes another scorer behind the PairScorer interface', () => {
    const everyone: PairScorer = { score: () => 1 };
    const index = createRecommendationIndex({ scorer: everyone });
    index.upsert(energy);
    index.upsert(profile('x', { sector: 'it' }));
    expect(index.topFor('energy', 5).map((r) => r.personId)).toEqual(['x']);
  });
});
