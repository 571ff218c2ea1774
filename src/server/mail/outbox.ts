import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { reusableQuery } from '../db/reusable-query.js';
import { newId } from '../ids.js';

export interface MailMessage {
  kind: string;
  /** One mail per reason: a second enqueue with the same key is ignored (no mail twice). */
  dedupeKey: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** Files sent along (a ticket's .ics and QR code), stored base64 in the outbox row. */
  attachments?: MailAttachment[];
  /** What the mail is about: organizers filter the outbox by event and read a person's mail history. */
  about?: MailReference;
}

export interface MailReference {
  eventId?: string | null;
  registrationId?: string | null;
  personId?: string | null;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

function parseAttachments(json: string): { filename: string; contentType: string; content: Buffer }[] {
  const list = JSON.parse(json) as MailAttachment[];
  return list.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.contentBase64, 'base64'),
  }));
}

/** What the outbox asks of the network's brand (features/branding): the footer and the sender. */
export interface MailBrand {
  /** The mail with the network's footer added; a mail that has it already is left as it is. */
  decorate(message: MailMessage): MailMessage;
  /** The From display name (null keeps MAIL_FROM as configured) and the Reply-To address. */
  sender(): { name: string | null; replyTo: string | null };
}

interface OutboxDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  log: FastifyBaseLogger;
  /** Without it, mails go out as the templates wrote them, from MAIL_FROM. */
  brand?: MailBrand;
}

/** MAIL_FROM's address: `Name <a@b>` or a bare `a@b`. */
function addressOf(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1]?.trim() ?? mailFrom.trim();
}

const MAX_ATTEMPTS = 8;

interface NewOutboxRow {
  id: string;
  kind: string;
  dedupeKey: string;
  toAddress: string;
  locale: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  now: string;
  attachments: string;
  eventId: string | null;
  registrationId: string | null;
  personId: string | null;
}

/**
 * The transactional outbox of DESIGN.md: mails are rows written in the same transaction as the change
 * that causes them, then delivered by `drain()` with retries. Without SMTP_URL they are logged and kept
 * readable for organizers.
 */
export function createMailOutbox({ db, config, clock, log, brand }: OutboxDeps) {
  let transport: Transporter | null = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  let draining: Promise<number> | null = null;
  // Compiled once: every registration writes a mail, and building the query cost more than running it.
  const insertMail = reusableQuery((p: NewOutboxRow) =>
    db
      .insertInto('outbox')
      .values({
        id: p.id,
        kind: p.kind,
        dedupeKey: p.dedupeKey,
        toAddress: p.toAddress,
        locale: p.locale,
        subject: p.subject,
        textBody: p.textBody,
        htmlBody: p.htmlBody,
        status: 'pending',
        attempts: 0,
        lastError: null,
        availableAt: p.now,
        createdAt: p.now,
        sentAt: null,
        attachments: p.attachments,
        eventId: p.eventId,
        registrationId: p.registrationId,
        personId: p.personId,
      })
      .onConflict((oc) => oc.column('dedupeKey').doNothing()),
  );

  async function deliverBatch(): Promise<number> {
    const now = clock.now().toISOString();
    const due = await db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('availableAt', '<=', now)
      .orderBy('createdAt')
      .limit(50)
      .execute();
    let delivered = 0;
    for (const row of due) {
      // Claim the row first so that a second worker (another instance) does not send it too.
      const claimed = await db
        .updateTable('outbox')
        .set({
          attempts: row.attempts + 1,
          availableAt: new Date(clock.now().getTime() + 60_000).toISOString(),
        })
        .where('id', '=', row.id)
        .where('attempts', '=', row.attempts)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) {
        continue;
      }
      try {
        if (transport) {
          const sender = brand?.sender() ?? { name: null, replyTo: null };
          await transport.sendMail({
            from: sender.name
              ? { name: sender.name, address: addressOf(config.MAIL_FROM) }
              : config.MAIL_FROM,
            ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
            to: row.toAddress,
            // Stable per outbox row: a resend after a crash between SMTP accept and the row update is recognizable.
            messageId: `<${row.id}@crossdialog>`,
            subject: row.subject,
            text: row.textBody,
            html: row.htmlBody,
            headers: { 'X-CrossDialog-Kind': row.kind },
            attachments: parseAttachments(row.attachments),
          });
        } else {
          // Only that a mail is there: its body holds sign-in and personal links, which never reach a log.
          // Organizers read it in the admin outbox.
          log.info({ outboxId: row.id, kind: row.kind }, 'mail kept in the outbox (no SMTP_URL)');
        }
        await db
          .updateTable('outbox')
          .set({ status: transport ? 'sent' : 'logged', sentAt: clock.now().toISOString(), lastError: null })
          .where('id', '=', row.id)
          .execute();
        delivered += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        const backoffMs = Math.min(3_600_000, 2 ** attempts * 1000);
        await db
          .updateTable('outbox')
          .set({
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
            availableAt: new Date(clock.now().getTime() + backoffMs).toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
        log.warn({ err: error, outboxId: row.id }, 'mail delivery failed');
      }
    }
    return delivered;
  }

  return {
    /** Adds a mail to the outbox, inside the caller's transaction when one is given. */
    async enqueueMail(unbranded: MailMessage, trx?: Transaction<Database>): Promise<void> {
      const now = clock.now().toISOString();
      // The footer is added here, once for every kind of mail, so the stored row is what goes out.
      const message = brand ? brand.decorate(unbranded) : unbranded;
      await (trx ?? db).executeQuery(
        insertMail({
          id: newId(),
          kind: message.kind,
          dedupeKey: message.dedupeKey,
          toAddress: message.to,
          locale: message.locale,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html,
          now,
          attachments: JSON.stringify(message.attachments ?? []),
          eventId: message.about?.eventId ?? null,
          registrationId: message.about?.registrationId ?? null,
          personId: message.about?.personId ?? null,
        }),
      );
    },

    /** Delivers every due mail; concurrent calls share one run. Returns how many went out. */
    async drain(): Promise<number> {
      if (!draining) {
        draining = (async () => {
          let total = 0;
          for (;;) {
            const n = await deliverBatch();
            total += n;
            if (n === 0) {
              return total;
            }
          }
        })().finally(() => {
          draining = null;
        });
      }
      return draining;
    },

    /** Replaces the SMTP transport (tests point it at their own server). */
    useTransport(next: Transporter | null): void {
      transport = next;
    },
  };
}
export type MailOutbox = ReturnType<typeof createMailOutbox>;
