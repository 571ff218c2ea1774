import type { MeetingPerson, MeetingPlace, MyMeeting } from '../../../contract/meetings.js';
import type { EventRow } from '../events/index.js';
import { fullName } from './notify.js';
import { otherOf } from './policy.js';
import type { MeetingWithPlace, PersonRow } from './repository.js';

/** A person as meetings show them (name and organization only). */
export function toMeetingPerson(personId: string, person: PersonRow | undefined): MeetingPerson {
  return {
    personId,
    name: person ? fullName(person) : '–',
    organization: person?.organization ?? '',
  };
}

/** The published place of a meeting, if it has one. */
export function toPlace(row: MeetingWithPlace): MeetingPlace | null {
  if (!row.slotId || !row.slotStartsAt || !row.slotEndsAt || row.tableNumber === null) {
    return null;
  }
  return {
    slotId: row.slotId,
    startsAt: row.slotStartsAt,
    endsAt: row.slotEndsAt,
    tableNumber: row.tableNumber,
    tableLocation: row.tableLocation ?? '',
  };
}

/** A meeting as one of its two people sees it; `contact` is decided by the policy, not here. */
export function toMyMeeting(
  row: MeetingWithPlace,
  viewerId: string,
  people: ReadonlyMap<string, PersonRow>,
  extra: { contact: { email: string; phone: string } | null; canPickSlot: boolean },
): MyMeeting {
  const otherId = otherOf(row, viewerId);
  const place = row.status === 'accepted' ? toPlace(row) : null;
  return {
    id: row.id,
    status: row.status,
    direction: row.requesterId === viewerId ? 'outgoing' : 'incoming',
    other: toMeetingPerson(otherId, people.get(otherId)),
    message: row.message,
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
    contact: extra.contact,
    place,
    needsRescheduling: row.status === 'accepted' && !place && row.needsReschedulingSince !== null,
    canPickSlot: extra.canPickSlot,
  };
}

/** The event as the meetings pages name it. */
export function toMeetingEvent(event: EventRow) {
  return { id: event.id, slug: event.slug, title: event.title, timeZone: event.timeZone };
}
