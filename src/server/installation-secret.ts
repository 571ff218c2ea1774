import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';

/**
 * The installation's secret of this name: made on first use and stored, so every instance on the same
 * database shares it. Two instances starting at once both try to insert; the first wins, both read it.
 */
export async function loadInstallationSecret(db: Kysely<Database>, name: string): Promise<Buffer> {
  const find = () =>
    db.selectFrom('installationSecrets').select('value').where('name', '=', name).executeTakeFirst();
  const existing = await find();
  if (existing) {
    return Buffer.from(existing.value, 'base64url');
  }
  await db
    .insertInto('installationSecrets')
    .values({ name, value: randomBytes(32).toString('base64url'), createdAt: new Date().toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await find();
  if (!row) {
    throw new Error(`installation secret ${name} could not be stored`);
  }
  return Buffer.from(row.value, 'base64url');
}

/** Signs and checks short values (guest ids) with HMAC-SHA256 under one key. */
export function createSigner(key: Buffer) {
  const mac = (value: string) => createHmac('sha256', key).update(value).digest('base64url');
  return {
    /** `value.mac`, for a cookie. */
    sign: (value: string): string => `${value}.${mac(value)}`,
    /** The value when the mac is right, else null (constant-time comparison). */
    verify(signed: string): string | null {
      const dot = signed.lastIndexOf('.');
      if (dot <= 0) {
        return null;
      }
      const value = signed.slice(0, dot);
      const given = Buffer.from(signed.slice(dot + 1));
      const expected = Buffer.from(mac(value));
      return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
    },
  };
}
export type Signer = ReturnType<typeof createSigner>;
