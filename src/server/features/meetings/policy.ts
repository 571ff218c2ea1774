import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import type { MeetingRow } from './repository.js';

/** Meetings are a signed-in person's own: returns their id. */
export function personOf(actor: Actor): string {
  if (actor.kind !== 'person') {
    throw new AppError('unauthenticated');
  }
  return actor.personId;
}

/** Organizers (sessions or tokens) set up and schedule the meetings of every event. */
export function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  if (actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** Only the two people of a meeting see or change it; to anyone else it does not exist. */
export function assertParty(meeting: MeetingRow, personId: string): void {
  if (meeting.requesterId !== personId && meeting.recipientId !== personId) {
    throw new AppError('not_found');
  }
}

/** The other person of a meeting, seen from one of its two people. */
export function otherOf(meeting: MeetingRow, personId: string): string {
  return meeting.requesterId === personId ? meeting.recipientId : meeting.requesterId;
}

/**
 * Contact details (email, phone) are shown only to the two people, only once the meeting is
 * accepted, and never while either has blocked the other.
 */
export function mayShowContact(meeting: MeetingRow, viewerId: string, blocked: boolean): boolean {
  const isParty = meeting.requesterId === viewerId || meeting.recipientId === viewerId;
  return isParty && meeting.status === 'accepted' && !blocked;
}
