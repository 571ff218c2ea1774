import type {
  MyRegistration,
  RegistrationAdmin,
  RegistrationQuestion,
} from '../../../contract/registration.js';
import { SALUTATIONS } from '../../../contract/registration.js';
import { personSearchText } from '../../../contract/search-fold.js';
import { newId } from '../../ids.js';
import type { QuestionRow, RegistrationRow, SeatEventRow } from './repository.js';

type Answers = MyRegistration['answers'];

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** What a registrant says about themselves, whether they register or an organizer adds them. */
export interface RegistrantDetails {
  email: string;
  salutation: string;
  academicTitle: string;
  firstName: string;
  lastName: string;
  organization: string;
  position: string;
  sector: string;
  phone: string;
  topics: string[];
}

/** The registrant's details as registration columns. */
export function registrantColumns(input: RegistrantDetails) {
  return {
    email: input.email,
    salutation: input.salutation,
    academicTitle: input.academicTitle,
    firstName: input.firstName,
    lastName: input.lastName,
    organization: input.organization,
    position: input.position,
    sector: input.sector,
    phone: input.phone,
    topics: JSON.stringify(input.topics),
    searchText: personSearchText(input),
  };
}

/** The participant account a registration is linked to (created if the address is new). */
export function participantOf(input: RegistrantDetails, locale: string) {
  return {
    id: newId(),
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    organization: input.organization,
    locale,
    searchText: personSearchText(input),
  };
}

/** The lifecycle columns of a registration never offered, cancelled, expired or asked to reconfirm. */
export const FRESH_LIFECYCLE = {
  offeredAt: null,
  offerExtendedAt: null,
  cancelledAt: null,
  expiredAt: null,
  reconfirmSentAt: null,
  reconfirmAnswer: null,
  reconfirmAnsweredAt: null,
} as const;

/** A stored question as the contract shows it. */
export function parseQuestion(row: QuestionRow): RegistrationQuestion {
  return {
    id: row.id,
    kind: row.kind,
    label: parseJson(row.label, { de: '', en: '' }),
    options: parseJson(row.options, []),
    required: row.required === 1,
  };
}

function salutationOf(value: string): MyRegistration['salutation'] {
  return SALUTATIONS.find((s) => s === value) ?? '';
}

function personalFields(row: RegistrationRow, waitlistPosition: number | null) {
  return {
    id: row.id,
    status: row.status,
    waitlistPosition,
    confirmExpiresAt: row.status === 'pending' || row.status === 'offered' ? row.confirmExpiresAt : null,
    salutation: salutationOf(row.salutation),
    academicTitle: row.academicTitle,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    organization: row.organization,
    position: row.position,
    sector: row.sector,
    phone: row.phone,
    topics: parseJson<string[]>(row.topics, []),
    answers: parseJson<Answers>(row.answers, {}),
    consents: { directory: row.consentDirectory === 1, photos: row.consentPhotos === 1 },
    // The ticket is only valid once the seat is confirmed.
    ticketCode: row.status === 'confirmed' ? row.ticketCode : null,
    reconfirmAnswer: row.reconfirmAnswer,
  };
}

/** What the person sees behind the personal link. */
export function toMyRegistration(
  row: RegistrationRow,
  event: SeatEventRow,
  waitlistPosition: number | null,
): MyRegistration {
  return {
    ...personalFields(row, waitlistPosition),
    offerExtension:
      row.status === 'offered' && event.offerExtensionHours > 0
        ? { hours: event.offerExtensionHours, used: row.offerExtendedAt !== null }
        : null,
    event: {
      slug: event.slug,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
    },
  };
}

/** A registration in the organizer's list (waitlist position computed by the caller). */
export function toRegistrationAdmin(
  row: RegistrationRow,
  waitlistPosition: number | null,
): RegistrationAdmin {
  return {
    ...personalFields(row, waitlistPosition),
    eventId: row.eventId,
    isGuest: row.isGuest === 1,
    waitlistNumber: row.waitlistNumber,
    requestedAt: row.requestedAt,
    requestIp: row.requestIp,
    optinMailSentAt: row.optinMailSentAt,
    confirmedAt: row.confirmedAt,
    confirmIp: row.confirmIp,
    cancelledAt: row.cancelledAt,
    reconfirmSentAt: row.reconfirmSentAt,
    reconfirmAnsweredAt: row.reconfirmAnsweredAt,
    checkedInAt: row.checkedInAt,
    checkInCount: row.checkInCount,
    notes: row.notes,
    locale: row.locale === 'en' ? 'en' : 'de',
  };
}
