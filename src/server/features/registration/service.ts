import type { Kysely, Transaction } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { RegistrationCreate } from '../../../contract/registration.js';
import { registrationCreateSchema } from '../../../contract/registration.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import { isRegistrationOpen } from '../events/index.js';
import type { ConsentRecorder } from '../privacy/index.js';
import type { SitePageService } from '../site-pages/index.js';
import { createCompiledRepository } from './compiled-repository.js';
import { createSingleCommit, type BatchScope, type GroupCommit } from './group-commit.js';
import { FRESH_LIFECYCLE, parseQuestion, participantOf, registrantColumns } from './mapping.js';
import {
  registrationRepository as repo,
  type Executor,
  type RegistrationRow,
  type SeatEventRow,
} from './repository.js';
import type { SeatService } from './seats.js';
import { checkEventChoices, type EventChoices } from './validation.js';

export interface RegistrationDeps {
  db: Kysely<Database>;
  clock: Clock;
  seats: SeatService;
  sitePages: Pick<SitePageService, 'currentVersion'>;
  consents: ConsentRecorder;
  /** SQLite: concurrent registrations share one transaction (one fsync per batch); else one each. */
  groupCommit?: GroupCommit;
  /** PENDING_REGISTRATIONS_PER_ADDRESS: unconfirmed registrations per event and address (0: no cap). */
  pendingPerAddress?: number;
  /** UNCONFIRMED_HOLD_HOURS: the longest an unconfirmed registration holds a seat. */
  holdHours?: number;
}

export interface RequestContext {
  ip: string;
  locale: Locale;
}

type CreateInput = ReturnType<typeof registrationCreateSchema.parse>;
type Received = RequestContext & { receivedAt: Date };
const RELINK_BUCKET_MS = 10 * 60_000;

/** The sectors, topics and questions an event offers. */
export async function loadChoices(db: Executor, event: SeatEventRow): Promise<EventChoices> {
  const parse = <T>(text: string): T[] => {
    try {
      return JSON.parse(text) as T[];
    } catch {
      return [];
    }
  };
  return {
    sectors: parse<SectorDefinition>(event.sectors),
    topics: parse<string>(event.topics),
    questions: (await repo.listQuestions(db, event.id)).map(parseQuestion),
  };
}

/** The public registration flow: form, registration with double opt-in, confirmation. */
export function createRegistrationService(deps: RegistrationDeps) {
  const { db, clock, seats } = deps;
  const commit = deps.groupCommit ?? createSingleCommit(db);
  const compiled = createCompiledRepository(db);
  /** How long a new unconfirmed registration holds its seat: the event's setting, capped by the server's. */
  const holdHours = (event: SeatEventRow) =>
    Math.min(event.confirmHours, deps.holdHours ?? event.confirmHours);

  async function publishedEvent(slug: string): Promise<SeatEventRow> {
    const event = await repo.findEventBySlug(db, slug);
    if (!event || event.status !== 'published') {
      throw new AppError('not_found');
    }
    return event;
  }

  async function recordConsents(
    trx: Executor,
    personId: string,
    eventId: string,
    input: CreateInput,
    version: string,
    ip: string,
  ) {
    const entries = [
      { kind: 'privacy', granted: true, textVersion: version },
      { kind: 'directory', granted: input.consents.directory, textVersion: 'registration-form/directory' },
      { kind: 'photos', granted: input.consents.photos, textVersion: 'registration-form/photos' },
    ];
    for (const entry of entries) {
      await deps.consents.recordConsent({ personId, eventId, ip, ...entry }, trx as Transaction<Database>);
    }
  }

  /** Mails the personal link again (at most once per ten minutes) to someone registering twice. */
  async function relink(trx: Executor, existing: RegistrationRow, event: SeatEventRow): Promise<void> {
    const bucket = String(Math.floor(clock.now().getTime() / RELINK_BUCKET_MS));
    if (await repo.hasOutboxMail(trx, `registration-link:${existing.id}:${bucket}`)) {
      return;
    }
    const secret = await seats.issueLink(trx, existing.id, 'relink');
    await seats.enqueue(trx, 'registration-link', existing, event, bucket, {
      manageUrl: seats.urls.manage(secret),
    });
  }

  /**
   * The rank of a new waitlist number among everyone waiting. Within one batch the count carries on
   * from the previous waitlisted item (only registrations run in a batch, and they only add numbers
   * above it), so a long waitlist is counted once per batch rather than once per registration.
   */
  async function waitlistRank(trx: Executor, batch: BatchScope, eventId: string, waitlistNumber: number) {
    const last = batch.once(`waitlist:${eventId}`, () => ({ number: 0, position: 0 }));
    // Waitlist numbers start at 1, so "above 0" is everyone up to ours on the first count.
    const between = await compiled.countWaitingBetween(trx, eventId, last.number, waitlistNumber);
    return { last, position: last.position + between };
  }

  /** Reads for one registration, shared by the batch: the event, its questions, the privacy text version. */
  async function prepareAttempt(batch: BatchScope, slug: string, input: CreateInput, ctx: Received) {
    const form = await batch.once(`form:${slug}`, async () => {
      const event = await publishedEvent(slug);
      return { event, choices: await loadChoices(db, event) };
    });
    if (!isRegistrationOpen(form.event, ctx.receivedAt)) {
      throw new AppError('invalid_state');
    }
    // Against seat squatting: one address cannot hold many seats with unconfirmed registrations. Read
    // before the batch, so a burst may pass the cap by a batch's worth; the cap is a brake, not a count.
    const cap = deps.pendingPerAddress ?? 0;
    if (cap > 0 && (await repo.countPendingFromAddress(db, form.event.id, ctx.ip)) >= cap) {
      throw new AppError('rate_limited');
    }
    const answers = checkEventChoices(form.choices, input);
    const locale = input.locale ?? ctx.locale;
    const privacyVersion = await batch.once(`privacy:${locale}`, () =>
      deps.sitePages.currentVersion('privacy', locale),
    );
    const seen = await seats.unsafeSnapshot(form.event);
    return { event: form.event, seen, input: { ...input, answers: answers ?? {} }, locale, privacyVersion };
  }
  type Prepared = Awaited<ReturnType<typeof prepareAttempt>>;

  async function attempt(trx: Executor, p: Prepared, ctx: Received, batch: BatchScope) {
    const { event, input, locale } = p;
    const existing = await compiled.findByEventAndEmail(trx, event.id, input.email);
    if (existing && existing.status !== 'cancelled' && existing.status !== 'expired') {
      await relink(trx, existing, event);
      return { duplicate: true as const };
    }
    const now = ctx.receivedAt;
    const stamp = now.toISOString();
    const secret = newSecret();
    const secretHash = hashSecret(secret);
    const placement = await seats.placeRegistration(trx, p.seen, compiled);
    const personId = await compiled.ensurePerson(trx, participantOf(input, locale), stamp);
    const pending = placement.status === 'pending';
    const values = {
      eventId: event.id,
      personId,
      status: placement.status,
      isGuest: 0,
      ...registrantColumns(input),
      answers: JSON.stringify(input.answers),
      locale,
      consentDirectory: input.consents.directory ? 1 : 0,
      consentPhotos: input.consents.photos ? 1 : 0,
      waitlistNumber: placement.waitlistNumber,
      ticketCode: newSecret(12),
      manageTokenHash: secretHash,
      confirmTokenHash: pending ? secretHash : null,
      confirmExpiresAt: pending ? new Date(now.getTime() + holdHours(event) * 3_600_000).toISOString() : null,
      requestedAt: stamp,
      requestIp: ctx.ip,
      optinMailSentAt: pending ? stamp : null,
      confirmedAt: null,
      confirmIp: null,
      ...FRESH_LIFECYCLE,
      updatedAt: stamp,
    };
    let reg: RegistrationRow;
    if (existing) {
      // Re-registering after one's own cancellation (or a lapsed link) reopens the same row.
      await repo.updateRegistration(trx, existing.id, values, [existing.status]);
      reg = { ...existing, ...values };
    } else {
      reg = { ...values, id: newId(), checkedInAt: null, checkInCount: 0, notes: '', createdAt: stamp };
      await compiled.insertRegistration(trx, reg);
    }
    await recordConsents(trx, personId, event.id, input, p.privacyVersion, ctx.ip);
    await seats.notify(trx, 'registration.created', reg);
    if (!pending) {
      await seats.notify(trx, 'registration.waitlisted', reg);
    }
    if (pending) {
      await seats.enqueue(trx, 'registration-optin', reg, event, stamp, {
        manageUrl: seats.urls.manage(secret),
        confirmUrl: seats.urls.confirm(secret),
        expiresAt: reg.confirmExpiresAt,
        hours: holdHours(event),
      });
      return {
        duplicate: false as const,
        eventId: event.id,
        id: reg.id,
        status: placement.status,
        waitlistPosition: undefined,
      };
    }
    const rank = await waitlistRank(trx, batch, event.id, placement.waitlistNumber);
    await seats.enqueue(trx, 'registration-waitlist', reg, event, stamp, {
      manageUrl: seats.urls.manage(secret),
      position: rank.position,
    });
    // Last step: only an item that is through (not rolled back) moves the batch's count on.
    Object.assign(rank.last, { number: placement.waitlistNumber, position: rank.position });
    return {
      duplicate: false as const,
      eventId: event.id,
      id: reg.id,
      status: placement.status,
      waitlistPosition: rank.position,
    };
  }

  return {
    /** The registration form of a published event: sectors and questions in the language, privacy text version. */
    async getForm(slug: string, locale: Locale) {
      const event = await publishedEvent(slug);
      const choices = await loadChoices(db, event);
      return {
        eventSlug: event.slug,
        registrationOpen: isRegistrationOpen(event, clock.now()),
        seatsLeft: Math.max(0, event.capacity - event.seatsTaken),
        sectors: choices.sectors.map((s) => ({ key: s.key, label: s.label[locale] })),
        topics: choices.topics,
        questions: choices.questions,
        privacyTextVersion: await deps.sitePages.currentVersion('privacy', locale),
      };
    },

    /**
     * Registers a person: a seat (pending, opt-in mail) while seats are free, else the waitlist.
     * The same address twice gets no second seat: 409 and the personal link by mail again.
     */
    async register(slug: string, body: RegistrationCreate, ctx: RequestContext) {
      const input = registrationCreateSchema.parse(body);
      // The opt-in evidence records when the request came, not when its batch was written.
      const received = { ...ctx, receivedAt: clock.now() };
      const item = {
        prepare: (batch: BatchScope) => prepareAttempt(batch, slug, input, received),
        work: (trx: Executor, prepared: Prepared, batch: BatchScope) =>
          attempt(trx, prepared, received, batch),
      };
      for (let round = 0; ; round += 1) {
        try {
          const result = await commit.run(item);
          if (result.duplicate) {
            throw new AppError('already_registered');
          }
          // Durable now (the batch committed); the counters publisher reads the event later, throttled.
          seats.committed(result.eventId);
          return { id: result.id, status: result.status, waitlistPosition: result.waitlistPosition };
        } catch (error) {
          // A concurrent registration of the same address won the unique index: go again as a duplicate.
          if (round === 0 && isUniqueViolation(error)) {
            continue;
          }
          throw error;
        }
      }
    },
  };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
