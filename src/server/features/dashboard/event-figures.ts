import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/**
 * The one definition of the figures the dashboard and the public retrospective share, so the two can
 * never disagree (both import from here).
 *
 * A meeting was HELD when it was accepted, both people checked in to the event, and its time is over:
 * the slot it was placed in (published plan) has ended, or, at an event that never published a plan
 * (people met on their own), the event has ended. A meeting left out of a published plan was not held. PLANNED (the dashboard's "scheduled") is accepted and placed in the plan,
 * whether or not it then took place.
 */
export function heldMeetingsQuery(db: Db, eventId: string, now: Date) {
  const at = now.toISOString();
  return db
    .selectFrom('meetings as m')
    .innerJoin('events as e', 'e.id', 'm.eventId')
    .leftJoin('meetingPlacements as p', 'p.meetingId', 'm.id')
    .leftJoin('meetingSlots as s', 's.id', 'p.slotId')
    .select(['m.id', 'm.requesterId', 'm.recipientId'])
    .where('m.eventId', '=', eventId)
    .where('m.status', '=', 'accepted')
    .where((eb) => {
      const checkedIn = (person: 'm.requesterId' | 'm.recipientId') =>
        eb.exists(
          eb
            .selectFrom('registrations as r')
            .select('r.id')
            .whereRef('r.personId', '=', person)
            .whereRef('r.eventId', '=', 'm.eventId')
            .where('r.checkedInAt', 'is not', null),
        );
      return eb.and([
        checkedIn('m.requesterId'),
        checkedIn('m.recipientId'),
        eb.or([
          eb('s.endsAt', '<=', at),
          eb.and([
            eb('e.endsAt', '<=', at),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('meetingPlacements as any')
                  .select('any.meetingId')
                  .whereRef('any.eventId', '=', 'm.eventId'),
              ),
            ),
          ]),
        ]),
      ]);
    });
}

/** The held meetings (see heldMeetingsQuery) as pairs of people. */
export async function listHeldMeetings(db: Db, eventId: string, now: Date) {
  return heldMeetingsQuery(db, eventId, now).execute();
}

/** How many meetings were held (see heldMeetingsQuery), counted in the database. */
export async function countHeldMeetings(db: Db, eventId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom(heldMeetingsQuery(db, eventId, now).as('held'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * EVER ON THE WAITLIST: registrations that once got a waitlist number (promoted or not). BOOKED OUT
 * SINCE: the request of the first of them; when nobody ever waited but every public seat is held, the
 * request that took the last seat ("lastSeat"); null while seats are left.
 */
export async function bookedOutSince(
  db: Db,
  event: { id: string; capacity: number; seatsTaken: number },
  firstWaitlisted: string | null,
): Promise<{ at: string; basis: 'waitlist' | 'lastSeat' } | null> {
  if (firstWaitlisted !== null) {
    return { at: firstWaitlisted, basis: 'waitlist' };
  }
  if (event.capacity <= 0 || Number(event.seatsTaken) < Number(event.capacity)) {
    return null;
  }
  const row = await db
    .selectFrom('registrations')
    .select('requestedAt')
    .where('eventId', '=', event.id)
    .where('status', 'in', ['pending', 'offered', 'confirmed'])
    .where('isGuest', '=', 0)
    .orderBy('requestedAt')
    .orderBy('id')
    .offset(Number(event.capacity) - 1)
    .limit(1)
    .executeTakeFirst();
  return row ? { at: row.requestedAt, basis: 'lastSeat' } : null;
}
