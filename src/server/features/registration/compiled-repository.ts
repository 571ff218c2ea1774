import type { Kysely, Selectable } from 'kysely';
import type { Database, RegistrationsTable } from '../../db/schema.js';
import { reusableQuery } from '../../db/reusable-query.js';
import type { Executor, RegistrationRow } from './repository.js';

type RegistrationValues = Selectable<RegistrationsTable>;

interface NewPerson {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organization: string;
  locale: string;
  searchText: string;
}

// Every column, checked by the compiler: the insert below names each one, so none is forgotten.
const REGISTRATION_COLUMNS: Record<keyof RegistrationValues, true> = {
  id: true,
  eventId: true,
  personId: true,
  status: true,
  isGuest: true,
  email: true,
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
  locale: true,
  consentDirectory: true,
  consentPhotos: true,
  waitlistNumber: true,
  ticketCode: true,
  manageTokenHash: true,
  confirmTokenHash: true,
  confirmExpiresAt: true,
  requestedAt: true,
  requestIp: true,
  optinMailSentAt: true,
  confirmedAt: true,
  confirmIp: true,
  offeredAt: true,
  offerExtendedAt: true,
  cancelledAt: true,
  expiredAt: true,
  reconfirmSentAt: true,
  reconfirmAnswer: true,
  reconfirmAnsweredAt: true,
  checkedInAt: true,
  checkInCount: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  searchText: true,
};

function allColumns<T extends object>(values: T, columns: Record<keyof T, true>): T {
  return Object.fromEntries(Object.keys(columns).map((c) => [c, values[c as keyof T]])) as T;
}

/**
 * The statements of a public registration, built and compiled once per database and reused for
 * every request (see reusableQuery): in a registration rush, building the queries cost more than
 * running them. Same SQL as the rest of the repository; the rare paths stay there.
 */
export function createCompiledRepository(db: Kysely<Database>) {
  const byEventAndEmail = reusableQuery((p: { eventId: string; email: string }) =>
    db.selectFrom('registrations').selectAll().where('eventId', '=', p.eventId).where('email', '=', p.email),
  );
  const takeSeat = reusableQuery((p: { eventId: string }) =>
    db
      .updateTable('events')
      .set((eb) => ({ seatsTaken: eb('seatsTaken', '+', 1) }))
      .where('id', '=', p.eventId)
      .whereRef('seatsTaken', '<', 'capacity'),
  );
  const nextWaitlistNumber = reusableQuery((p: { eventId: string }) =>
    db
      .updateTable('events')
      .set((eb) => ({ waitlistCounter: eb('waitlistCounter', '+', 1) }))
      .where('id', '=', p.eventId)
      .returning('waitlistCounter'),
  );
  const countWaiting = reusableQuery((p: { eventId: string; above: number; upTo: number }) =>
    db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', p.eventId)
      .where('status', '=', 'waitlisted')
      .where('waitlistNumber', '>', p.above)
      .where('waitlistNumber', '<=', p.upTo),
  );
  const insertPerson = reusableQuery((p: NewPerson & { now: string }) =>
    db
      .insertInto('people')
      .values({
        id: p.id,
        email: p.email,
        firstName: p.firstName,
        lastName: p.lastName,
        organization: p.organization,
        locale: p.locale,
        searchText: p.searchText,
        role: 'participant',
        passwordHash: null,
        createdAt: p.now,
        updatedAt: p.now,
        lastSignInAt: null,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id'),
  );
  const personByEmail = reusableQuery((p: { email: string }) =>
    db.selectFrom('people').select('id').where('email', '=', p.email),
  );
  const insertRegistration = reusableQuery((p: RegistrationValues) =>
    db.insertInto('registrations').values(allColumns(p, REGISTRATION_COLUMNS)),
  );

  return {
    /** A registration of the event under this address (any status). */
    findByEventAndEmail: async (trx: Executor, eventId: string, email: string) =>
      (await trx.executeQuery(byEventAndEmail({ eventId, email }))).rows[0],

    /** Takes a seat if one is free: the database decides in this one conditional statement. */
    takeSeat: async (trx: Executor, eventId: string): Promise<boolean> =>
      Number((await trx.executeQuery(takeSeat({ eventId }))).numAffectedRows ?? 0) === 1,

    /** Draws the next waitlist number atomically (and locks the event row until commit). */
    nextWaitlistNumber: async (trx: Executor, eventId: string): Promise<number> => {
      const row = (await trx.executeQuery(nextWaitlistNumber({ eventId }))).rows[0];
      if (!row) {
        throw new Error(`no event ${eventId}`);
      }
      return Number(row.waitlistCounter);
    },

    /** How many still waiting have a number above `above` and up to `upTo`. */
    countWaitingBetween: async (trx: Executor, eventId: string, above: number, upTo: number) =>
      Number((await trx.executeQuery(countWaiting({ eventId, above, upTo }))).rows[0]?.n ?? 0),

    /** The person row of an address, created as a participant when missing (so magic-link sign-in works). */
    ensurePerson: async (trx: Executor, person: NewPerson, now: string): Promise<string> => {
      const inserted = (await trx.executeQuery(insertPerson({ ...person, now }))).rows[0];
      const row = inserted ?? (await trx.executeQuery(personByEmail({ email: person.email }))).rows[0];
      if (!row) {
        throw new Error('person neither inserted nor found');
      }
      return row.id;
    },

    insertRegistration: async (trx: Executor, row: RegistrationRow): Promise<void> => {
      await trx.executeQuery(insertRegistration(row));
    },
  };
}
export type CompiledRepository = ReturnType<typeof createCompiledRepository>;
