import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from './admin-export.js';

/** Reads one field back as a spreadsheet would (quotes removed, doubled quotes undone). */
function readBack(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

describe('CSV fields', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('Gläserne Manufaktur; Dresden')).toBe('"Gläserne Manufaktur; Dresden"');
    expect(csvField('Sagt "Hallo"')).toBe('"Sagt ""Hallo"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('Müller')).toBe('Müller');
  });

  it('neutralizes formulas with a leading quote', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+49 351 123')).toBe("'+49 351 123");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('never lets any text start a cell with a formula character, and keeps the text readable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cell = readBack(csvField(text));
        expect(cell).toMatch(/^(?![=+\-@\t\r])/);
        expect(cell).not.toMatch(/^\s*[=+\-@]/);
        expect([text, `'${text}`]).toContain(cell);
        expect(csvField(text).startsWith('"') || !/[;,"\t\r\n]/.test(cell)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV fields read by a program that splits at commas', () => {
  it('quotes commas and tabs, so a formula after a comma stays inside its cell', () => {
    expect(csvField('Müller,=HYPERLINK("x")')).toBe('"Müller,=HYPERLINK(""x"")"');
    expect(csvField('a\t=1+1')).toBe('"a\t=1+1"');
  });

  it('neutralizes a formula behind leading blanks and full-width signs', () => {
    expect(csvField(' =1+1')).toBe("' =1+1");
    expect(csvField('\u00a0@SUM(A1)')).toBe("'\u00a0@SUM(A1)");
    expect(csvField('＝1+1')).toBe("'＝1+1");
  });
});
