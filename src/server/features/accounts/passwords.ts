import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;

// ~49,000 passwords seen most often in breaches (zxcvbn-ts list), lower-cased for lookup.
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** The message key of the first rule a new password breaks, or null if it is acceptable. */
export function checkPasswordRules(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return 'field.password_too_short';
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890|abcdefghijkl)/.test(lower)) {
    return 'field.password_common';
  }
  return null;
}

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified when the email is unknown, so that the answer takes as long as for a real account.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('crossdialog-timing-equalizer');
  await verifyPassword(await dummyHash, password);
}
