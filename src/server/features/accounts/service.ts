import type { Kysely } from 'kysely';
import type { ApiToken, Person, SessionInfo } from '../../../contract/accounts.js';
import type { Locale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import { publicUrl, type Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, fieldError } from '../../errors.js';
import { addressBlock } from '../../address-block.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { magicLinkMail, organizerInviteMail } from '../../mail/templates.js';
import type { Actor, SessionStore } from '../../plugins/auth.js';
import type { ConsentRecorder } from '../privacy/index.js';
import type { SitePageService } from '../site-pages/index.js';
import { checkPasswordRules, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { createAccountRepository, type PersonRow } from './repository.js';

/**
 * Failed sign-ins allowed within the window before the next try is refused: per client address and
 * account (the owner at another address is not locked out by someone guessing), per address over all
 * accounts (password spraying), and per account over all addresses (a distributed guess; high enough
 * that locking the owner out takes many addresses).
 */
export const SIGN_IN_MAX_FAILURES = { addressAndAccount: 5, address: 10, account: 50 } as const;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
const MAGIC_LINK_MINUTES = 30;
const INVITE_DAYS = 7;

interface AccountDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  mail: MailOutbox;
  sessions: SessionStore;
  sitePages: SitePageService;
  consents?: ConsentRecorder;
  /** The network's name for mail subjects and texts (features/branding); CrossDialog without it. */
  networkName?: () => string;
}

/** What a route hands over so the service can start a session for the caller. */
export interface WebContext {
  ip: string;
  startSession(personId: string): Promise<{ csrfToken: string }>;
}

/** The failure key of one account tried from one address block; erasure finds it by its prefix. */
export function signInPairKey(email: string, block: string): string {
  return `pair:${email}\n${block}`;
}

/** The public shape of a person row. */
export function toPerson(row: Omit<PersonRow, 'searchText'>): Person {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    organization: row.organization,
    locale: row.locale === 'en' ? 'en' : 'de',
    role: row.role,
  };
}

function toApiToken(row: {
  id: string;
  name: string;
  tokenPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.tokenPrefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** Accounts: organizer sign-in, participant magic links, organizer invites, API tokens. */
export function createAccountService(deps: AccountDeps) {
  const { db, clock, config, mail } = deps;
  const networkName = deps.networkName ?? (() => 'CrossDialog');
  const repo = createAccountRepository(db);
  const base = publicUrl(config);

  function organizerOnly(actor: Actor): void {
    if (actor.kind === 'anonymous') {
      throw new AppError('unauthenticated');
    }
    if (actor.role !== 'organizer') {
      throw new AppError('forbidden');
    }
  }

  async function signInPerson(person: PersonRow, web: WebContext): Promise<SessionInfo> {
    await repo.updatePerson(person.id, { lastSignInAt: clock.now().toISOString() });
    const { csrfToken } = await web.startSession(person.id);
    return { person: toPerson(person), csrfToken, via: 'session' };
  }

  /** Creates a bearer token with organizer rights; the secret is returned once and only its hash kept. */
  async function issueApiToken(
    name: string,
    createdBy: string | null,
  ): Promise<ApiToken & { token: string }> {
    const secret = `cdt_${newSecret()}`;
    const row = {
      id: newId(),
      name,
      tokenHash: hashSecret(secret),
      tokenPrefix: secret.slice(0, 10),
      createdBy,
      createdAt: clock.now().toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await repo.insertApiToken(row);
    return { ...toApiToken(row), token: secret };
  }

  /** Creates an organizer account directly (demo data, CLI). */
  async function createOrganizer(input: {
    email: string;
    firstName: string;
    lastName: string;
    organization: string;
    password: string;
    locale: Locale;
  }) {
    const rule = checkPasswordRules(input.password);
    if (rule) {
      throw fieldError('password', rule);
    }
    const now = clock.now().toISOString();
    const row: Omit<PersonRow, 'searchText'> = {
      id: newId(),
      email: input.email.toLowerCase(),
      firstName: input.firstName,
      lastName: input.lastName,
      organization: input.organization,
      locale: input.locale,
      role: 'organizer',
      passwordHash: await hashPassword(input.password),
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    };
    await repo.insertPerson(row);
    return toPerson(row);
  }

  return {
    /**
     * Organizer sign-in with email and password. Says the same for an unknown email and a wrong
     * password; refuses after 5 failures per account or per address in 15 minutes.
     */
    async signIn(body: { email: string; password: string }, web: WebContext): Promise<SessionInfo> {
      const now = clock.now();
      // Keyed on the address as stored (lower case) and the client's /64 for IPv6: another spelling of
      // the address or another address of the same subscriber counts against the same limits.
      const email = body.email.trim().toLowerCase();
      const block = addressBlock(web.ip);
      const limits = [
        { key: signInPairKey(email, block), max: SIGN_IN_MAX_FAILURES.addressAndAccount },
        { key: `ip:${block}`, max: SIGN_IN_MAX_FAILURES.address },
        { key: `email:${email}`, max: SIGN_IN_MAX_FAILURES.account },
      ];
      const keys = limits.map((l) => l.key);
      const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
      const counts = await repo.countRecentFailures(keys, since);
      if (limits.some((l) => (counts.get(l.key) ?? 0) >= l.max)) {
        throw new AppError('rate_limited');
      }
      const person = await repo.findPersonByEmail(body.email);
      const ok = person?.passwordHash
        ? await verifyPassword(person.passwordHash, body.password)
        : (await verifyAgainstDummy(body.password), false);
      if (!person || !ok) {
        await repo.insertFailures(keys.map((key) => ({ id: newId(), key, createdAt: now.toISOString() })));
        await repo.pruneFailures(new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS).toISOString());
        throw new AppError('sign_in_failed');
      }
      await repo.clearFailures(signInPairKey(email, block));
      return signInPerson(person, web);
    },

    /** Sends a one-time sign-in link if the address belongs to a person; the answer never tells. */
    async requestMagicLink(body: { email: string; redirectTo?: string }, locale: Locale): Promise<void> {
      const person = await repo.findPersonByEmail(body.email);
      if (!person) {
        return;
      }
      const secret = newSecret();
      const now = clock.now();
      await repo.insertMagicLink({
        id: newId(),
        tokenHash: hashSecret(secret),
        personId: person.id,
        redirectTo: body.redirectTo ?? '/me/events',
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000).toISOString(),
        usedAt: null,
      });
      const personLocale: Locale = person.locale === 'en' ? 'en' : locale;
      const rendered = magicLinkMail(personLocale, {
        name: `${person.firstName} ${person.lastName}`.trim(),
        url: `${base}/auth/magic?token=${encodeURIComponent(secret)}`,
        minutes: MAGIC_LINK_MINUTES,
        network: networkName(),
      });
      await mail.enqueueMail({
        kind: 'magic-link',
        dedupeKey: `magic-link:${hashSecret(secret)}`,
        to: person.email,
        locale: personLocale,
        ...rendered,
        about: { personId: person.id },
      });
    },

    /** Signs in with a magic link (once, before it expires); returns where to go next. */
    async consumeMagicLink(token: string, web: WebContext): Promise<SessionInfo & { redirectTo: string }> {
      const link = await repo.consumeMagicLink(hashSecret(token), clock.now().toISOString());
      const person = link ? await repo.findPersonById(link.personId) : undefined;
      if (!link || !person) {
        throw new AppError('link_invalid');
      }
      return { ...(await signInPerson(person, web)), redirectTo: link.redirectTo };
    },

    /** Who is calling, with the CSRF token the web app echoes on writes. */
    async getSessionInfo(actor: Actor): Promise<SessionInfo> {
      if (actor.kind === 'token') {
        return { person: null, csrfToken: null, via: 'token' };
      }
      if (actor.kind === 'anonymous') {
        return { person: null, csrfToken: null, via: 'none' };
      }
      const person = await repo.findPersonById(actor.personId);
      return { person: person ? toPerson(person) : null, csrfToken: actor.csrfToken, via: 'session' };
    },

    /** Remembers the person's language. */
    async setLocale(actor: Actor, locale: Locale): Promise<void> {
      if (actor.kind !== 'person') {
        throw new AppError('unauthenticated');
      }
      await repo.updatePerson(actor.personId, { locale, updatedAt: clock.now().toISOString() });
    },

    /** Invites a further organizer by mail. */
    async inviteOrganizer(actor: Actor, body: { email: string; locale: Locale }) {
      organizerOnly(actor);
      const existing = await repo.findPersonByEmail(body.email);
      if (existing?.role === 'organizer') {
        throw new AppError('email_taken', [{ field: 'email', key: 'error.email_taken' }]);
      }
      const inviter = actor.kind === 'person' ? await repo.findPersonById(actor.personId) : undefined;
      const secret = newSecret();
      const now = clock.now();
      const row = {
        id: newId(),
        tokenHash: hashSecret(secret),
        email: body.email,
        locale: body.locale,
        invitedBy: inviter?.id ?? null,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
        acceptedAt: null,
      };
      await repo.insertInvite(row);
      const rendered = organizerInviteMail(body.locale, {
        inviter: inviter ? `${inviter.firstName} ${inviter.lastName}` : networkName(),
        url: `${base}/invite/${encodeURIComponent(secret)}`,
        days: INVITE_DAYS,
        network: networkName(),
      });
      await mail.enqueueMail({
        kind: 'organizer-invite',
        dedupeKey: `invite:${row.id}`,
        to: body.email,
        locale: body.locale,
        ...rendered,
      });
      return {
        id: row.id,
        email: row.email,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        acceptedAt: null,
      };
    },

    /** The address an open invitation was sent to (for the accept form). */
    async getInvite(token: string): Promise<{ email: string }> {
      const invite = await repo.findOpenInvite(hashSecret(token), clock.now().toISOString());
      if (!invite) {
        throw new AppError('link_invalid');
      }
      return { email: invite.email };
    },

    /**
     * Accepts an invitation: creates (or upgrades) the organizer account, records consent, signs in.
     * All or nothing: the invitation is used only together with the account it made.
     */
    async acceptInvite(
      body: { token: string; firstName: string; lastName: string; organization: string; password: string },
      web: WebContext,
    ): Promise<SessionInfo> {
      const now = clock.now().toISOString();
      const invite = await repo.findOpenInvite(hashSecret(body.token), now);
      if (!invite) {
        throw new AppError('link_invalid');
      }
      const rule = checkPasswordRules(body.password);
      if (rule) {
        throw fieldError('password', rule);
      }
      // Before the transaction: hashing takes a while, and on SQLite a transaction holds the one connection.
      const passwordHash = await hashPassword(body.password);
      // The consent refers to the notice in the language the invitation was written in.
      const version = await deps.sitePages.currentVersion('privacy', invite.locale === 'en' ? 'en' : 'de');
      const accept = () =>
        db.transaction().execute(async (trx) => {
          const tx = createAccountRepository(trx);
          // The conditional mark decides between two acceptances of one invitation: the second finds it
          // used (on PostgreSQL it waits for the first to commit) and changes nothing.
          if (!(await tx.markInviteAccepted(invite.id, now))) {
            throw new AppError('link_invalid');
          }
          const existing = await tx.findPersonByEmail(invite.email);
          const values = {
            firstName: body.firstName,
            lastName: body.lastName,
            organization: body.organization,
            role: 'organizer' as const,
            passwordHash,
            updatedAt: now,
          };
          const id = existing?.id ?? newId();
          if (existing) {
            await tx.updatePerson(existing.id, values);
          } else {
            await tx.insertPerson({
              ...values,
              id,
              email: invite.email,
              locale: invite.locale,
              createdAt: now,
              lastSignInAt: null,
            });
          }
          await deps.consents?.recordConsent(
            { personId: id, eventId: null, kind: 'privacy', granted: true, textVersion: version, ip: web.ip },
            trx,
          );
          return id;
        });
      let personId: string;
      try {
        personId = await accept();
      } catch (error) {
        // Someone registered with this address between the lookup and the insert: the transaction rolled
        // back whole (the invitation too), and the second go finds that person and makes them organizer.
        if (!isUniqueViolation(error)) {
          throw error;
        }
        personId = await accept();
      }
      return signInPerson((await repo.findPersonById(personId))!, web);
    },

    /** Organizers and open invitations, for the admin UI. */
    async listOrganizers(actor: Actor) {
      organizerOnly(actor);
      const [people, invites] = await Promise.all([repo.listOrganizers(), repo.listInvites()]);
      return {
        organizers: people.map(toPerson),
        invites: invites.map((i) => ({
          id: i.id,
          email: i.email,
          createdAt: i.createdAt,
          expiresAt: i.expiresAt,
          acceptedAt: i.acceptedAt,
        })),
      };
    },

    /** Creates an API token from the admin UI. */
    async createApiToken(actor: Actor, name: string) {
      organizerOnly(actor);
      return issueApiToken(name, actor.kind === 'person' ? actor.personId : null);
    },

    /** Creates an API token from the command line (whoever runs it owns the server). */
    issueApiToken,

    async listApiTokens(actor: Actor): Promise<ApiToken[]> {
      organizerOnly(actor);
      return (await repo.listApiTokens()).map(toApiToken);
    },

    /** Revokes a token; it stops working at once. */
    async revokeApiToken(actor: Actor, id: string): Promise<void> {
      organizerOnly(actor);
      if (!(await repo.findApiToken(id))) {
        throw new AppError('not_found');
      }
      await repo.revokeApiToken(id, clock.now().toISOString());
    },

    createOrganizer,

    /**
     * Sets a new password for the organizer with this address, or creates the organizer (command line:
     * whoever runs it owns the server). Ends every session of that person.
     */
    async setOrganizerPassword(input: { email: string; password: string; name?: string }) {
      const rule = checkPasswordRules(input.password);
      if (rule) {
        throw fieldError('password', rule);
      }
      const existing = await repo.findPersonByEmail(input.email);
      if (!existing) {
        const [firstName = 'Organisation', ...rest] = (input.name ?? '').trim().split(/\s+/).filter(Boolean);
        return {
          created: true,
          person: await createOrganizer({
            email: input.email,
            firstName,
            lastName: rest.join(' '),
            organization: '',
            password: input.password,
            locale: 'de',
          }),
        };
      }
      const passwordHash = await hashPassword(input.password);
      await repo.updatePerson(existing.id, {
        role: 'organizer',
        passwordHash,
        updatedAt: clock.now().toISOString(),
      });
      await repo.deleteSessionsOfPerson(existing.id);
      return { created: false, person: toPerson({ ...existing, role: 'organizer' }) };
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
