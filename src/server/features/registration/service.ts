import type { Kysely, Transaction } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import type { RegistrationCreate } from '../../../contract/registration.js';
import { registrationCreateSchema } from '../../../contract/registration.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import { isRegistrationOpen } from '../events/index.js';
import type { ConsentRecorder } from '../privacy/index.js';
import type { SitePageService } from '../site-pages/index.js';
import type { GroupCommit } from './group-commit.js';
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
}

export interface RequestContext {
  ip: string;
  locale: Locale;
}

type CreateInput = ReturnType<typeof registrationCreateSchema.parse>;
const RELINK_BUCKET_MS = 10 * 60_000;

/** A unique-index violation on either dialect (two requests racing for the same address). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

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
  const inTransaction = <T>(work: (trx: Executor) => Promise<T>): Promise<T> =>
    deps.groupCommit ? deps.groupCommit.run(work) : db.transaction().execute(work);

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

  async function attempt(
    event: SeatEventRow,
    input: CreateInput,
    ctx: RequestContext,
    privacyVersion: string,
  ) {
    const locale = input.locale ?? ctx.locale;
    const now = clock.now();
    const stamp = now.toISOString();
    const secret = newSecret();
    const seen = await seats.unsafeSnapshot(event);
    return inTransaction(async (trx) => {
      const existing = await repo.findByEventAndEmail(trx, event.id, input.email);
      if (existing && existing.status !== 'cancelled' && existing.status !== 'expired') {
        await relink(trx, existing, event);
        return { duplicate: true as const };
      }
      const placement = await seats.placeRegistration(trx, seen);
      const personId = await repo.ensurePerson(trx, participantOf(input, locale), stamp);
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
        manageTokenHash: hashSecret(secret),
        confirmTokenHash: pending ? hashSecret(secret) : null,
        confirmExpiresAt: pending
          ? new Date(now.getTime() + event.confirmHours * 3_600_000).toISOString()
          : null,
        requestedAt: stamp,
        requestIp: ctx.ip,
        optinMailSentAt: pending ? stamp : null,
        confirmedAt: null,
        confirmIp: null,
        ...FRESH_LIFECYCLE,
        updatedAt: stamp,
      };
      const id = existing?.id ?? newId();
      if (existing) {
        // Re-registering after one's own cancellation (or a lapsed link) reopens the same row.
        await repo.updateRegistration(trx, id, values, [existing.status]);
      } else {
        await repo.insertRegistration(trx, {
          ...values,
          id,
          checkedInAt: null,
          checkInCount: 0,
          notes: '',
          createdAt: stamp,
        });
      }
      await recordConsents(trx, personId, event.id, input, privacyVersion, ctx.ip);
      const reg = (await repo.findById(trx, id))!;
      let waitlistPosition: number | undefined;
      if (pending) {
        await seats.enqueue(trx, 'registration-optin', reg, event, stamp, {
          manageUrl: seats.urls.manage(secret),
          confirmUrl: seats.urls.confirm(secret),
          expiresAt: values.confirmExpiresAt,
          hours: event.confirmHours,
        });
      } else {
        waitlistPosition = await repo.countWaitingUpTo(trx, event.id, placement.waitlistNumber);
        await seats.enqueue(trx, 'registration-waitlist', reg, event, stamp, {
          manageUrl: seats.urls.manage(secret),
          position: waitlistPosition,
        });
      }
      return { duplicate: false as const, id, status: placement.status, waitlistPosition };
    });
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
      const event = await publishedEvent(slug);
      if (!isRegistrationOpen(event, clock.now())) {
        throw new AppError('invalid_state');
      }
      const answers = checkEventChoices(await loadChoices(db, event), input);
      const privacyVersion = await deps.sitePages.currentVersion('privacy', input.locale ?? ctx.locale);
      const checked = { ...input, answers: answers ?? {} };
      for (let round = 0; ; round += 1) {
        try {
          const result = await attempt(event, checked, ctx, privacyVersion);
          if (result.duplicate) {
            throw new AppError('already_registered');
          }
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
