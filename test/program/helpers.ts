import { buildEventInput } from '../factories.js';
import type { Caller, TestApp } from '../build-app.js';
import type { SessionInput, SpeakerInput } from '../../src/contract/program.js';

/** Creates an event (2027-02-04, 09:00–17:00 Berlin) through the API, published unless told otherwise. */
export async function createProgrammeEvent(
  t: TestApp,
  organizer: Caller,
  publish = true,
): Promise<{ id: string; slug: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/events',
    headers: organizer.headers,
    payload: buildEventInput(),
  });
  const event = created.json<{ id: string; slug: string }>();
  if (publish) {
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/publish`,
      headers: organizer.headers,
    });
  }
  return event;
}

/** A valid session body inside the factory event; override what a test is about. */
export function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    type: 'panel',
    title: 'Podium: Ladeinfrastruktur im Gewerbegebiet',
    description: 'Wer baut, wer betreibt, wer zahlt? <script>alert(1)</script>',
    startsAt: '2027-02-04T10:00',
    endsAt: '2027-02-04T11:00',
    room: 'Forum',
    topics: ['Ladeinfrastruktur'],
    speakers: [],
    ...overrides,
  };
}

export function speakerInput(overrides: Partial<SpeakerInput> = {}): SpeakerInput {
  return {
    name: 'Dr. Anna Beispiel',
    organization: 'Stadtwerke Musterstadt (Demo)',
    position: 'Leiterin Netze',
    bio: 'Baut seit zehn Jahren Ladepunkte.',
    ...overrides,
  };
}

/** Sends a JSON body as the caller and returns the parsed answer with its status. */
export async function send<T>(
  t: TestApp,
  caller: Caller | null,
  method: string,
  url: string,
  payload?: unknown,
  locale: 'de' | 'en' = 'de',
) {
  const response = await t.app.inject({
    method: method as 'POST',
    url,
    // The language cookie wins over a signed-in person's stored language, as in the browser's switch.
    headers: {
      ...(caller?.headers ?? {}),
      'accept-language': locale,
      cookie: [caller?.headers.cookie, `cd_lang=${locale}`].filter(Boolean).join('; '),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.json<T>(), raw: response };
}
