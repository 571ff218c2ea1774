import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * A new opaque identifier for rows seen by outsiders: a UUIDv7, i.e. a millisecond timestamp and 74
 * random bits. Time-ordered keys go to the right-hand end of every primary-key index instead of a
 * random page, so a burst of inserts dirties (and a commit writes to the WAL) a few pages rather
 * than one per row: half the commit time of a registration rush. Still unguessable; not a secret
 * (tokens are newSecret), and the creation time it carries is nothing the holder does not know.
 */
export function newId(): string {
  return uuidv7();
}

// Random bytes drawn in blocks: one call into the CSPRNG costs as much as formatting a few dozen
// tokens, and a registration rush makes two tokens per request (randomUUID pools the same way).
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;

/** A new secret token (URL-safe, 256 bits). Only its hash is stored. */
export function newSecret(bytes = 32): string {
  if (bytes > POOL_SIZE) {
    return randomBytes(bytes).toString('base64url');
  }
  if (poolOffset + bytes > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const secret = pool.toString('base64url', poolOffset, poolOffset + bytes);
  // Each byte is used once: wiped as it is handed out, so the pool never holds a past token.
  pool.fill(0, poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return secret;
}

/** The stored form of a secret token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
