import { describe, expect, it } from 'vitest';
import { extractConcepts } from './concepts.js';
import { baseThesaurus } from './thesaurus.js';

const th = baseThesaurus();

/** The ids of the specific concepts a text names. */
function ids(text: string): string[] {
  return [...extractConcepts(th, text).weights.keys()].map((c) => th.concepts[c]!.id).sort();
}

function surfaceOf(text: string, id: string): string | undefined {
  return extractConcepts(th, text).surfaces.get(th.byId.get(id)!);
}

describe('concept extraction: German compounds', () => {
  it('splits compounds into parts mapped to concepts', () => {
    expect(ids('Batteriezellfertigung')).toEqual(['battery-cell-production']);
    expect(ids('Wasserstofftankstelle')).toEqual(['hydrogen-refuelling']);
    expect(ids('Ladeinfrastrukturplanung')).toContain('charging-infrastructure');
    expect(ids('Großbatteriespeicher')).toEqual(['battery-storage']);
    expect(ids('Schnellladesäulenhersteller')).toEqual(['fast-charging']);
    expect(ids('Leichtbaukarosserien')).toEqual(['car-body', 'lightweight-construction']);
  });

  it('does not split English words or words whose known part covers little of them', () => {
    expect(ids('support')).toEqual([]);
    expect(ids('important')).toEqual([]);
    expect(ids('Schokolade')).toEqual([]);
  });

  it('does not read a generic word inside a compound as a concept: a Werksparkplatz is no manufacturer', () => {
    // "Werke"/"plants" once named the concept of manufacturing companies, so "Ladesäulen für unseren
    // Werksparkplatz" sought manufacturers and "the carbon balance of a whole plant" offered them.
    expect(ids('Ladesäulen für unseren Werksparkplatz')).not.toContain('manufacturing-companies');
    expect(ids('Werkstoffprüfung')).not.toContain('manufacturing-companies');
    expect(ids('experience with the carbon balance of a whole plant')).not.toContain(
      'manufacturing-companies',
    );
  });

  it('reads inflected forms, hyphens and ae/oe/ue spellings as the same concept', () => {
    for (const text of [
      'Ladesäule',
      'Ladesäulen',
      'Ladesaeulen',
      'Lade-Säulen',
      'charging point',
      'charging points',
    ]) {
      expect(ids(text), text).toEqual(['charging-hardware']);
    }
    for (const text of ['Wärmepumpe', 'Waermepumpen', 'heat pumps']) {
      expect(ids(text), text).toEqual(['heat-pumps']);
    }
    for (const text of ['E-Mobilität', 'Elektromobilität', 'e-mobility', 'electric vehicles']) {
      expect(ids(text), text).toEqual(['electromobility']);
    }
  });

  it('takes a long word one edit away from a label as that label', () => {
    expect(ids('Batteriezellferigung')).toEqual(['battery-cell-production']);
    expect(ids('Elektrolyseuere')).toEqual(['electrolysis']);
    // Short words are not guessed.
    expect(ids('Bahm')).toEqual([]);
  });
});

describe('concept extraction: phrases in both languages', () => {
  it('recognizes multi-word phrases, also across function words', () => {
    expect(ids('predictive maintenance')).toEqual(['predictive-maintenance']);
    expect(ids('vorausschauende Wartung unserer Pressen')).toContain('predictive-maintenance');
    expect(ids('Förderung von Verbundprojekten')).toEqual(['collaborative-projects']);
    expect(ids('hydrogen filling stations')).toEqual(['hydrogen-refuelling']);
    expect(ids('cell manufacturing')).toEqual(['battery-cell-production']);
  });

  it('composes two concepts named together into the narrower one', () => {
    expect(ids('Wir suchen Partner für die Fertigung von Batteriezellen')).toEqual([
      'battery-cell-production',
    ]);
    expect(ids('Recycling von Batteriemodulen')).toEqual(['battery-recycling']);
    expect(ids('recycling of lithium-ion batteries')).toEqual(['battery-recycling']);
    expect(ids('Beratung zu Fördermitteln')).toEqual(['grant-consulting']);
    expect(ids('Datenanalyse')).toEqual(['data-analytics']);
  });

  it('does not compose across a comma', () => {
    expect(ids('Batterien, Recycling')).toEqual(['battery', 'recycling']);
  });

  it('keeps the words as written for the reason', () => {
    expect(surfaceOf('Wir bauen Ladesäulen für Gewerbegebiete', 'charging-hardware')).toBe('Ladesäulen');
    expect(surfaceOf('Fertigung von Batteriezellen', 'battery-cell-production')).toBe(
      'Fertigung von Batteriezellen',
    );
  });
});

describe('concept extraction: what never carries a match', () => {
  it('keeps generic words apart from the concepts that score', () => {
    const result = extractConcepts(th, 'Innovative Lösungen, Beratung, Daten und Kooperation');
    expect(result.weights.size).toBe(0);
    expect(result.generic.size).toBeGreaterThanOrEqual(4);
  });

  it('tells look-alike subjects apart', () => {
    expect(ids('Recyclingpapier')).toEqual(['recycled-paper']);
    expect(ids('Batterierecycling')).toEqual(['battery-recycling']);
    expect(ids('Batteriezellfertigung')).not.toContain('battery-recycling');
    expect(ids('Wasserstofftankstellen')).not.toContain('electrolysis');
    expect(ids('Elektrolyseure')).not.toContain('hydrogen-refuelling');
  });

  it('matches acronyms only when written in capitals', () => {
    expect(ids('IT-Sicherheit')).toEqual(['cybersecurity']);
    expect(ids('KI für die Qualitätsprüfung')).toEqual(['artificial-intelligence', 'quality-inspection']);
    expect(ids('it is what we do, am Standort')).toEqual([]);
  });

  it('saturates a concept repeated many times', () => {
    const once = extractConcepts(th, 'Wasserstoff').weights.get(th.byId.get('hydrogen')!)!;
    const often = extractConcepts(
      th,
      'Wasserstoff, Wasserstoff, Wasserstoff, Wasserstoff, Wasserstoff',
    ).weights.get(th.byId.get('hydrogen')!)!;
    expect(often).toBeLessThanOrEqual(once * 1.3);
  });
});
