import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findPersonMention } from '../../db/mentions.js';
import { signInPairKey } from './service.js';

/** Invitations to become organizer sent to the person's address (export: when, and whether taken). */
export async function exportInvitationsOf(personId: string, db: Kysely<Database>) {
  const who = await findPersonMention(db, personId);
  if (!who) {
    return [];
  }
  return db
    .selectFrom('organizerInvites')
    .select(['createdAt', 'expiresAt', 'acceptedAt'])
    .where('email', '=', who.email.toLowerCase())
    .orderBy('createdAt')
    .execute();
}

/** Erases what accounts keep by the person's address: invitations and failed sign-in attempts. */
export async function eraseAccountTracesOf(personId: string, trx: Transaction<Database>): Promise<void> {
  const who = await findPersonMention(trx, personId);
  if (!who) {
    return;
  }
  const email = who.email.toLowerCase();
  await trx.deleteFrom('organizerInvites').where('email', '=', email).execute();
  const pairPrefix = signInPairKey(email, '');
  await trx
    .deleteFrom('signInFailures')
    .where((eb) =>
      eb.or([
        eb('key', '=', `email:${email}`),
        eb(eb.fn('substr', ['key', eb.val(1), eb.val(pairPrefix.length)]), '=', pairPrefix),
      ]),
    )
    .execute();
}
