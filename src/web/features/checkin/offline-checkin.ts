import type { CheckinBody, CheckinResult } from '../../../contract/checkin.js';
import type { RegistrationAdmin, RegistrationStatusName } from '../../../contract/registration.js';
import { matchesSearch, personSearchText } from '../../../contract/search-fold.js';

/** What the device keeps of each person so the door keeps working without a network. */
export interface CachedAttendee {
  registrationId: string;
  ticketCode: string | null;
  firstName: string;
  lastName: string;
  organization: string;
  sector: string;
  notes: string;
  status: RegistrationStatusName;
  isGuest: boolean;
  checkedInAt: string | null;
}

/** A scan waiting to be sent; the scan id is made here so a resend is harmless. */
export type QueuedScan = CheckinBody;

/** A result shown at the door; `queued` when it was decided on the device and still waits to be sent. */
export type DeskResult = CheckinResult & { queued: boolean };

/** The fields of a registration the offline check-in needs. */
export function toCachedAttendee(reg: RegistrationAdmin): CachedAttendee {
  return {
    registrationId: reg.id,
    ticketCode: reg.ticketCode,
    firstName: reg.firstName,
    lastName: reg.lastName,
    organization: reg.organization,
    sector: reg.sector,
    notes: reg.notes,
    status: reg.status,
    isGuest: reg.isGuest,
    checkedInAt: reg.checkedInAt,
  };
}

/** The same rule as the server: confirmed people, and guests whose seat is held, may enter. */
export function isAdmissible(a: Pick<CachedAttendee, 'status' | 'isGuest'>): boolean {
  return a.status === 'confirmed' || (a.isGuest && (a.status === 'pending' || a.status === 'offered'));
}

/**
 * Decides a scan on the device from the cached list: the person (or null for an unknown ticket) and the
 * list with the check-in time set, so a second scan at this device is flagged before the server knows.
 */
export function checkInLocally(
  attendees: CachedAttendee[],
  scan: QueuedScan,
  labelOf: (sector: string) => string,
): { result: DeskResult | null; attendees: CachedAttendee[] } {
  const person = attendees.find((a) =>
    scan.ticketCode ? a.ticketCode === scan.ticketCode : a.registrationId === scan.registrationId,
  );
  if (!person) {
    return { result: null, attendees };
  }
  const valid = isAdmissible(person);
  const checkedInAt = valid
    ? (person.checkedInAt ?? scan.scannedAt ?? new Date().toISOString())
    : person.checkedInAt;
  const result: DeskResult = {
    registrationId: person.registrationId,
    firstName: person.firstName,
    lastName: person.lastName,
    organization: person.organization,
    sector: person.sector,
    sectorLabel: labelOf(person.sector),
    notes: person.notes,
    status: person.status,
    alreadyCheckedIn: person.checkedInAt !== null,
    checkedInAt,
    valid,
    queued: true,
  };
  const next = attendees.map((a) => (a === person ? { ...a, checkedInAt } : a));
  return { result, attendees: next };
}

/** Marks a person checked in in the cached list after the server said so. */
export function markCheckedIn(attendees: CachedAttendee[], result: CheckinResult): CachedAttendee[] {
  return attendees.map((a) =>
    a.registrationId === result.registrationId
      ? { ...a, checkedInAt: result.checkedInAt, status: result.status }
      : a,
  );
}

/** People in the cached list whose name or organization holds every word typed, folded like the server does. */
export function searchLocally(attendees: CachedAttendee[], text: string, limit = 25): CachedAttendee[] {
  return attendees.filter((a) => matchesSearch(personSearchText({ ...a, email: '' }), text)).slice(0, limit);
}

const key = (kind: 'queue' | 'attendees', eventId: string) => `cd_checkin_${kind}:${eventId}`;

function read<T>(storageKey: string): T[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** The device's stored queue and attendee list of one event (localStorage: survives a reload). */
export const deskStorage = {
  queue: (eventId: string) => read<QueuedScan>(key('queue', eventId)),
  saveQueue: (eventId: string, scans: QueuedScan[]) =>
    localStorage.setItem(key('queue', eventId), JSON.stringify(scans)),
  attendees: (eventId: string) => read<CachedAttendee>(key('attendees', eventId)),
  saveAttendees: (eventId: string, list: CachedAttendee[]) =>
    localStorage.setItem(key('attendees', eventId), JSON.stringify(list)),
};

/** A random scan id; randomUUID needs a secure context, so fall back to random bytes. */
export function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
