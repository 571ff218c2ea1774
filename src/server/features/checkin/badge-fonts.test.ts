import { describe, expect, it } from 'vitest';
import { printableText } from './badge-fonts.js';

describe('printableText', () => {
  it('keeps every Latin, Greek and Cyrillic letter of names from around Dresden', () => {
    for (const name of [
      'Antonín Dvořák',
      'Łukasz Wróbel',
      'Jana Ščerbová',
      'Jěwa Cyžowa',
      'Zsófia Kőszegi',
      'Şükrü Çelik',
      'Nguyễn Văn Anh',
      'Ελένη Παπαδοπούλου',
      'Олена Шевченко',
      'Jörg Müller – Groß & Söhne',
    ]) {
      expect(printableText(name)).toBe(name);
    }
  });

  it('composes letters typed as base letter plus combining accent', () => {
    expect(printableText('Dvor\u030Ca\u0301k')).toBe('Dvořák');
  });

  it('prints letters of scripts the font lacks as question marks, keeping the rest', () => {
    expect(printableText('王小明 (Wang)')).toBe('??? (Wang)');
    expect(printableText('שרה Levi')).toBe('??? Levi');
  });
});
