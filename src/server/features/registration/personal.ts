import type { Kysely } from 'kysely';
import type { MyRegistration } from '../../../contract/registration.js';
import { myRegistrationUpdateSchema } from '../../../contract/registration.js';
import type { Clock } from '../../clock.js';
import type { Database, RegistrationStatus } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { hashSecret } from '../../ids.js';
import type { ConsentRecorder } from '../privacy/index.js';
import { toMyRegistration } from './mapping.js';
import { registrationRepository as repo, type RegistrationRow, type SeatEventRow } from './repository.js';
import type { SeatService } from './seats.js';
import { loadChoices } from './service.js';
import { ticketIcs, ticketQrSvg } from './ticket.js';
import { prepareTicket } from './tickets.js';
import { checkEventChoices } from './validation.js';

interface PersonalDeps {
  db: Kysely<Database>;
  clock: Clock;
  seats: SeatService;
  consents: ConsentRecorder;
}

type MyUpdate = ReturnType<typeof myRegistrationUpdateSchema.parse>;
const ACTIVE: RegistrationStatus[] = ['pending', 'offered', 'confirmed', 'waitlisted'];

/** Everything behind a personal link: confirm, view, edit, cancel, export, ticket, "still coming?". */
export function createPersonalService(deps: PersonalDeps) {
  const { db, clock, seats } = deps;

  async function resolve(token: string): Promise<{ reg: RegistrationRow; event: SeatEventRow }> {
    const reg = await repo.findByLinkHash(db, hashSecret(token));
    const event = reg ? await repo.findEventById(db, reg.eventId) : undefined;
    if (!reg || !event) {
      throw new AppError('link_invalid');
    }
    return { reg, event };
  }

  async function view(reg: RegistrationRow, event: SeatEventRow): Promise<MyRegistration> {
    const position =
      reg.status === 'waitlisted' && reg.waitlistNumber !== null
        ? await repo.countWaitingUpTo(db, reg.eventId, reg.waitlistNumber)
        : null;
    return toMyRegistration(reg, event, position);
  }

  async function requireConfirmed(token: string) {
    const found = await resolve(token);
    if (found.reg.status !== 'confirmed') {
      throw new AppError('invalid_state');
    }
    return found;
  }

  return {
    /**
     * Confirms a pending or offered registration and mails the ticket. A second click answers the
     * current state and sends nothing; a lapsed link answers 410.
     */
    async confirm(token: string, ip: string): Promise<{ id: string; status: RegistrationStatus }> {
      const { reg, event } = await resolve(token);
      const ticket = await prepareTicket(seats, reg, event, clock.now());
      const result = await db.transaction().execute(async (trx) => {
        await repo.lockEvent(trx, reg.eventId);
        const fresh = (await repo.findById(trx, reg.id))!;
        if (fresh.status === 'confirmed') {
          return { id: fresh.id, status: fresh.status };
        }
        if (fresh.status === 'waitlisted') {
          throw new AppError('invalid_state');
        }
        const lapsed = !fresh.confirmExpiresAt || fresh.confirmExpiresAt <= clock.now().toISOString();
        if ((fresh.status !== 'pending' && fresh.status !== 'offered') || lapsed) {
          throw new AppError('link_invalid');
        }
        const stamp = clock.now().toISOString();
        await repo.updateRegistration(
          trx,
          fresh.id,
          { status: 'confirmed', confirmedAt: stamp, confirmIp: ip, updatedAt: stamp },
          [fresh.status],
        );
        await repo.insertLink(trx, fresh.id, hashSecret(ticket.secret), 'ticket', stamp);
        const confirmed = { ...fresh, status: 'confirmed' as const };
        await seats.notify(trx, 'registration.confirmed', confirmed);
        await seats.enqueue(
          trx,
          'registration-ticket',
          confirmed,
          event,
          `confirmed:${stamp}`,
          {
            manageUrl: seats.urls.manage(ticket.secret),
            ticketCode: fresh.ticketCode,
          },
          ticket.attachments,
        );
        return { id: fresh.id, status: 'confirmed' as const };
      });
      seats.committed(reg.eventId);
      return result;
    },

    /** The registration behind a personal link. */
    async getMine(token: string): Promise<MyRegistration> {
      const { reg, event } = await resolve(token);
      return view(reg, event);
    },

    /** Changes one's own details (not the address); consent changes are recorded with time and address. */
    async updateMine(token: string, body: unknown, ip: string): Promise<MyRegistration> {
      const update: MyUpdate = myRegistrationUpdateSchema.parse(body);
      const { reg, event } = await resolve(token);
      if (!ACTIVE.includes(reg.status)) {
        throw new AppError('invalid_state');
      }
      const answers = checkEventChoices(await loadChoices(db, event), update, true);
      const { consents, topics, answers: _given, ...fields } = update;
      const stamp = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await repo.updateRegistration(trx, reg.id, {
          ...fields,
          ...(topics ? { topics: JSON.stringify(topics) } : {}),
          ...(answers ? { answers: JSON.stringify(answers) } : {}),
          ...(consents?.directory !== undefined ? { consentDirectory: consents.directory ? 1 : 0 } : {}),
          ...(consents?.photos !== undefined ? { consentPhotos: consents.photos ? 1 : 0 } : {}),
          updatedAt: stamp,
        });
        for (const kind of ['directory', 'photos'] as const) {
          const granted = consents?.[kind];
          if (granted !== undefined && reg.personId) {
            const consent = {
              personId: reg.personId,
              eventId: reg.eventId,
              kind,
              granted,
              textVersion: `registration-form/${kind}`,
              ip,
            };
            await deps.consents.recordConsent(consent, trx);
          }
        }
      });
      return view((await repo.findById(db, reg.id))!, event);
    },

    /** Cancels one's own registration; a held seat goes to the next person waiting at once. */
    async cancelMine(token: string): Promise<MyRegistration> {
      const { reg, event } = await resolve(token);
      const after = await db.transaction().execute(async (trx) => {
        const ended = await seats.endRegistration(trx, reg.id, 'cancelled', ACTIVE);
        if (ended?.status === 'cancelled' && reg.status !== 'cancelled' && ended.cancelledAt) {
          await seats.enqueue(trx, 'registration-cancelled', ended, event, ended.cancelledAt, {
            manageUrl: '',
          });
        }
        return ended;
      });
      seats.committed(reg.eventId);
      return view(after ?? reg, event);
    },

    /**
     * More time for a seat offered from the waitlist (WCAG 2.2.1): once, by the hours the organizers set,
     * never past the event's start. A lapsed offer answers 410; one already extended, or an event that
     * allows none, 409.
     */
    async extendOffer(token: string): Promise<MyRegistration> {
      const { reg, event } = await resolve(token);
      const now = clock.now().toISOString();
      if (reg.status === 'offered' && (!reg.confirmExpiresAt || reg.confirmExpiresAt <= now)) {
        throw new AppError('link_invalid');
      }
      if (reg.status !== 'offered' || reg.offerExtendedAt !== null || event.offerExtensionHours <= 0) {
        throw new AppError('invalid_state');
      }
      const later = new Date(reg.confirmExpiresAt!).getTime() + event.offerExtensionHours * 3_600_000;
      const expiresAt = new Date(Math.min(later, new Date(event.startsAt).getTime())).toISOString();
      if (!(await repo.extendOffer(db, reg.id, { expiresAt, now }))) {
        throw new AppError('invalid_state');
      }
      return view((await repo.findById(db, reg.id))!, event);
    },

    /** "Still coming?": yes keeps the seat; release gives it to the next person waiting. */
    async reconfirmMine(token: string, answer: 'yes' | 'release'): Promise<MyRegistration> {
      const { reg, event } = await resolve(token);
      if (reg.status === 'cancelled' && reg.reconfirmAnswer === 'released') {
        return view(reg, event);
      }
      if (reg.status !== 'confirmed') {
        throw new AppError('invalid_state');
      }
      const stamp = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (answer === 'yes') {
          await repo.updateRegistration(
            trx,
            reg.id,
            { reconfirmAnswer: 'yes', reconfirmAnsweredAt: stamp, updatedAt: stamp },
            ['confirmed'],
          );
          return;
        }
        await seats.endRegistration(trx, reg.id, 'cancelled', ['confirmed'], {
          reconfirmAnswer: 'released',
          reconfirmAnsweredAt: stamp,
        });
      });
      seats.committed(reg.eventId);
      return view((await repo.findById(db, reg.id))!, event);
    },

    /** All data held in this registration, with the consents given for the event (JSON download). */
    async exportMine(token: string): Promise<Record<string, unknown>> {
      const { reg, event } = await resolve(token);
      const consents = reg.personId ? await repo.listEventConsents(db, reg.personId, reg.eventId) : [];
      return {
        exportedAt: clock.now().toISOString(),
        registration: { ...(await view(reg, event)), ...exportEvidence(reg) },
        consents: consents.map((c) => ({ ...c, granted: c.granted === 1 })),
      };
    },

    /** The calendar file of a confirmed registration. */
    async icsMine(token: string): Promise<string> {
      const { reg, event } = await requireConfirmed(token);
      return ticketIcs(event, {
        registrationId: reg.id,
        url: seats.urls.manage(token),
        description: event.teaser,
        now: clock.now(),
      });
    },

    /** The QR code of a confirmed registration's ticket, as SVG. */
    async qrMine(token: string): Promise<string> {
      const { reg } = await requireConfirmed(token);
      return ticketQrSvg(reg.ticketCode);
    },
  };
}
export type PersonalService = ReturnType<typeof createPersonalService>;

/** The opt-in evidence and history kept about a registration (for the export). */
export function exportEvidence(reg: RegistrationRow) {
  return {
    locale: reg.locale,
    requestedAt: reg.requestedAt,
    requestIp: reg.requestIp,
    optinMailSentAt: reg.optinMailSentAt,
    confirmedAt: reg.confirmedAt,
    confirmIp: reg.confirmIp,
    offeredAt: reg.offeredAt,
    offerExtendedAt: reg.offerExtendedAt,
    cancelledAt: reg.cancelledAt,
    expiredAt: reg.expiredAt,
    reconfirmSentAt: reg.reconfirmSentAt,
    reconfirmAnsweredAt: reg.reconfirmAnsweredAt,
    checkedInAt: reg.checkedInAt,
    createdAt: reg.createdAt,
    updatedAt: reg.updatedAt,
  };
}
