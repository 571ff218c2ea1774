import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { MailHistory, OutboxMail, OutboxPage, OutboxQuery } from '../../../contract/outbox.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { redactSecrets } from '../../mail/redact.js';
import type { Actor } from '../../plugins/auth.js';
import { createOutboxRepository, type MailRow } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  /**
   * True when SMTP_URL is set. Then the mails reach their recipients for real, and the links in them
   * (sign-in, confirmation, personal pages) are redacted here: whoever reads the outbox must not be
   * able to act as the recipient. Without a mail server the outbox is how the organizer who runs
   * CrossDialog on their own machine finishes a double opt-in, so the links stay readable.
   */
  smtpConfigured: boolean;
}

/** The newest mails of one person shown at once (a history longer than this is rare). */
const HISTORY_LIMIT = 100;

function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

function attachmentNames(json: string): string[] {
  try {
    return (JSON.parse(json) as { filename: string }[]).map((a) => a.filename);
  } catch {
    return [];
  }
}

function fullName(first: string | null, last: string | null): string | null {
  const name = [first, last].filter(Boolean).join(' ').trim();
  return name === '' ? null : name;
}

/** Organizers read the mails of the outbox: without SMTP_URL this is where double opt-in links are found. */
export function createOutboxService({ db, smtpConfigured }: Deps) {
  const repo = createOutboxRepository(db);

  function toMail(row: MailRow): OutboxMail {
    const locale: Locale = row.locale === 'en' ? 'en' : 'de';
    return {
      id: row.id,
      kind: row.kind,
      to: row.toAddress,
      toName:
        fullName(row.regFirstName, row.regLastName) ?? fullName(row.personFirstName, row.personLastName),
      eventId: row.eventId,
      eventTitle: row.eventTitle,
      registrationId: row.registrationId,
      locale,
      subject: row.subject,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      textBody: smtpConfigured ? redactSecrets(row.textBody, locale) : row.textBody,
      redacted: smtpConfigured,
      attachments: attachmentNames(row.attachments),
    };
  }

  return {
    /** One page of mails, newest first, matching the filters, starting after the mail `before`. */
    async listOutboxMails(actor: Actor, query: OutboxQuery): Promise<OutboxPage> {
      assertOrganizer(actor);
      const cursor = query.before ? await repo.findMailById(query.before) : undefined;
      if (query.before && !cursor) {
        throw new AppError('not_found');
      }
      const filter = { eventId: query.eventId, status: query.status, q: query.q || undefined };
      // One row more than asked tells whether an older page exists.
      const rows = await repo.listMails(query.limit + 1, filter, cursor);
      const mails = rows.slice(0, query.limit).map(toMail);
      const hasMore = rows.length > query.limit;
      return {
        mails,
        nextBefore: hasMore ? (mails[mails.length - 1]?.id ?? null) : null,
        smtpConfigured,
      };
    },

    /** The mails sent about one registration (and sign-in links to its address), newest first. */
    async listRegistrationMails(actor: Actor, registrationId: string): Promise<MailHistory> {
      assertOrganizer(actor);
      const reg = await repo.findRegistration(registrationId);
      if (!reg) {
        throw new AppError('not_found');
      }
      const rows = await repo.listMailsOfRegistration(reg, HISTORY_LIMIT);
      return { mails: rows.map(toMail), smtpConfigured };
    },
  };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
