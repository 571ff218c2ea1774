import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** Plural forms differ by language (German and English both have one and other); compare the base key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

// The web app loads only the visitor's language (no fallback to German texts, setup.ts): a key
// missing in one language would show as the bare key.
describe('the texts of the web app', () => {
  const namespaces = fs.readdirSync(path.join(here, 'de')).filter((f) => f.endsWith('.json'));

  it('has the same namespaces in German and English', () => {
    expect(
      fs
        .readdirSync(path.join(here, 'en'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(namespaces.sort());
  });

  it.each(namespaces)('has every key of %s in both languages', (file) => {
    const read = (language: string) =>
      new Set(keysOf(JSON.parse(fs.readFileSync(path.join(here, language, file), 'utf8'))).map(base));
    const de = read('de');
    const en = read('en');
    expect(
      [...de].filter((k) => !en.has(k)),
      'missing in English',
    ).toEqual([]);
    expect(
      [...en].filter((k) => !de.has(k)),
      'missing in German',
    ).toEqual([]);
  });
});
