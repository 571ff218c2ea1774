import { z } from 'zod';

export const OUTBOX_PAGE_MAX = 100;
export const OUTBOX_SEARCH_MAX = 200;

/** What organizers filter by: delivered (sent over SMTP, or logged when there is no mail server), waiting, given up. */
export const OUTBOX_FILTER_STATUSES = ['delivered', 'pending', 'failed'] as const;
export type OutboxFilterStatus = (typeof OUTBOX_FILTER_STATUSES)[number];

// Not strict: every page may carry `?lang=`.
export const outboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(OUTBOX_PAGE_MAX).default(25),
  /** The id of the last mail of the previous page: the next page starts after it. */
  before: z.uuid().optional(),
  /** Only the mails about this event. */
  eventId: z.uuid().optional(),
  status: z.enum(OUTBOX_FILTER_STATUSES).optional(),
  /** Part of the address or of the recipient's name. */
  q: z.string().trim().max(OUTBOX_SEARCH_MAX).optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const outboxMailSchema = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  /** The recipient's name from their registration or account; null when unknown (an invitation). */
  toName: z.string().nullable(),
  eventId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  registrationId: z.string().nullable(),
  /** The language the mail is written in. */
  locale: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'logged', 'failed']),
  attempts: z.number().int(),
  /** Why the last attempt failed (a pending mail is tried again later). */
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  textBody: z.string(),
  /** True when links and tokens in the text were replaced (a mail server delivers the real mails). */
  redacted: z.boolean(),
  attachments: z.array(z.string()),
});
export type OutboxMail = z.infer<typeof outboxMailSchema>;

export const outboxPageSchema = z.object({
  mails: z.array(outboxMailSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
  /** Whether SMTP_URL is set: then mails go out for real and their secrets are not shown. */
  smtpConfigured: z.boolean(),
});
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const mailHistorySchema = z.object({
  mails: z.array(outboxMailSchema),
  smtpConfigured: z.boolean(),
});
export type MailHistory = z.infer<typeof mailHistorySchema>;
