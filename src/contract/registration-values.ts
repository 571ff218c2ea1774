/**
 * The registration contract's plain values, without zod: the public registration form imports them from
 * here, since importing the schemas (registration.ts) would bring zod into the event page's JavaScript.
 * Statuses: `pending` (holds a seat, awaits the double opt-in click), `confirmed`, `waitlisted`, `offered` (promoted from the waitlist, holds a seat,
 * awaits confirmation), `cancelled`, `expired`.
 */
export const REGISTRATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'expired',
] as const;
export type RegistrationStatusName = (typeof REGISTRATION_STATUSES)[number];
export const SEAT_HOLDING_STATUSES = ['pending', 'offered', 'confirmed'] as const;

export const SALUTATIONS = ['', 'ms', 'mr', 'diverse'] as const;
export const QUESTION_KINDS = ['text', 'single', 'multiple', 'checkbox'] as const;

export const REGISTRATION_LIMITS = {
  nameMax: 100,
  organizationMax: 200,
  positionMax: 150,
  phoneMax: 40,
  answerMax: 500,
  questionsMax: 20,
};
