import { describe, expect, it } from 'vitest';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.js';

describe('password rules', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(checkPasswordRules('kurz-1234')).toBe('field.password_too_short');
  });

  it('refuses common passwords of 12 characters and more', () => {
    expect(checkPasswordRules('123456789012')).toBe('field.password_common');
    expect(checkPasswordRules('aaaaaaaaaaaaaaa')).toBe('field.password_common');
  });

  it('accepts a long uncommon passphrase', () => {
    expect(checkPasswordRules('Ladesäule-Wasserstoff-2020')).toBeNull();
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Ladesäule-Wasserstoff-2020');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'Ladesäule-Wasserstoff-2020')).toBe(true);
    expect(await verifyPassword(hash, 'Ladesaeule-Wasserstoff-2020')).toBe(false);
    // argon2id with 64 MiB takes about a second per call on a busy 2-core CI machine.
  }, 30_000);
});
