import { randomBytes, randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import { expect } from 'vitest';
import type { EventInput } from '../../src/contract/events.js';
import { personSearchText } from '../../src/contract/search-fold.js';
import type { RegistrationsTable } from '../../src/server/db/schema.js';
import type { Caller, TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';

export type RegistrationRow = Selectable<RegistrationsTable>;

let sequence = 0;

/** Creates and publishes an event through the organizer API. */
export async function createPublishedEvent(
  t: TestApp,
  organizer: Caller,
  overrides: Partial<EventInput> = {},
): Promise<{ id: string; slug: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/events',
    headers: organizer.headers,
    payload: buildEventInput(overrides),
  });
  expect(created.statusCode, created.body).toBe(201);
  const event = created.json<{ id: string; slug: string }>();
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events/${event.id}/publish`,
    headers: organizer.headers,
  });
  expect(published.statusCode, published.body).toBe(200);
  return event;
}

/**
 * Inserts a registration row directly, in whatever state a test needs (confirmed, waitlisted, checked
 * in …), without the public opt-in flow. Defaults: a confirmed seat in the sector `oem`.
 */
export async function insertRegistration(
  t: TestApp,
  eventId: string,
  overrides: Partial<Insertable<RegistrationsTable>> = {},
): Promise<RegistrationRow> {
  sequence += 1;
  const now = t.clock.now().toISOString();
  const values: Insertable<RegistrationsTable> = {
    id: randomUUID(),
    eventId,
    personId: null,
    status: 'confirmed',
    isGuest: 0,
    email: `person${sequence}-${randomUUID().slice(0, 6)}@example.org`,
    salutation: 'ms',
    academicTitle: '',
    firstName: `Vorname${sequence}`,
    lastName: `Nachname${sequence}`,
    organization: 'Beispiel GmbH',
    position: '',
    sector: 'oem',
    phone: '',
    topics: '[]',
    answers: '{}',
    locale: 'de',
    consentDirectory: 0,
    consentPhotos: 0,
    waitlistNumber: null,
    ticketCode: `T-${randomBytes(8).toString('hex')}`,
    manageTokenHash: randomBytes(16).toString('hex'),
    confirmTokenHash: null,
    confirmExpiresAt: null,
    requestedAt: now,
    requestIp: '127.0.0.1',
    optinMailSentAt: null,
    confirmedAt: now,
    confirmIp: null,
    offeredAt: null,
    cancelledAt: null,
    expiredAt: null,
    reconfirmSentAt: null,
    reconfirmAnswer: null,
    reconfirmAnsweredAt: null,
    checkedInAt: null,
    checkInCount: 0,
    notes: '',
    createdAt: now,
    updatedAt: now,
    searchText: '',
    ...overrides,
  };
  values.searchText = personSearchText(values);
  await t.database.handle.db.insertInto('registrations').values(values).execute();
  return readRegistration(t, values.id);
}

/** The stored row of a registration (to check what an API call did or did not change). */
export async function readRegistration(t: TestApp, id: string): Promise<RegistrationRow> {
  return t.database.handle.db
    .selectFrom('registrations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
