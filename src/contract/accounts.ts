import { z } from 'zod';
import { LOCALES } from './locale.js';

export const emailSchema = z.email().trim().toLowerCase().max(254);

// A path of this site: one leading slash, no second slash or backslash after it (that would be
// another host to a browser), no spaces or control characters (browsers drop tabs and newlines, so
// "/\t/evil.example" would become "//evil.example").
const SAFE_NEXT = /^\/(?![/\\])[^\s\\\p{Cc}]*$/u;
const NEXT_PATH_MAX = 300;

/** A same-site path to go to after sign-in, or null: absolute and protocol-relative URLs are refused. */
export function safeNextPath(value: string | null | undefined): string | null {
  return value && value.length <= NEXT_PATH_MAX && SAFE_NEXT.test(value) ? value : null;
}

export const signInBodySchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(1000) })
  .strict();
export const magicLinkRequestSchema = z
  .object({
    email: emailSchema,
    redirectTo: z
      .string()
      .max(NEXT_PATH_MAX)
      .refine((path) => safeNextPath(path) !== null)
      .optional(),
  })
  .strict();
export const tokenBodySchema = z.object({ token: z.string().min(10).max(200) }).strict();

export const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  locale: z.enum(LOCALES),
  role: z.enum(['organizer', 'participant']),
});
export type Person = z.infer<typeof personSchema>;

export const sessionInfoSchema = z.object({
  person: personSchema.nullable(),
  csrfToken: z.string().nullable(),
  via: z.enum(['session', 'token', 'none']),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const inviteCreateSchema = z
  .object({ email: emailSchema, locale: z.enum(LOCALES).default('de') })
  .strict();
export const inviteSchema = z.object({
  id: z.string(),
  email: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export const inviteAcceptSchema = z
  .object({
    token: z.string().min(10).max(200),
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    organization: z.string().trim().max(200).default(''),
    password: z.string().max(1000),
    privacyConsent: z.literal(true, { error: 'field.consent_required' }),
  })
  .strict();

export const apiTokenCreateSchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const localeUpdateSchema = z.object({ locale: z.enum(LOCALES) }).strict();
export const okSchema = z.object({ ok: z.literal(true) });
export const messageSchema = z.object({ message: z.string() });
