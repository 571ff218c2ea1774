import { randomUUID } from 'node:crypto';
import { personSearchText } from '../src/contract/search-fold.js';
import type { Caller, TestApp } from './build-app.js';
import { sessionCookie } from './build-app.js';

let addressCounter = 0;

/** A fresh client address, so per-address rate limits of one test do not leak into the next. */
export function nextRemoteAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** Inserts a participant (no password) directly, as the registration feature would. */
export async function createParticipant(
  t: TestApp,
  overrides: { email?: string; locale?: 'de' | 'en'; firstName?: string } = {},
): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = overrides.email ?? `teilnehmerin-${id.slice(0, 8)}@example.org`;
  const now = t.clock.now().toISOString();
  const names = {
    email,
    firstName: overrides.firstName ?? 'Petra',
    lastName: 'Teilnehmerin',
    organization: 'Zulieferer GmbH',
  };
  await t.database.handle.db
    .insertInto('people')
    .values({
      id,
      ...names,
      searchText: personSearchText(names),
      locale: overrides.locale ?? 'de',
      role: 'participant',
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    })
    .execute();
  return { id, email };
}

/** The newest mail of a kind to an address, as stored in the outbox. */
export async function latestMail(t: TestApp, to: string, kind?: string) {
  let query = t.database.handle.db
    .selectFrom('outbox')
    .selectAll()
    .where('toAddress', '=', to)
    .orderBy('createdAt', 'desc');
  if (kind) {
    query = query.where('kind', '=', kind);
  }
  return query.executeTakeFirst();
}

/** The secret of the first link in a mail text that matches the pattern (its first group). */
export function secretFromText(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match?.[1]) {
    throw new Error(`no link matching ${String(pattern)} in mail:\n${text}`);
  }
  return decodeURIComponent(match[1]);
}

export const MAGIC_LINK_PATTERN = /\/auth\/magic\?token=([A-Za-z0-9_%-]+)/;

/** Asks for a magic link and returns the token from the mail in the outbox. */
export async function requestMagicLinkToken(t: TestApp, email: string, redirectTo?: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/magic-link',
    remoteAddress: nextRemoteAddress(),
    payload: { email, redirectTo },
  });
  if (response.statusCode !== 202) {
    throw new Error(`magic link request answered ${response.statusCode}: ${response.body}`);
  }
  const mail = await latestMail(t, email, 'magic-link');
  if (!mail) {
    throw new Error(`no magic link mail to ${email}`);
  }
  return secretFromText(mail.textBody, MAGIC_LINK_PATTERN);
}

/** Signs a participant in the way a person does: magic link mail, then the link. */
export async function signInParticipant(t: TestApp): Promise<Caller & { personId: string; email: string }> {
  const person = await createParticipant(t);
  const token = await requestMagicLinkToken(t, person.email);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/magic-link/consume',
    remoteAddress: nextRemoteAddress(),
    payload: { token },
  });
  if (response.statusCode !== 200) {
    throw new Error(`magic link consume answered ${response.statusCode}: ${response.body}`);
  }
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return {
    personId: person.id,
    email: person.email,
    headers: { cookie: sessionCookie(response), 'x-csrf-token': csrfToken },
  };
}

/** The error code of an API error answer. */
export function errorCode(response: { json: <T>() => T }): string | undefined {
  return response.json<{ error?: { code?: string } }>().error?.code;
}
