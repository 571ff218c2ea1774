import type { EventInput } from '../../src/contract/events.js';
import type { Caller, TestApp } from '../build-app.js';
import { buildEventInput } from '../factories.js';
import { nextRemoteAddress } from '../people.js';

let personCounter = 0;

/** A published event (created and published through the organizer API). */
export async function publishedEvent(t: TestApp, organizer: Caller, overrides: Partial<EventInput> = {}) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/events',
    headers: organizer.headers,
    payload: buildEventInput(overrides),
  });
  if (created.statusCode !== 201) {
    throw new Error(`event create answered ${created.statusCode}: ${created.body}`);
  }
  const { id, slug } = created.json<{ id: string; slug: string }>();
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events/${id}/publish`,
    headers: organizer.headers,
  });
  return { id, slug };
}

/** A valid registration body; a fresh address unless given. */
export function registrationBody(overrides: Record<string, unknown> = {}) {
  personCounter += 1;
  return {
    salutation: 'ms',
    firstName: 'Petra',
    lastName: `Teilnehmerin ${personCounter}`,
    email: `person${personCounter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    organization: 'Zulieferer GmbH',
    sector: 'supplier',
    consents: { privacy: true },
    ...overrides,
  };
}

/** Registers through the public API from a fresh client address. */
export async function register(
  t: TestApp,
  slug: string,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const body = registrationBody(overrides);
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/events/${slug}/registrations`,
    remoteAddress: nextRemoteAddress(),
    headers,
    payload: body,
  });
  return {
    response,
    email: body.email,
    json: () => response.json<{ id: string; status: string; waitlistPosition?: number }>(),
  };
}

/** The secret of the first link to a path in the newest mail of a kind to an address. */
export async function linkFromMail(t: TestApp, to: string, kind: string, pattern: RegExp): Promise<string> {
  const mail = await t.database.handle.db
    .selectFrom('outbox')
    .selectAll()
    .where('toAddress', '=', to)
    .where('kind', '=', kind)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  const match = mail ? pattern.exec(mail.textBody) : null;
  if (!match?.[1]) {
    throw new Error(`no ${kind} mail with a link to ${to}`);
  }
  return decodeURIComponent(match[1]);
}

export const CONFIRM_LINK = /\/registration\/confirm\?token=([A-Za-z0-9_%-]+)/;
export const MANAGE_LINK = /\/my-registration\/([A-Za-z0-9_%-]+)/;
export const RELEASE_LINK = /\/my-registration\/([A-Za-z0-9_%-]+)\/reconfirm\?answer=release/;

/** Counts mails of a kind to an address. */
export async function countMails(t: TestApp, to: string, kind: string): Promise<number> {
  const rows = await t.database.handle.db
    .selectFrom('outbox')
    .select('id')
    .where('toAddress', '=', to)
    .where('kind', '=', kind)
    .execute();
  return rows.length;
}

export async function statusOf(t: TestApp, id: string): Promise<string> {
  const row = await t.database.handle.db
    .selectFrom('registrations')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

export async function seatsTaken(t: TestApp, eventId: string): Promise<number> {
  const row = await t.database.handle.db
    .selectFrom('events')
    .select('seatsTaken')
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  return row.seatsTaken;
}
