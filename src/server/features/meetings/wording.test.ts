import { describe, expect, it } from 'vitest';
import { agendaLine, tableLocationLine } from './wording.js';

describe('agenda wording', () => {
  const place = { startsAt: '2020-02-06T13:20:00.000Z', timeZone: 'Europe/Berlin', tableNumber: 12 };
  const anna = { name: 'Anna Beispiel', organization: 'Beispiel Energie GmbH' };

  it('says time, table and the other person in the event zone, per language', () => {
    expect(agendaLine('de', place, anna)).toBe('14:20, Tisch 12: Anna Beispiel, Beispiel Energie GmbH');
    expect(agendaLine('en', place, anna)).toBe('2:20 pm, Table 12: Anna Beispiel, Beispiel Energie GmbH');
    expect(agendaLine('de', place, { name: 'Anna Beispiel', organization: '' })).toBe(
      '14:20, Tisch 12: Anna Beispiel',
    );
  });

  it('names the table with its location', () => {
    expect(tableLocationLine('de', 3, 'Foyer')).toBe('Foyer, Tisch 3');
    expect(tableLocationLine('en', 3, '')).toBe('Table 3');
  });
});
