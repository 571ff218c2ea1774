import { describe, expect, it } from 'vitest';
import { newSecret } from './ids.js';

describe('newSecret', () => {
  it('gives URL-safe tokens of the asked length, never the same twice, across many pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i += 1) {
      const bytes = [32, 12, 24, 7][i % 4]!;
      const secret = newSecret(bytes);
      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(bytes);
      seen.add(secret);
    }
    expect(seen.size).toBe(2_000);
    expect(Buffer.from(newSecret(5_000), 'base64url')).toHaveLength(5_000);
  });
});
