import { z } from 'zod';
import { checkinBodySchema, checkinResultSchema, REGISTRATION_STATUSES } from './registration.js';

export type CheckinBody = z.infer<typeof checkinBodySchema>;
export type CheckinResult = z.infer<typeof checkinResultSchema>;

export const CHECKIN_BATCH_MAX = 500;

/** The offline queue of a scanning device, flushed at once. */
export const checkinBatchBodySchema = z
  .object({ scans: z.array(checkinBodySchema).min(1).max(CHECKIN_BATCH_MAX) })
  .strict();

/** One answer per queued scan, in the order sent: the result, or the error that scan alone met. */
export const checkinBatchResultSchema = z.object({
  results: z.array(
    z.object({
      scanId: z.string(),
      result: checkinResultSchema.nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
  ),
});
export type CheckinBatchResult = z.infer<typeof checkinBatchResultSchema>;

export const checkinSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });

/** A person found by name at the door (no QR at hand). */
export const checkinSearchHitSchema = z.object({
  registrationId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  sector: z.string(),
  sectorLabel: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  isGuest: z.boolean(),
  checkedInAt: z.string().nullable(),
});
export type CheckinSearchHit = z.infer<typeof checkinSearchHitSchema>;

export const checkinSearchResultSchema = z.object({ people: z.array(checkinSearchHitSchema) });
