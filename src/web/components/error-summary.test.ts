import { describe, expect, it } from 'vitest';
import { summaryLabel } from './error-summary.js';

describe('summaryLabel', () => {
  it('drops closing punctuation so an entry never reads ".:"', () => {
    expect(summaryLabel('Branche')).toBe('Branche');
    expect(summaryLabel('Ich stimme zu.')).toBe('Ich stimme zu');
    expect(summaryLabel('Frage: ')).toBe('Frage');
    expect(summaryLabel('.')).toBeNull();
    expect(summaryLabel(null)).toBeNull();
  });

  it('leaves out a label that is a whole sentence', () => {
    expect(summaryLabel(`Ich willige ein, dass mein Profil ${'sehr '.repeat(20)}sichtbar ist.`)).toBeNull();
  });
});
