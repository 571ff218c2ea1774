import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';

const DAY_MS = 86_400_000;
/** Idempotency answers are replayed for 24 hours (plugins/idempotency.ts); failures count 15 minutes. */
const IDEMPOTENCY_KEEP_MS = DAY_MS;
const SIGN_IN_FAILURE_KEEP_MS = 30 * 60_000;

type RetentionConfig = Pick<
  Config,
  | 'RETENTION_MAIL_DAYS'
  | 'RETENTION_UNCONFIRMED_DAYS'
  | 'RETENTION_GUEST_DAYS'
  | 'RETENTION_INVITE_DAYS'
  | 'SESSION_IDLE_MINUTES'
>;

interface RetentionDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: RetentionConfig;
  /** Erases a person with every feature's eraser (privacy service). */
  erasePerson(personId: string): Promise<void>;
}

/** Rows purged per kind in one run. */
export type RetentionCounts = Record<
  | 'sessions'
  | 'signInLinks'
  | 'invitations'
  | 'idempotencyKeys'
  | 'signInFailures'
  | 'guests'
  | 'unconfirmedRegistrations'
  | 'people'
  | 'mails',
  number
>;

const count = (result: { numDeletedRows: bigint }[]) =>
  result.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);

/**
 * Purges what is past its purpose, each kind after its own period (RETENTION_* settings), and records
 * the counts in retention_runs. Safe to run on several instances at once: every step is a DELETE of
 * rows that are already past their time.
 */
export function createRetentionJob({ db, clock, config, erasePerson }: RetentionDeps) {
  const before = (ms: number) => new Date(clock.now().getTime() - ms).toISOString();

  async function purgeLapsedRegistrations(): Promise<{ registrations: number; people: number }> {
    const cutoff = before(config.RETENTION_UNCONFIRMED_DAYS * DAY_MS);
    const lapsed = await db
      .selectFrom('registrations')
      .select(['id', 'personId'])
      .where('status', '=', 'expired')
      .where('confirmedAt', 'is', null)
      .where('updatedAt', '<', cutoff)
      .execute();
    let registrations = 0;
    let people = 0;
    for (const row of lapsed) {
      registrations += count(await db.deleteFrom('registrations').where('id', '=', row.id).execute());
      if (!row.personId) {
        continue;
      }
      // The person came only with this registration: no account, nothing else registered.
      const person = await db
        .selectFrom('people')
        .select(['id', 'role', 'passwordHash', 'lastSignInAt'])
        .where('id', '=', row.personId)
        .executeTakeFirst();
      const others = await db
        .selectFrom('registrations')
        .select('id')
        .where('personId', '=', row.personId)
        .limit(1)
        .execute();
      if (
        person &&
        person.role === 'participant' &&
        person.passwordHash === null &&
        person.lastSignInAt === null &&
        others.length === 0
      ) {
        await erasePerson(person.id);
        people += 1;
      }
    }
    return { registrations, people };
  }

  return {
    /** One run: purges everything due and returns (and records) the counts. */
    async run(): Promise<RetentionCounts> {
      const now = clock.now().toISOString();
      const sessions = count(
        await db
          .deleteFrom('sessions')
          .where((eb) =>
            eb.or([
              eb('expiresAt', '<', now),
              eb('lastSeenAt', '<', before(config.SESSION_IDLE_MINUTES * 60_000)),
            ]),
          )
          .execute(),
      );
      const signInLinks = count(
        await db
          .deleteFrom('magicLinks')
          .where((eb) => eb.or([eb('expiresAt', '<', now), eb('usedAt', 'is not', null)]))
          .execute(),
      );
      const inviteCutoff = before(config.RETENTION_INVITE_DAYS * DAY_MS);
      const invitations = count(
        await db
          .deleteFrom('organizerInvites')
          .where((eb) =>
            eb.or([
              eb.and([eb('acceptedAt', 'is', null), eb('expiresAt', '<', inviteCutoff)]),
              eb('acceptedAt', '<', inviteCutoff),
            ]),
          )
          .execute(),
      );
      const idempotencyKeys = count(
        await db.deleteFrom('idempotencyKeys').where('createdAt', '<', before(IDEMPOTENCY_KEEP_MS)).execute(),
      );
      const signInFailures = count(
        await db
          .deleteFrom('signInFailures')
          .where('createdAt', '<', before(SIGN_IN_FAILURE_KEEP_MS))
          .execute(),
      );
      const guests = count(
        await db
          .deleteFrom('liveGuests')
          .where('lastSeenAt', '<', before(config.RETENTION_GUEST_DAYS * DAY_MS))
          .execute(),
      );
      const lapsed = await purgeLapsedRegistrations();
      const mails = count(
        await db
          .deleteFrom('outbox')
          .where('status', 'in', ['sent', 'logged', 'failed'])
          .where('createdAt', '<', before(config.RETENTION_MAIL_DAYS * DAY_MS))
          .execute(),
      );
      const counts: RetentionCounts = {
        sessions,
        signInLinks,
        invitations,
        idempotencyKeys,
        signInFailures,
        guests,
        unconfirmedRegistrations: lapsed.registrations,
        people: lapsed.people,
        mails,
      };
      await db
        .insertInto('retentionRuns')
        .values({ id: newId(), ranAt: now, purged: JSON.stringify(counts) })
        .execute();
      return counts;
    },
  };
}
export type RetentionJob = ReturnType<typeof createRetentionJob>;
