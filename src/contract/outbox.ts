import { z } from 'zod';

export const OUTBOX_PAGE_MAX = 100;

// Not strict: every page may carry `?lang=`.
export const outboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(OUTBOX_PAGE_MAX).default(25),
  /** The id of the last mail of the previous page: the next page starts after it. */
  before: z.uuid().optional(),
});

export const outboxMailSchema = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'logged', 'failed']),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  textBody: z.string(),
});
export type OutboxMail = z.infer<typeof outboxMailSchema>;

export const outboxPageSchema = z.object({
  mails: z.array(outboxMailSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
});
