import type { Kysely } from 'kysely';
import type { OutboxMail } from '../../../contract/outbox.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { createOutboxRepository } from './repository.js';

interface Deps {
  db: Kysely<Database>;
}

/** Organizers read the mails of the outbox: without SMTP_URL this is where double opt-in links are found. */
export function createOutboxService({ db }: Deps) {
  const repo = createOutboxRepository(db);

  return {
    /** One page of mails, newest first, starting after the mail `before` (an id of an earlier page). */
    async listOutboxMails(
      actor: Actor,
      page: { limit: number; before?: string },
    ): Promise<{ mails: OutboxMail[]; nextBefore: string | null }> {
      if (actor.kind === 'anonymous') {
        throw new AppError('unauthenticated');
      }
      if (actor.role !== 'organizer') {
        throw new AppError('forbidden');
      }
      const cursor = page.before ? await repo.findMailById(page.before) : undefined;
      if (page.before && !cursor) {
        throw new AppError('not_found');
      }
      // One row more than asked tells whether an older page exists.
      const rows = await repo.listMails(page.limit + 1, cursor);
      const mails = rows.slice(0, page.limit).map((row) => ({
        id: row.id,
        kind: row.kind,
        to: row.toAddress,
        subject: row.subject,
        status: row.status,
        attempts: row.attempts,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
        textBody: row.textBody,
      }));
      const hasMore = rows.length > page.limit;
      return { mails, nextBefore: hasMore ? (mails[mails.length - 1]?.id ?? null) : null };
    },
  };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
