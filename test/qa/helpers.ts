import type { AdminSession } from '../../src/contract/program.js';
import type { AdminLiveSettings, LiveSettingsInput } from '../../src/contract/qa.js';
import { GUEST_COOKIE } from '../../src/server/live/index.js';
import { decodeFrame } from '../../src/server/live/protocol.js';
import type { Caller, TestApp } from '../build-app.js';
import { nextRemoteAddress } from '../people.js';
import { createProgrammeEvent, send, sessionInput } from '../program/helpers.js';

export { send };

/** A published event with one panel session whose live settings are as given (Q&A on, guests allowed by default). */
export async function createLiveSession(
  t: TestApp,
  organizer: Caller,
  settings: Partial<LiveSettingsInput> = {},
): Promise<{ eventId: string; sessionId: string; settings: AdminLiveSettings }> {
  const event = await createProgrammeEvent(t, organizer);
  const session = await send<AdminSession>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/events/${event.id}/sessions`,
    sessionInput({ title: 'Podium: Wasserstoff' }),
  );
  const saved = await send<AdminLiveSettings>(
    t,
    organizer,
    'PUT',
    `/api/v1/admin/sessions/${session.body.id}/live-settings`,
    { qaEnabled: true, preApproval: false, guestsAllowed: true, ...settings },
  );
  if (saved.status !== 200) {
    throw new Error(`live settings answered ${saved.status}: ${JSON.stringify(saved.body)}`);
  }
  return { eventId: event.id, sessionId: session.body.id, settings: saved.body };
}

/** A guest as the browser is one: the server-issued guest cookie (made directly in the guest store). */
export async function createGuest(t: TestApp): Promise<Caller & { guestId: string }> {
  const { guestId, token } = await t.app.liveGuests.issue();
  return { guestId, headers: { cookie: `${GUEST_COOKIE}=${token}` } };
}

/** Sends as a caller from a fresh client address (so address-based limits of one call do not touch the next). */
export async function call<T>(
  t: TestApp,
  caller: Caller | null,
  method: string,
  url: string,
  payload?: unknown,
) {
  const response = await t.app.inject({
    method: method as 'POST',
    url,
    remoteAddress: nextRemoteAddress(),
    headers: { ...(caller?.headers ?? {}), 'accept-language': 'de' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const json = (response.headers['content-type'] ?? '').toString().includes('json');
  const body = json && response.body ? response.json<T>() : (undefined as T);
  return { status: response.statusCode, body, raw: response };
}

/** The guest cookie a response set, as a caller (a guest who got their identity from that answer). */
export function guestFromResponse(response: { cookies: { name: string; value: string }[] }): Caller | null {
  const cookie = response.cookies.find((c) => c.name === GUEST_COOKIE);
  return cookie ? { headers: { cookie: `${GUEST_COOKIE}=${cookie.value}` } } : null;
}

/** Collects what the hub delivers to a room (a local subscriber, as a WebSocket connection is one). */
export async function watchRoom(t: TestApp, room: string) {
  const messages: { kind: string; id: string; version: number; data: unknown }[] = [];
  const subscriber = {
    deliver(payload: Buffer) {
      messages.push(...decodeFrame(payload));
    },
    resync() {},
  };
  await t.live.join(room, subscriber);
  return {
    messages,
    stop: () => t.live.leave(room, subscriber),
    /** Waits until what was published so far has been delivered (the hub sends at the end of a turn, or coalesced). */
    settle: (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
