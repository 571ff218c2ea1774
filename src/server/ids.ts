import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new opaque identifier for rows seen by outsiders. */
export function newId(): string {
  return randomUUID();
}

/** A new secret token (URL-safe, 256 bits). Only its hash is stored. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** The stored form of a secret token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
