import { type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import { refreshSearchText, touchesSearchText } from '../../db/search.js';
import type {
  Database,
  EventsTable,
  RegistrationQuestionsTable,
  RegistrationsTable,
  RegistrationStatus,
} from '../../db/schema.js';

export type RegistrationRow = Selectable<RegistrationsTable>;
export type QuestionRow = Selectable<RegistrationQuestionsTable>;
export type SeatEventRow = Selectable<EventsTable>;
/** A database handle or an open transaction (a Kysely Transaction is a Kysely). */
export type Executor = Kysely<Database>;

const HOLDING: RegistrationStatus[] = ['pending', 'offered', 'confirmed'];

function affected(result: { numUpdatedRows: bigint }): boolean {
  return Number(result.numUpdatedRows) === 1;
}

/** The only code that touches registrations, their links, questions and the seat counters of events. */
export const registrationRepository = {
  findEventBySlug: (db: Executor, slug: string) =>
    db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst(),

  findEventById: (db: Executor, id: string) =>
    db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst(),

  listQuestions: (db: Executor, eventId: string) =>
    db
      .selectFrom('registrationQuestions')
      .selectAll()
      .where('eventId', '=', eventId)
      .orderBy('position')
      .execute(),

  findById: (db: Executor, id: string) =>
    db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst(),

  findByEventAndEmail: (db: Executor, eventId: string, email: string) =>
    db
      .selectFrom('registrations')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('email', '=', email)
      .executeTakeFirst(),

  /** The registration a mailed secret belongs to (any of its personal links). */
  findByLinkHash: (db: Executor, tokenHash: string) =>
    db
      .selectFrom('registrations')
      .selectAll('registrations')
      .where((eb) =>
        eb.or([
          eb('manageTokenHash', '=', tokenHash),
          eb(
            'id',
            'in',
            eb.selectFrom('registrationLinks').select('registrationId').where('tokenHash', '=', tokenHash),
          ),
        ]),
      )
      .executeTakeFirst(),

  insertLink: async (
    db: Executor,
    registrationId: string,
    tokenHash: string,
    purpose: string,
    now: string,
  ) => {
    await db
      .insertInto('registrationLinks')
      .values({ tokenHash, registrationId, purpose, createdAt: now })
      .execute();
  },

  /**
   * Takes a seat if one is free: the database decides in this one statement, so no interleaving of
   * requests or app instances can push the seats past the capacity.
   */
  takeSeat: async (db: Executor, eventId: string): Promise<boolean> =>
    affected(
      await db
        .updateTable('events')
        .set((eb) => ({ seatsTaken: eb('seatsTaken', '+', 1) }))
        .where('id', '=', eventId)
        .whereRef('seatsTaken', '<', 'capacity')
        .executeTakeFirst(),
    ),

  /** Test-only oversell: a seat counted after a check made earlier outside the statement. */
  takeSeatUnchecked: async (db: Executor, eventId: string): Promise<void> => {
    await db
      .updateTable('events')
      .set((eb) => ({ seatsTaken: eb('seatsTaken', '+', 1) }))
      .where('id', '=', eventId)
      .execute();
  },

  releaseSeat: async (db: Executor, eventId: string, isGuest: boolean): Promise<void> => {
    const column = isGuest ? 'guestsTaken' : 'seatsTaken';
    await db
      .updateTable('events')
      .set((eb) => ({ [column]: eb(column, '-', 1) }))
      .where('id', '=', eventId)
      .where(column, '>', 0)
      .execute();
  },

  takeGuestSeat: async (db: Executor, eventId: string): Promise<void> => {
    await db
      .updateTable('events')
      .set((eb) => ({ guestsTaken: eb('guestsTaken', '+', 1) }))
      .where('id', '=', eventId)
      .execute();
  },

  /** Draws the next waitlist number atomically (and locks the event row until commit). */
  nextWaitlistNumber: async (db: Executor, eventId: string): Promise<number> => {
    const row = await db
      .updateTable('events')
      .set((eb) => ({ waitlistCounter: eb('waitlistCounter', '+', 1) }))
      .where('id', '=', eventId)
      .returning('waitlistCounter')
      .executeTakeFirstOrThrow();
    return Number(row.waitlistCounter);
  },

  /**
   * Locks the event row for the rest of the transaction (a no-op write works on both dialects), so
   * every seat change of one event runs one after the other and free-then-promote is atomic.
   */
  lockEvent: async (db: Executor, eventId: string): Promise<void> => {
    await db
      .updateTable('events')
      .set((eb) => ({ seatsTaken: eb.ref('seatsTaken') }))
      .where('id', '=', eventId)
      .execute();
  },

  insertRegistration: async (db: Executor, values: Insertable<RegistrationsTable>): Promise<void> => {
    await db.insertInto('registrations').values(values).execute();
  },

  /** Writes changes; with `expected` only if the status is still that one. Returns whether a row changed. */
  updateRegistration: async (
    db: Executor,
    id: string,
    values: Updateable<RegistrationsTable>,
    expected?: RegistrationStatus[],
  ): Promise<boolean> => {
    let query = db.updateTable('registrations').set(values).where('id', '=', id);
    if (expected) {
      query = query.where('status', 'in', expected);
    }
    const changed = affected(await query.executeTakeFirst());
    if (changed && touchesSearchText(values) && !('searchText' in values)) {
      await refreshSearchText(db, 'registrations', id);
    }
    return changed;
  },

  /**
   * Moves a seat offer's deadline once: only while it is offered, not yet extended and not lapsed, decided
   * by the one statement (two clicks in two tabs extend it once).
   */
  extendOffer: async (
    db: Executor,
    id: string,
    change: { expiresAt: string; now: string },
  ): Promise<boolean> =>
    affected(
      await db
        .updateTable('registrations')
        .set({ confirmExpiresAt: change.expiresAt, offerExtendedAt: change.now, updatedAt: change.now })
        .where('id', '=', id)
        .where('status', '=', 'offered')
        .where('offerExtendedAt', 'is', null)
        .where('confirmExpiresAt', '>', change.now)
        .executeTakeFirst(),
    ),

  /** The waiting registrations of an event, lowest number first. */
  listWaiting: (db: Executor, eventId: string, limit: number) =>
    db
      .selectFrom('registrations')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('status', '=', 'waitlisted')
      .orderBy('waitlistNumber')
      .limit(limit)
      .execute(),

  /** How many still waiting have a number up to this one (the rank on the waitlist). */
  countWaitingUpTo: async (db: Executor, eventId: string, waitlistNumber: number): Promise<number> => {
    const row = await db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('status', '=', 'waitlisted')
      .where('waitlistNumber', '<=', waitlistNumber)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Pending or offered registrations whose confirmation time has run out. */
  listLapsed: (db: Executor, now: string) =>
    db
      .selectFrom('registrations')
      .select(['id', 'eventId'])
      .where('status', 'in', ['pending', 'offered'])
      .where('confirmExpiresAt', '<=', now)
      .limit(500)
      .execute(),

  /** Confirmed seat holders of upcoming events whose "still coming?" mail is due and not yet sent. */
  listReconfirmDue: (db: Executor, now: string) =>
    db
      .selectFrom('registrations')
      .innerJoin('events', 'events.id', 'registrations.eventId')
      .select(['registrations.id', 'registrations.eventId', 'events.startsAt', 'events.reconfirmDaysBefore'])
      .where('registrations.status', '=', 'confirmed')
      .where('registrations.isGuest', '=', 0)
      .where('registrations.reconfirmSentAt', 'is', null)
      .where('events.reconfirmDaysBefore', '>', 0)
      .where('events.startsAt', '>', now)
      .limit(2000)
      .execute(),

  listByPerson: (db: Executor, personId: string) =>
    db.selectFrom('registrations').selectAll().where('personId', '=', personId).execute(),

  deleteRegistration: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('registrations').where('id', '=', id).execute();
  },

  /** The person row of an address, created as a participant when missing (so magic-link sign-in works). */
  ensurePerson: async (
    db: Executor,
    person: {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      organization: string;
      locale: string;
      searchText: string;
    },
    now: string,
  ): Promise<string> => {
    await db
      .insertInto('people')
      .values({
        ...person,
        role: 'participant',
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
        lastSignInAt: null,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
    const row = await db
      .selectFrom('people')
      .select('id')
      .where('email', '=', person.email)
      .executeTakeFirstOrThrow();
    return row.id;
  },

  countHeld: async (db: Executor, eventId: string): Promise<number> => {
    const row = await db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('status', 'in', HOLDING)
      .where('isGuest', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  listEventConsents: (db: Executor, personId: string, eventId: string) =>
    db
      .selectFrom('consents')
      .select(['kind', 'granted', 'textVersion', 'recordedAt', 'ip'])
      .where('personId', '=', personId)
      .where('eventId', '=', eventId)
      .orderBy('recordedAt')
      .execute(),

  setClosedManually: async (db: Executor, eventId: string, closed: boolean, now: string): Promise<void> => {
    await db
      .updateTable('events')
      .set({ registrationClosedManually: closed ? 1 : 0, updatedAt: now })
      .where('id', '=', eventId)
      .execute();
  },

  /** Unconfirmed registrations of an event requested from one client address (the per-address cap). */
  countPendingFromAddress: async (db: Executor, eventId: string, ip: string): Promise<number> => {
    const row = await db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('requestIp', '=', ip)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  hasOutboxMail: async (db: Executor, dedupeKey: string): Promise<boolean> =>
    (await db.selectFrom('outbox').select('id').where('dedupeKey', '=', dedupeKey).executeTakeFirst()) !==
    undefined,
};
export type RegistrationRepository = typeof registrationRepository;
