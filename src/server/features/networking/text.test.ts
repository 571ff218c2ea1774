import { describe, expect, it } from 'vitest';
import { analyze, compoundParts, fold, queryForms, searchTermsOf, words } from './text.js';

describe('text analysis for matching and search', () => {
  it('folds case, umlauts and ß', () => {
    expect(fold('Ladesäulen Straße CO₂')).toBe('ladesaulen strasse co2');
  });

  it('drops German and English stop words and profile filler', () => {
    expect(
      words('Wir bieten Partnern die Ladeinfrastruktur and we offer batteries').map((w) => w.word),
    ).toEqual(['ladeinfrastruktur', 'batteries']);
  });

  it('splits German compounds on known parts, with linking letters', () => {
    expect(compoundParts('Ladesäulen')).toEqual(['lade', 'saul']);
    expect(compoundParts('Ladeinfrastruktur')).toEqual(['lade', 'infrastruktur']);
    expect(compoundParts('Batteriezellen')).toEqual(['batteri', 'zell']);
    expect(compoundParts('Wasserstoff')).toEqual([]);
  });

  it('relates "Ladesäulen" and "Ladeinfrastruktur" through a shared part and concept', () => {
    const a = analyze('Ladesäulen für Gewerbegebiete');
    const b = analyze('Ladeinfrastruktur');
    expect(a.terms.has('lade') && b.terms.has('lade')).toBe(true);
    expect([...a.concepts]).toContain('charging');
    expect([...b.concepts]).toContain('charging');
  });

  it('finds German and English word forms', () => {
    const doc = searchTermsOf('Wir bauen Ladesäule und battery packs');
    expect(queryForms('Ladesäulen').some((f) => doc.has(f))).toBe(true);
    expect(queryForms('batteries').some((f) => doc.has(f))).toBe(true);
  });
});
