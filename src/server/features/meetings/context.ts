import { AppError } from '../../errors.js';
import type { EventRow } from '../events/index.js';
import { registrationRepository } from '../registration/index.js';
import { toMyMeeting } from './mapping.js';
import { mayShowContact } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, type MeetingWithPlace, type PersonRow } from './repository.js';
import { scheduleRepository as schedule } from './schedule-repository.js';

/** Helpers the participant's and the organizer's services share. */
export function createMeetingsContext(deps: MeetingsDeps) {
  const { db } = deps;

  /** A published event by slug (a draft does not exist for participants); archived ones are read-only. */
  async function eventBySlug(slug: string, forWriting: boolean): Promise<EventRow> {
    const event = await deps.events.findEventRowBySlug(slug);
    if (!event || event.status === 'draft' || (forWriting && event.status !== 'published')) {
      throw new AppError(event?.status === 'archived' ? 'invalid_state' : 'not_found');
    }
    return event;
  }

  async function eventById(id: string): Promise<EventRow> {
    const event = await deps.events.findEventRowById(id);
    if (!event) {
      throw new AppError('not_found');
    }
    return event;
  }

  /** Phone from the person's registration for the event; email from their account. */
  async function contactOf(eventId: string, person: PersonRow): Promise<{ email: string; phone: string }> {
    const registrations = await registrationRepository.listByPerson(db, person.id);
    const registration = registrations.find((r) => r.eventId === eventId && r.status !== 'cancelled');
    return { email: person.email, phone: registration?.phone ?? '' };
  }

  /** The meeting views of one person, with contact details only where the policy allows. */
  async function viewsFor(event: EventRow, viewerId: string, rows: MeetingWithPlace[]) {
    const settings = await schedule.findSettings(db, event.id);
    const selfPick = settings?.selfPickAllowed === 1 && event.status === 'published';
    const people = await repo.findPeople(
      db,
      rows.flatMap((r) => [r.requesterId, r.recipientId]),
    );
    const views = [];
    for (const row of rows) {
      const otherId = row.requesterId === viewerId ? row.recipientId : row.requesterId;
      const blocked = await deps.directory.isBlocked(viewerId, otherId);
      const other = people.get(otherId);
      const contact =
        other && mayShowContact(row, viewerId, blocked) ? await contactOf(event.id, other) : null;
      views.push(
        toMyMeeting(row, viewerId, people, {
          contact,
          canPickSlot: selfPick && row.status === 'accepted' && !blocked,
        }),
      );
    }
    return views;
  }

  /** One meeting as the viewer sees it (after a change). */
  async function viewOf(event: EventRow, viewerId: string, meetingId: string) {
    const row = await repo.findMeeting(db, meetingId);
    if (!row) {
      throw new AppError('not_found');
    }
    const [view] = await viewsFor(event, viewerId, [row]);
    return view!;
  }

  return { eventBySlug, eventById, viewsFor, viewOf };
}
export type MeetingsContext = ReturnType<typeof createMeetingsContext>;
