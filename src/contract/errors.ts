import { z } from 'zod';

/** Every error code the API answers with, and its HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  slug_taken: 409,
  email_taken: 409,
  invalid_state: 409,
  event_in_past: 409,
  already_registered: 409,
  no_seat_free: 409,
  payload_too_large: 413,
  rate_limited: 429,
  sign_in_failed: 401,
  link_invalid: 410,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string(), code: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The one error body of the API: `{ error: { code, message, fields? } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
