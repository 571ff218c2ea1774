import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { findPersonMention, mentionsPerson } from '../db/mentions.js';
import { redactSecrets } from './redact.js';

/** The mails sent (or due) to the person, for "download my data": texts with their links redacted. */
export async function exportMailsOf(personId: string, db: Kysely<Database>) {
  const who = await findPersonMention(db, personId);
  if (!who) {
    return [];
  }
  const rows = await db
    .selectFrom('outbox')
    .select(['kind', 'toAddress', 'locale', 'subject', 'textBody', 'status', 'createdAt', 'sentAt'])
    .where((eb) => eb.or([eb('personId', '=', personId), eb('toAddress', '=', who.email)]))
    .orderBy('createdAt')
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    to: row.toAddress,
    subject: row.subject,
    text: redactSecrets(row.textBody, row.locale === 'en' ? 'en' : 'de'),
    status: row.status,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  }));
}

/**
 * Erases every mail to the person and every mail that names them (by address, or by first and last
 * name, e.g. a meeting request to someone else), whatever its state: bodies and attachments included.
 */
export async function eraseMailsOf(personId: string, trx: Transaction<Database>): Promise<void> {
  const who = await findPersonMention(trx, personId);
  if (!who) {
    return;
  }
  await trx
    .deleteFrom('outbox')
    .where((eb) =>
      eb.or([
        eb('personId', '=', personId),
        eb(eb.fn('lower', ['toAddress']), '=', who.email.toLowerCase()),
        mentionsPerson(['subject', 'textBody', 'htmlBody'], who),
      ]),
    )
    .execute();
}
