import type { Kysely, Updateable } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { Clock } from '../../clock.js';
import type { Database, RegistrationsTable, RegistrationStatus } from '../../db/schema.js';
import { hashSecret, newSecret } from '../../ids.js';
import type { MailAttachment, MailOutbox } from '../../mail/outbox.js';
import type { WebhookOutbox } from '../webhooks/index.js';
import { renderRegistrationMail, type MailContext, type RegistrationMailKind } from './mails.js';
import {
  registrationRepository as repo,
  type Executor,
  type RegistrationRow,
  type SeatEventRow,
} from './repository.js';
import { freeSeats, selectForPromotion } from './waitlist.js';

export interface SeatDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: Pick<MailOutbox, 'enqueueMail'>;
  /** Base URL of the web app for links in mails. */
  baseUrl: string;
  /** Test-only: decide seats by reading first and writing later, to prove the concurrency test can fail. */
  unsafeDisableCapacityGuard?: boolean;
  /** Webhook messages written in the same transaction as each registration change. */
  webhooks?: Pick<WebhookOutbox, 'registration'>;
  /** Told after a commit that changed an event's seats or statuses (the live counters); must be cheap. */
  onSeatsChanged?: (eventId: string) => void;
}

/** The two seat statements, from the repository or compiled once (the public registration's hot path). */
type SeatStatements = Pick<typeof repo, 'takeSeat' | 'nextWaitlistNumber'>;

export const HOLDING_STATUSES: RegistrationStatus[] = ['pending', 'offered', 'confirmed'];
const HOUR_MS = 3_600_000;

/** The name a mail greets with: "Frau Dr. Beispiel" in German, "Ms Beispiel" in English, else the full name. */
export function addressName(
  row: Pick<RegistrationRow, 'salutation' | 'academicTitle' | 'firstName' | 'lastName'>,
  locale: Locale,
): string {
  const titles: Record<string, Record<Locale, string>> = {
    ms: { de: 'Frau', en: 'Ms' },
    mr: { de: 'Herr', en: 'Mr' },
  };
  const salutation = titles[row.salutation]?.[locale];
  if (salutation) {
    return [salutation, row.academicTitle, row.lastName].filter(Boolean).join(' ');
  }
  return [row.academicTitle, row.firstName, row.lastName].filter(Boolean).join(' ');
}

export function localeOf(row: Pick<RegistrationRow, 'locale'>): Locale {
  return row.locale === 'en' ? 'en' : 'de';
}

/**
 * Everything that changes seats, always inside a transaction the caller opens: taking a seat or a
 * waitlist number, freeing a seat and offering it to the next person, with the mails written into
 * the outbox in the same transaction (nothing lost on a crash, nothing sent twice).
 */
export function createSeatService(deps: SeatDeps) {
  const { clock, mail, baseUrl } = deps;
  const now = () => clock.now().toISOString();

  /** A fresh personal link for a mail; only its hash is stored. */
  async function issueLink(trx: Executor, registrationId: string, purpose: string): Promise<string> {
    const secret = newSecret();
    await repo.insertLink(trx, registrationId, hashSecret(secret), purpose, now());
    return secret;
  }

  const urls = {
    manage: (secret: string) => `${baseUrl}/my-registration/${encodeURIComponent(secret)}`,
    confirm: (secret: string) => `${baseUrl}/registration/confirm?token=${encodeURIComponent(secret)}`,
    reconfirm: (secret: string, answer: 'yes' | 'release') =>
      `${baseUrl}/my-registration/${encodeURIComponent(secret)}/reconfirm?answer=${answer}`,
  };

  /** Writes one registration mail into the outbox; `reason` makes the dedupe key (one mail per reason). */
  async function enqueue(
    trx: Executor,
    kind: RegistrationMailKind,
    reg: RegistrationRow,
    event: SeatEventRow,
    reason: string,
    extra: Omit<MailContext, 'locale' | 'name' | 'event' | 'manageUrl'> & { manageUrl: string },
    attachments?: MailAttachment[],
  ): Promise<void> {
    const locale = localeOf(reg);
    const rendered = renderRegistrationMail(kind, {
      locale,
      name: addressName(reg, locale),
      event,
      ...extra,
    });
    await mail.enqueueMail(
      {
        kind,
        dedupeKey: `${kind}:${reg.id}:${reason}`,
        to: reg.email,
        locale,
        ...rendered,
        attachments,
        about: { eventId: reg.eventId, registrationId: reg.id, personId: reg.personId },
      },
      trx as never,
    );
  }

  /** Writes the webhook message of a registration change into the caller's transaction. */
  async function notify(
    trx: Executor,
    type: Parameters<WebhookOutbox['registration']>[1],
    reg: Pick<RegistrationRow, 'id' | 'eventId' | 'status'>,
  ): Promise<void> {
    await deps.webhooks?.registration(trx, type, reg);
  }

  /** Offers a seat (already counted) to a waiting person: status offered, time-limited link by mail. */
  async function offerSeat(trx: Executor, event: SeatEventRow, reg: RegistrationRow): Promise<boolean> {
    const offeredAt = now();
    const expiresAt = new Date(clock.now().getTime() + event.offerHours * HOUR_MS).toISOString();
    const secret = newSecret();
    const changed = await repo.updateRegistration(
      trx,
      reg.id,
      {
        status: 'offered',
        offeredAt,
        offerExtendedAt: null,
        confirmExpiresAt: expiresAt,
        confirmTokenHash: hashSecret(secret),
        updatedAt: offeredAt,
      },
      ['waitlisted'],
    );
    if (!changed) {
      return false;
    }
    await repo.insertLink(trx, reg.id, hashSecret(secret), 'offer', offeredAt);
    await notify(trx, 'registration.promoted', { ...reg, status: 'offered' });
    await enqueue(trx, 'registration-offer', reg, event, offeredAt, {
      manageUrl: urls.manage(secret),
      confirmUrl: urls.confirm(secret),
      expiresAt,
    });
    return true;
  }

  /**
   * Offers every free seat to the next people on the waitlist. The caller holds the event lock;
   * each seat is still taken by the one conditional statement, so the capacity holds regardless.
   */
  async function promoteWaiting(trx: Executor, eventId: string): Promise<number> {
    const event = await repo.findEventById(trx, eventId);
    if (!event || event.status !== 'published' || new Date(event.startsAt) <= clock.now()) {
      return 0;
    }
    const seats = freeSeats(event.capacity, event.seatsTaken);
    const waiting = selectForPromotion(await repo.listWaiting(trx, eventId, seats), seats);
    let offered = 0;
    for (const reg of waiting) {
      if (!(await repo.takeSeat(trx, eventId))) {
        break;
      }
      if (await offerSeat(trx, event, reg)) {
        offered += 1;
      } else {
        await repo.releaseSeat(trx, eventId, false);
      }
    }
    return offered;
  }

  /**
   * Ends a registration (cancelled or expired) if it is still in one of `from`, frees its seat and
   * offers it to the next waiting person, all in the caller's transaction. Returns the row after.
   */
  async function endRegistration(
    trx: Executor,
    id: string,
    to: 'cancelled' | 'expired',
    from: RegistrationStatus[],
    values: Updateable<RegistrationsTable> = {},
  ): Promise<RegistrationRow | undefined> {
    const before = await repo.findById(trx, id);
    if (!before) {
      return undefined;
    }
    await repo.lockEvent(trx, before.eventId);
    const reg = await repo.findById(trx, id);
    if (!reg || !from.includes(reg.status)) {
      return reg;
    }
    const stamp = now();
    const ended = to === 'cancelled' ? { cancelledAt: stamp } : { expiredAt: stamp };
    const changed = await repo.updateRegistration(
      trx,
      id,
      { ...values, ...ended, status: to, updatedAt: stamp },
      [reg.status],
    );
    if (changed && to === 'cancelled') {
      await notify(trx, 'registration.cancelled', { ...reg, status: 'cancelled' });
    }
    if (changed && HOLDING_STATUSES.includes(reg.status)) {
      await repo.releaseSeat(trx, reg.eventId, reg.isGuest === 1);
      await promoteWaiting(trx, reg.eventId);
    }
    return repo.findById(trx, id);
  }

  /**
   * Places a new registration: a seat when one is free (pending), otherwise the next waitlist
   * number. `seen` is the event as read before the transaction (only the unsafe test mode uses it).
   */
  async function placeRegistration(
    trx: Executor,
    seen: SeatEventRow,
    statements: SeatStatements = repo,
  ): Promise<{ status: 'pending'; waitlistNumber: null } | { status: 'waitlisted'; waitlistNumber: number }> {
    if (deps.unsafeDisableCapacityGuard) {
      if (seen.seatsTaken < seen.capacity) {
        await repo.takeSeatUnchecked(trx, seen.id);
        return { status: 'pending', waitlistNumber: null };
      }
      return { status: 'waitlisted', waitlistNumber: await repo.nextWaitlistNumber(trx, seen.id) };
    }
    if (await statements.takeSeat(trx, seen.id)) {
      return { status: 'pending', waitlistNumber: null };
    }
    // Drawing the number locks the event row; a seat freed in between is caught by trying once more.
    const waitlistNumber = await statements.nextWaitlistNumber(trx, seen.id);
    if (await statements.takeSeat(trx, seen.id)) {
      return { status: 'pending', waitlistNumber: null };
    }
    return { status: 'waitlisted', waitlistNumber };
  }

  /**
   * Test-only mode: the check-then-act race of an application that decides on a count it read earlier
   * (a cached event row) and then writes without a condition. The count is the one this instance first
   * read for the event, so every request of a rush sees the seats as free and the control oversells
   * every time. (Reading it anew per batch oversold only when a batch happened to straddle the
   * capacity; once in CI the batches ended exactly on it and the control saw no oversell.)
   */
  const staleCounts = new Map<string, SeatEventRow>();
  async function unsafeSnapshot(event: SeatEventRow): Promise<SeatEventRow> {
    if (!deps.unsafeDisableCapacityGuard) {
      return event;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stale = staleCounts.get(event.id) ?? event;
    staleCounts.set(event.id, stale);
    return stale;
  }

  /** Call after the commit of a transaction that changed the event's seats or registration statuses. */
  function committed(eventId: string): void {
    deps.onSeatsChanged?.(eventId);
  }

  return {
    committed,
    notify,
    issueLink,
    urls,
    enqueue,
    offerSeat,
    promoteWaiting,
    endRegistration,
    placeRegistration,
    unsafeSnapshot,
  };
}
export type SeatService = ReturnType<typeof createSeatService>;
