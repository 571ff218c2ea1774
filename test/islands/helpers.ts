import { expect } from 'vitest';
import type { AssignmentView, IslandAdmin, IslandInput, MyIslands } from '../../src/contract/islands.js';
import { hashSecret, newSecret } from '../../src/server/ids.js';
import { sessionCookie, type Caller, type TestApp } from '../build-app.js';
import { nextRemoteAddress, requestMagicLinkToken } from '../people.js';
import { createProgrammeEvent, send, sessionInput } from '../program/helpers.js';

export { send };

export interface IslandEvent {
  id: string;
  slug: string;
  roundIds: string[];
}

/** A published event (2027-02-04) with `rounds` island rounds in its programme. */
export async function createIslandEvent(t: TestApp, organizer: Caller, rounds = 2): Promise<IslandEvent> {
  const event = await createProgrammeEvent(t, organizer);
  const roundIds: string[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const hour = String(10 + i).padStart(2, '0');
    const created = await send<{ id: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/sessions`,
      sessionInput({
        type: 'island-round',
        title: `Gesprächsinseln, Runde ${i + 1}`,
        startsAt: `2027-02-04T${hour}:00`,
        endsAt: `2027-02-04T${hour}:45`,
        room: 'Galerie',
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    roundIds.push(created.body.id);
  }
  return { ...event, roundIds };
}

/** Adds an island through the API. */
export async function addIsland(
  t: TestApp,
  organizer: Caller,
  eventId: string,
  overrides: Partial<IslandInput> = {},
): Promise<IslandAdmin> {
  const response = await send<IslandAdmin>(t, organizer, 'POST', `/api/v1/admin/events/${eventId}/islands`, {
    theme: 'Energie',
    description: 'Strom, Wasserstoff, Ladeinfrastruktur.',
    guidingQuestions: ['Wo lohnt sich gemeinsames Laden?'],
    place: 'Halle A',
    tableLabel: 'Tisch 3',
    capacity: 4,
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

let counter = 0;

export interface Participant {
  personId: string;
  email: string;
  registrationId: string;
  name: string;
  organization: string;
}

/** A confirmed participant, added by the organizer (no mail), in a sector. */
export async function addParticipant(
  t: TestApp,
  organizer: Caller,
  eventId: string,
  sector = 'oem',
  extra: Record<string, unknown> = {},
): Promise<Participant> {
  counter += 1;
  const email = `insel-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const firstName = `Vera${counter}`;
  const organization = `Firma ${counter} (Test)`;
  const response = await send<{ id: string }>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/events/${eventId}/registrations`,
    { firstName, lastName: 'Beispiel', email, organization, sector, sendMail: false, ...extra },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const row = await t.database.handle.db
    .selectFrom('registrations')
    .select(['personId'])
    .where('id', '=', response.body.id)
    .executeTakeFirstOrThrow();
  return {
    personId: row.personId!,
    email,
    registrationId: response.body.id,
    name: `${firstName} Beispiel`,
    organization,
  };
}

/** Signs an existing person in through a magic link. */
export async function signInAs(t: TestApp, email: string): Promise<Caller> {
  const token = await requestMagicLinkToken(t, email);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/magic-link/consume',
    remoteAddress: nextRemoteAddress(),
    payload: { token },
  });
  expect(response.statusCode, response.body).toBe(200);
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { headers: { cookie: sessionCookie(response), 'x-csrf-token': csrfToken } };
}

/** A personal link secret for a registration, as the registration mails would carry one. */
export async function personalLink(t: TestApp, registrationId: string): Promise<string> {
  const token = newSecret();
  await t.database.handle.db
    .insertInto('registrationLinks')
    .values({
      tokenHash: hashSecret(token),
      registrationId,
      purpose: 'test',
      createdAt: t.clock.now().toISOString(),
    })
    .execute();
  return token;
}

/** Saves a ranking through the personal link and expects success. */
export async function rank(t: TestApp, token: string, ranking: string[], excluded: string[] = []) {
  const response = await send<MyIslands>(
    t,
    null,
    'PUT',
    `/api/v1/my-registration/${token}/island-preferences`,
    { ranking, excluded },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Calls an assignment action as the organizer and expects success. */
export async function assignmentAction(
  t: TestApp,
  organizer: Caller,
  eventId: string,
  action: 'run' | 'lock' | 'unlock' | 'publish' | 'sync',
): Promise<AssignmentView> {
  const response = await send<AssignmentView>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/events/${eventId}/island-assignment/${action}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Seats taken per island and round, as the database counts them. */
export async function seatCounters(t: TestApp, islandId: string): Promise<Record<string, number>> {
  const rows = await t.database.handle.db
    .selectFrom('islandRoundSeats')
    .select(['roundId', 'taken'])
    .where('islandId', '=', islandId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.roundId, Number(r.taken)]));
}
