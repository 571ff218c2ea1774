import { z } from 'zod';
import { emailSchema } from './accounts.js';
import { LOCALES } from './locale.js';
import {
  QUESTION_KINDS,
  REGISTRATION_LIMITS,
  REGISTRATION_STATUSES,
  SALUTATIONS,
} from './registration-values.js';

/** The registration contract shared by server and web; its statuses and limits: registration-values.ts. */
export {
  QUESTION_KINDS,
  REGISTRATION_LIMITS,
  REGISTRATION_STATUSES,
  SALUTATIONS,
  SEAT_HOLDING_STATUSES,
  type RegistrationStatusName,
} from './registration-values.js';

const localizedLabel = z.object({
  de: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});

export const registrationQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  label: localizedLabel,
  options: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), label: localizedLabel })).max(30),
  required: z.boolean(),
});
export type RegistrationQuestion = z.infer<typeof registrationQuestionSchema>;

/** Answers by question id: text for `text`, an option key for `single`, keys for `multiple`, boolean for `checkbox`. */
export const answersSchema = z.record(
  z.string().max(64),
  z.union([
    z.string().trim().max(REGISTRATION_LIMITS.answerMax),
    z.array(z.string().max(64)).max(30),
    z.boolean(),
  ]),
);

/** What a person fills in; the event decides which sectors, topics and questions are valid. */
export const registrationCreateSchema = z
  .object({
    salutation: z.enum(SALUTATIONS).default(''),
    academicTitle: z.string().trim().max(40).default(''),
    firstName: z.string().trim().min(1).max(REGISTRATION_LIMITS.nameMax),
    lastName: z.string().trim().min(1).max(REGISTRATION_LIMITS.nameMax),
    email: emailSchema,
    organization: z.string().trim().min(1).max(REGISTRATION_LIMITS.organizationMax),
    position: z.string().trim().max(REGISTRATION_LIMITS.positionMax).default(''),
    sector: z.string().trim().min(1).max(40),
    phone: z.string().trim().max(REGISTRATION_LIMITS.phoneMax).default(''),
    topics: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
    answers: answersSchema.default({}),
    locale: z.enum(LOCALES).optional(),
    consents: z
      .object({
        privacy: z.literal(true, { error: 'field.consent_required' }),
        directory: z.boolean().default(false),
        photos: z.boolean().default(false),
      })
      .strict(),
  })
  .strict();
export type RegistrationCreate = z.input<typeof registrationCreateSchema>;

export const registrationCreatedSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'waitlisted']),
  waitlistPosition: z.number().int().optional(),
});

/** The registration form's data for an event. */
export const registrationFormSchema = z.object({
  eventSlug: z.string(),
  registrationOpen: z.boolean(),
  seatsLeft: z.number().int(),
  sectors: z.array(z.object({ key: z.string(), label: z.string() })),
  topics: z.array(z.string()),
  questions: z.array(registrationQuestionSchema),
  privacyTextVersion: z.string(),
});

/** The answer to a confirmation click: the registration's state after it (a second click changes nothing). */
export const confirmResultSchema = z.object({ id: z.string(), status: z.enum(REGISTRATION_STATUSES) });

export const tokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
export const confirmBodySchema = z.object({ token: z.string().min(10).max(200) }).strict();

/** What the person sees on "My registration" (personal link). */
export const myRegistrationSchema = z.object({
  id: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  confirmExpiresAt: z.string().nullable(),
  event: z.object({
    slug: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    venueName: z.string(),
    venueAddress: z.string(),
  }),
  salutation: z.enum(SALUTATIONS),
  academicTitle: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  organization: z.string(),
  position: z.string(),
  sector: z.string(),
  phone: z.string(),
  topics: z.array(z.string()),
  answers: answersSchema,
  consents: z.object({ directory: z.boolean(), photos: z.boolean() }),
  ticketCode: z.string().nullable(),
  reconfirmAnswer: z.enum(['yes', 'released']).nullable(),
  /**
   * More time for a seat offered from the waitlist (WCAG 2.2.1): the hours one extension adds and whether
   * it was used. Null unless the seat is offered and the organizers allow an extension.
   */
  offerExtension: z.object({ hours: z.number().int(), used: z.boolean() }).nullable(),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

/** Fields a person may change on their own registration (not the email: that is the identity). */
export const myRegistrationUpdateSchema = registrationCreateSchema
  .pick({
    salutation: true,
    academicTitle: true,
    firstName: true,
    lastName: true,
    organization: true,
    position: true,
    sector: true,
    phone: true,
    topics: true,
    answers: true,
  })
  .partial()
  .extend({
    consents: z
      .object({ directory: z.boolean().optional(), photos: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict();

export const reconfirmBodySchema = z.object({ answer: z.enum(['yes', 'release']) }).strict();

/** The organizer's settings for registration of one event. */
export const registrationSettingsSchema = z
  .object({
    confirmHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    offerHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    /** Hours a person may once add to a seat offer; 0 switches the extension off. Left out: unchanged. */
    offerExtensionHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 7)
      .optional(),
    reconfirmDaysBefore: z.number().int().min(0).max(60),
    closedManually: z.boolean(),
    questions: z
      .array(registrationQuestionSchema.extend({ id: z.string().max(64).optional() }))
      .max(REGISTRATION_LIMITS.questionsMax),
  })
  .strict();

/** A registration in the organizer's list. */
export const registrationAdminSchema = myRegistrationSchema
  .omit({ event: true, offerExtension: true })
  .extend({
    eventId: z.string(),
    isGuest: z.boolean(),
    waitlistNumber: z.number().int().nullable(),
    requestedAt: z.string(),
    requestIp: z.string(),
    optinMailSentAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    confirmIp: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    reconfirmSentAt: z.string().nullable(),
    reconfirmAnsweredAt: z.string().nullable(),
    checkedInAt: z.string().nullable(),
    checkInCount: z.number().int(),
    notes: z.string(),
    locale: z.enum(LOCALES),
  });
export type RegistrationAdmin = z.infer<typeof registrationAdminSchema>;

export const registrationCountersSchema = z.object({
  capacity: z.number().int(),
  held: z.number().int(),
  confirmed: z.number().int(),
  pending: z.number().int(),
  offered: z.number().int(),
  waitlisted: z.number().int(),
  guests: z.number().int(),
  checkedIn: z.number().int(),
  cancelled: z.number().int(),
});
export type RegistrationCounters = z.infer<typeof registrationCountersSchema>;

export const registrationListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  sector: z.string().max(40).optional(),
  checkedIn: z.enum(['yes', 'no']).optional(),
  sort: z.enum(['name', 'organization', 'requestedAt', 'status', 'waitlist']).default('requestedAt'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Manual add by an organizer; `isGuest` puts the person in the contingent outside the public capacity. */
export const registrationManualSchema = registrationCreateSchema
  .omit({ consents: true })
  .extend({
    isGuest: z.boolean().default(false),
    notes: z.string().max(2000).default(''),
    sendMail: z.boolean().default(true),
  })
  .strict();

export const registrationAdminUpdateSchema = myRegistrationUpdateSchema
  .extend({ notes: z.string().max(2000).optional() })
  .strict();

/** One scan from the check-in page; `scanId` is made on the device so a resend is harmless. */
export const checkinBodySchema = z
  .object({
    scanId: z.string().min(8).max(64),
    ticketCode: z.string().min(4).max(100).optional(),
    registrationId: z.string().max(64).optional(),
    scannedAt: z.string().datetime().optional(),
    device: z.string().max(100).default(''),
  })
  .strict()
  .refine((b) => b.ticketCode || b.registrationId, { message: 'field.required', path: ['ticketCode'] });

export const checkinResultSchema = z.object({
  registrationId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  sector: z.string(),
  sectorLabel: z.string(),
  notes: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  /** True when this person had already been checked in before this scan (flag a second check-in). */
  alreadyCheckedIn: z.boolean(),
  checkedInAt: z.string().nullable(),
  valid: z.boolean(),
});
