import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';
import type { Caller, TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';

type Db = Kysely<Database>;
const STAMP = '2026-11-20T08:00:00.000Z';
let tableNumber = 0;

/** A published event that ended on 2026-11-20 (the test clock stands at 2026-11-25). */
export async function createPastEvent(t: TestApp, organizer: Caller): Promise<{ id: string; slug: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/events',
    headers: organizer.headers,
    payload: buildEventInput(),
  });
  const event = created.json<{ id: string; slug: string }>();
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events/${event.id}/publish`,
    headers: organizer.headers,
  });
  await t.database.handle.db
    .updateTable('events')
    .set({ startsAt: '2026-11-20T08:00:00.000Z', endsAt: '2026-11-20T16:00:00.000Z' })
    .where('id', '=', event.id)
    .execute();
  return event;
}

/** A person row (for meetings and registrations with a person). */
export async function insertPerson(db: Db): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('people')
    .values({
      id,
      email: `${id}@example.org`,
      firstName: 'Erika',
      lastName: 'Muster',
      organization: 'Muster GmbH (Demo)',
      locale: 'de',
      role: 'participant',
      passwordHash: null,
      createdAt: STAMP,
      updatedAt: STAMP,
      lastSignInAt: null,
      searchText: 'erika muster',
    })
    .execute();
  return id;
}

export interface RegistrationSpec {
  sector: string;
  status?: 'confirmed' | 'cancelled' | 'pending';
  checkedIn?: boolean;
  personId?: string | null;
  locale?: string;
}

/** A registration row straight into the table (factory data for figure tests). */
export async function insertRegistration(db: Db, eventId: string, spec: RegistrationSpec): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('registrations')
    .values({
      id,
      eventId,
      personId: spec.personId ?? null,
      status: spec.status ?? 'confirmed',
      isGuest: 0,
      email: `${id}@example.org`,
      salutation: '',
      academicTitle: '',
      firstName: 'Max',
      lastName: 'Beispiel',
      organization: 'Beispiel AG (Demo)',
      position: '',
      sector: spec.sector,
      phone: '',
      topics: '[]',
      answers: '{}',
      locale: spec.locale ?? 'de',
      consentDirectory: 0,
      consentPhotos: 0,
      waitlistNumber: null,
      ticketCode: id.slice(0, 12),
      manageTokenHash: `m-${id}`,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      requestedAt: STAMP,
      requestIp: '127.0.0.1',
      optinMailSentAt: null,
      confirmedAt: STAMP,
      confirmIp: null,
      offeredAt: null,
      cancelledAt: null,
      expiredAt: null,
      reconfirmSentAt: null,
      reconfirmAnswer: null,
      reconfirmAnsweredAt: null,
      checkedInAt: spec.checkedIn ? STAMP : null,
      checkInCount: spec.checkedIn ? 1 : 0,
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      searchText: 'max beispiel',
    })
    .execute();
  return id;
}

/** Several registrations of one kind. */
export async function insertRegistrations(db: Db, eventId: string, count: number, spec: RegistrationSpec) {
  for (let i = 0; i < count; i += 1) {
    await insertRegistration(db, eventId, spec);
  }
}

/** A programme session of the event (questions, polls and meeting slots hang on it). */
export async function insertSession(db: Db, eventId: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('programSessions')
    .values({
      id,
      eventId,
      type: 'panel',
      title: 'Podium',
      description: '',
      startsAt: '2026-11-20T09:00:00.000Z',
      endsAt: '2026-11-20T10:00:00.000Z',
      room: 'Forum',
      topics: '[]',
      sequence: 0,
      createdAt: STAMP,
      updatedAt: STAMP,
    })
    .execute();
  return id;
}

/** A meeting slot and a table to place meetings at. */
export async function insertMeetingPlace(db: Db, eventId: string) {
  const sessionId = await insertSession(db, eventId);
  const slotId = randomUUID();
  await db
    .insertInto('meetingSlots')
    .values({
      id: slotId,
      eventId,
      sessionId,
      startsAt: STAMP,
      endsAt: STAMP,
      retiredAt: null,
      createdAt: STAMP,
    })
    .execute();
  return { slotId };
}

/** A meeting; `placedAt` gives it a table in the plan (a new table per meeting). */
export async function insertMeeting(
  db: Db,
  eventId: string,
  requesterId: string,
  recipientId: string,
  status: 'pending' | 'accepted' | 'declined',
  placedAt: { slotId: string } | null,
): Promise<void> {
  const id = randomUUID();
  await db
    .insertInto('meetings')
    .values({
      id,
      eventId,
      requesterId,
      recipientId,
      openPairKey: null,
      message: '',
      status,
      needsReschedulingSince: null,
      formerStartsAt: null,
      createdAt: STAMP,
      answeredAt: null,
      cancelledAt: null,
      cancelledBy: null,
      updatedAt: STAMP,
    })
    .execute();
  if (placedAt) {
    const tableId = randomUUID();
    tableNumber += 1;
    const number = tableNumber;
    await db
      .insertInto('meetingTables')
      .values({ id: tableId, eventId, number, location: '', createdAt: STAMP, updatedAt: STAMP })
      .execute();
    await db
      .insertInto('meetingPlacements')
      .values({
        meetingId: id,
        eventId,
        slotId: placedAt.slotId,
        tableId,
        placedBy: 'scheduler',
        placedAt: STAMP,
      })
      .execute();
  }
}
