import { describe, expect, it } from 'vitest';
import { extractConcepts } from './concepts.js';
import {
  baseThesaurus,
  compileThesaurus,
  loadBaseConcepts,
  mergeConcepts,
  RELATION_WEIGHTS,
} from './thesaurus.js';

const th = baseThesaurus();
const id = (name: string) => th.byId.get(name)!;
const sim = (need: string, offer: string) =>
  th.neighbours[id(need)]!.find((n) => n.concept === id(offer))?.sim ?? 0;

describe('the competence thesaurus', () => {
  it('has hundreds of concepts, each with German and English labels and unique ids', () => {
    const source = loadBaseConcepts();
    expect(source.length).toBeGreaterThanOrEqual(230);
    expect(new Set(source.map((c) => c.id)).size).toBe(source.length);
    for (const c of source) {
      expect(c.prefLabel.de.trim(), c.id).not.toBe('');
      expect(c.prefLabel.en.trim(), c.id).not.toBe('');
    }
  });

  it('refers only to concepts it holds, and no concept is broader than itself', () => {
    const source = loadBaseConcepts();
    const known = new Set(source.map((c) => c.id));
    for (const c of source) {
      for (const ref of [...(c.broader ?? []), ...(c.related ?? []), ...(c.composedOf ?? []).flat()]) {
        expect(known.has(ref), `${c.id} → ${ref}`).toBe(true);
      }
    }
    for (const c of th.concepts) {
      for (const b of c.broader) {
        expect(th.concepts[b]!.ancestors.has(c.index), `${c.id} is broader than itself`).toBe(false);
      }
    }
  });

  it('relates concepts: exact strongest, then narrower, broader and related, siblings weakly, others not', () => {
    expect(sim('battery-recycling', 'battery-recycling')).toBe(RELATION_WEIGHTS.exact);
    expect(sim('battery', 'battery-recycling')).toBe(RELATION_WEIGHTS.narrower);
    expect(sim('battery-recycling', 'battery')).toBe(RELATION_WEIGHTS.broader);
    expect(sim('battery-recycling', 'battery-cell-production')).toBeCloseTo(RELATION_WEIGHTS.sibling * 0.8);
    expect(sim('battery-recycling', 'battery-cell')).toBe(RELATION_WEIGHTS.sibling);
    expect(sim('battery-recycling', 'recycled-paper')).toBe(0);
    expect(sim('hydrogen-refuelling', 'electrolysis')).toBe(RELATION_WEIGHTS.sibling);
    expect(sim('charging-infrastructure', 'grid-connection')).toBe(RELATION_WEIGHTS.related);
    // Two subjects under a domain root ("Logistik") are not siblings.
    expect(sim('last-mile', 'intralogistics')).toBe(0);
  });

  it('takes an event’s own concepts beside the shipped ones', () => {
    const extended = compileThesaurus(
      mergeConcepts(loadBaseConcepts(), [
        {
          id: 'textile-recycling',
          prefLabel: { de: 'Textilrecycling', en: 'textile recycling' },
          altLabel: { de: ['Alttextilien', 'Faser-zu-Faser-Recycling'], en: ['fibre-to-fibre recycling'] },
          broader: ['recycling'],
          related: ['textiles'],
        },
      ]),
    );
    const found = extractConcepts(extended, 'Wir suchen Alttextilien').weights;
    expect([...found.keys()].map((c) => extended.concepts[c]!.id)).toEqual(['textile-recycling']);
    expect(extended.concepts[extended.byId.get('recycling')!]!.narrower).toContain(
      extended.byId.get('textile-recycling'),
    );
  });
});
