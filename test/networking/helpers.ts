import type { ProfileInput } from '../../src/contract/networking.js';
import { buildEventInput } from '../factories.js';
import { sessionCookie, type Caller, type TestApp } from '../build-app.js';
import { nextRemoteAddress, requestMagicLinkToken } from '../people.js';

export type Participant = Caller & { personId: string; email: string };

let counter = 0;

/** A published event with the default sectors and two topics, created through the organizer API. */
export async function createNetworkingEvent(
  t: TestApp,
  organizer: Caller,
): Promise<{ id: string; slug: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/events',
    headers: organizer.headers,
    payload: buildEventInput({ topics: ['Ladeinfrastruktur', 'Wasserstoff'] }),
  });
  const event = created.json<{ id: string; slug: string }>();
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events/${event.id}/publish`,
    headers: organizer.headers,
  });
  return event;
}

/** Signs in the person behind an address through a magic link, as a participant does. */
export async function signIn(t: TestApp, email: string): Promise<Caller & { personId: string }> {
  const token = await requestMagicLinkToken(t, email);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/magic-link/consume',
    remoteAddress: nextRemoteAddress(),
    payload: { token },
  });
  const { csrfToken } = response.json<{ csrfToken: string }>();
  const person = await t.database.handle.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { personId: person.id, headers: { cookie: sessionCookie(response), 'x-csrf-token': csrfToken } };
}

/** A confirmed participant added by the organizer (no directory consent yet), signed in. */
export async function addParticipant(
  t: TestApp,
  organizer: Caller,
  eventId: string,
  details: {
    firstName?: string;
    lastName?: string;
    organization?: string;
    sector?: string;
    phone?: string;
    /** The address's domain (example.org, a public mail service to the matcher, by default). */
    mailDomain?: string;
  } = {},
): Promise<Participant> {
  counter += 1;
  const email = `netz-${counter}-${Math.random().toString(36).slice(2, 8)}@${details.mailDomain ?? 'example.org'}`;
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events/${eventId}/registrations`,
    headers: organizer.headers,
    payload: {
      firstName: details.firstName ?? `Person${counter}`,
      lastName: details.lastName ?? 'Beispiel',
      email,
      organization: details.organization ?? `Firma ${counter} GmbH`,
      sector: details.sector ?? 'supplier',
      phone: details.phone ?? `+49 351 ${String(100000 + counter)}`,
      sendMail: false,
    },
  });
  if (response.statusCode !== 201) {
    throw new Error(`adding a participant answered ${response.statusCode}: ${response.body}`);
  }
  return { ...(await signIn(t, email)), email };
}

/** A valid profile body; override what a test is about. */
export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    organization: 'Beispiel Energie GmbH',
    sector: 'energy',
    position: 'Leiterin Netze',
    description: 'Stadtwerk mit eigenem Verteilnetz.',
    offerText: 'Wir planen und betreiben Ladesäulen für Gewerbegebiete.',
    seekText: 'Leichtbau für Gehäuse von Wallboxen.',
    offerTags: ['charging'],
    seekTags: ['lightweight'],
    topics: ['Ladeinfrastruktur'],
    languages: ['de', 'en'],
    textLanguage: 'de',
    directoryConsent: true,
    ...overrides,
  };
}

/** Saves a profile as the participant; throws unless it succeeds. */
export async function saveProfile(
  t: TestApp,
  who: Caller,
  slug: string,
  overrides: Partial<ProfileInput> = {},
) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/events/${slug}/networking/profile`,
    headers: who.headers,
    payload: profileInput(overrides),
  });
  if (response.statusCode !== 200) {
    throw new Error(`saving a profile answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<{ personId: string }>();
}

/** GET as the caller; returns status and parsed body. */
export async function get<T>(t: TestApp, who: Caller | null, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  return { status: response.statusCode, body: response.json<T>(), text: response.body };
}
