import { describe, expect, it } from 'vitest';
import { safeNextPath } from './accounts.js';

describe('safeNextPath', () => {
  it('keeps paths of this site', () => {
    for (const path of ['/', '/me/events', '/events/industriedialog-2027?tab=1#programme']) {
      expect(safeNextPath(path)).toBe(path);
    }
  });

  it('refuses other hosts, scripts and what a browser would turn into another host', () => {
    for (const path of [
      null,
      '',
      'me/events',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      `/${'a'.repeat(300)}`,
    ]) {
      expect(safeNextPath(path)).toBeNull();
    }
  });
});
