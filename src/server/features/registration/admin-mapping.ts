import type { Locale } from '../../../contract/locale.js';
import type { RegistrationAdmin, RegistrationCounters } from '../../../contract/registration.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { AdminRegistrationRow } from './admin-repository.js';
import { toRegistrationAdmin, waitlistPosition } from './index.js';

type Answers = RegistrationAdmin['answers'];

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** The stored answers by question id (answers to removed questions included). */
export function storedAnswers(row: AdminRegistrationRow): Answers {
  return parseJson<Answers>(row.answers, {});
}

/** A registration as the organizer's list and detail show it. */
export function toRegistrationAdminView(row: AdminRegistrationRow, numbers: number[]): RegistrationAdmin {
  const position =
    row.status === 'waitlisted' && row.waitlistNumber !== null
      ? waitlistPosition(numbers, row.waitlistNumber)
      : null;
  return toRegistrationAdmin(row, position);
}

/** The sector's label in a language; the key itself for a sector the event no longer lists. */
export function sectorLabel(sectors: SectorDefinition[], key: string, locale: Locale): string {
  return sectors.find((s) => s.key === key)?.label[locale] ?? key;
}

/**
 * The live counters. `held` counts the public capacity (seat-holding, not guests) and the status
 * counts are of the public contingent too; `guests` counts seat-holding guests, `checkedIn` everyone.
 */
export function toCounters(
  capacity: number,
  groups: { status: AdminRegistrationRow['status']; isGuest: number; n: number; checkedIn: number }[],
): RegistrationCounters {
  const counters: RegistrationCounters = {
    capacity,
    held: 0,
    confirmed: 0,
    pending: 0,
    offered: 0,
    waitlisted: 0,
    guests: 0,
    checkedIn: 0,
    cancelled: 0,
  };
  for (const group of groups) {
    counters.checkedIn += group.checkedIn;
    const holdsSeat =
      group.status === 'pending' || group.status === 'offered' || group.status === 'confirmed';
    if (group.isGuest === 1) {
      counters.guests += holdsSeat ? group.n : 0;
      continue;
    }
    counters.held += holdsSeat ? group.n : 0;
    if (group.status === 'expired') {
      continue;
    }
    counters[group.status] += group.n;
  }
  return counters;
}
