import { describe, expect, it } from 'vitest';
import { toCsv } from './export.js';

describe('toCsv', () => {
  it('quotes separators and quotes, keeps umlauts, and defuses formula starts', () => {
    const csv = toCsv({
      columns: ['Organisation', 'Anzahl'],
      rows: [
        ['Müller, Söhne & Co', 3],
        ['Der "Große" Verbund', -1],
        ['=HYPERLINK("x")', 0],
      ],
    });
    expect(csv).toBe(
      '\uFEFFOrganisation,Anzahl\r\n"Müller, Söhne & Co",3\r\n"Der ""Große"" Verbund",-1\r\n"\'=HYPERLINK(""x"")",0\r\n',
    );
  });
});
