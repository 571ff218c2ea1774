import type { RegistrationAdmin } from '../../../src/contract/registration.js';
import { DEMO_ORGANIZER } from '../../fixtures/organizer.js';

/** The demo organizer signed in through the API (cookie + CSRF token), for seeding what a journey needs. */
export interface OrganizerApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export interface Participant {
  firstName: string;
  lastName: string;
  email: string;
  organization: string;
  sector?: string;
  isGuest?: boolean;
  notes?: string;
  locale?: 'de' | 'en';
}

/** Signs in as the demo organizer and returns a small JSON client that sends the session's CSRF token. */
export async function signInOrganizerApi(baseUrl: string): Promise<OrganizerApi> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password }),
  });
  if (!response.ok) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
  };
}

/** The upcoming demo edition (registration open). */
export async function upcomingEvent(api: OrganizerApi): Promise<{ id: string; title: string }> {
  const { events } = await api.get<{ events: { id: string; title: string; isPast: boolean }[] }>(
    '/api/v1/admin/events',
  );
  const event = events.find((e) => !e.isPast);
  if (!event) {
    throw new Error('the demo has no upcoming event');
  }
  return event;
}

/** Adds a confirmed participant by hand, without mail (the organizer's manual add). */
export async function addParticipant(
  api: OrganizerApi,
  eventId: string,
  p: Participant,
): Promise<RegistrationAdmin> {
  return api.post<RegistrationAdmin>(`/api/v1/admin/events/${eventId}/registrations`, {
    sector: 'supplier',
    ...p,
    sendMail: false,
  });
}
