import type { Kysely } from 'kysely';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { registrationManualSchema } from '../../../contract/registration.js';
import type { Clock } from '../../clock.js';
import type { Database, RegistrationStatus } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { hashSecret, newId, newSecret } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import { isRegistrationOpen } from '../events/index.js';
import { FRESH_LIFECYCLE, participantOf, registrantColumns, toRegistrationAdmin } from './mapping.js';
import {
  registrationRepository as repo,
  type Executor,
  type RegistrationRow,
  type SeatEventRow,
} from './repository.js';
import type { SeatService } from './seats.js';
import { isUniqueViolation } from '../../db/errors.js';
import { loadChoices } from './service.js';
import { prepareTicket, type PreparedTicket } from './tickets.js';
import { checkEventChoices } from './validation.js';

interface OrganizerDeps {
  db: Kysely<Database>;
  clock: Clock;
  seats: SeatService;
}

const ACTIVE: RegistrationStatus[] = ['pending', 'offered', 'confirmed', 'waitlisted'];

function assertOrganizer(actor: Actor): void {
  if (actor.kind === 'anonymous' || actor.role !== 'organizer') {
    throw new AppError('forbidden');
  }
}

/** The organizer's seat operations: manual add (guests outside capacity), cancel, promote, resend, close. */
export function createOrganizerSeatService(deps: OrganizerDeps) {
  const { db, clock, seats } = deps;
  const now = () => clock.now().toISOString();

  async function loadRegistration(id: string): Promise<{ reg: RegistrationRow; event: SeatEventRow }> {
    const reg = await repo.findById(db, id);
    const event = reg ? await repo.findEventById(db, reg.eventId) : undefined;
    if (!reg || !event) {
      throw new AppError('not_found');
    }
    return { reg, event };
  }

  async function toAdmin(id: string): Promise<RegistrationAdmin> {
    const reg = (await repo.findById(db, id))!;
    const position =
      reg.status === 'waitlisted' && reg.waitlistNumber !== null
        ? await repo.countWaitingUpTo(db, reg.eventId, reg.waitlistNumber)
        : null;
    return toRegistrationAdmin(reg, position);
  }

  /** Writes the mail that fits the registration's state, with a fresh personal link. */
  async function mailForState(
    trx: Executor,
    reg: RegistrationRow,
    event: SeatEventRow,
    reason: string,
    ticket: PreparedTicket,
  ) {
    switch (reg.status) {
      case 'confirmed':
        await repo.insertLink(trx, reg.id, hashSecret(ticket.secret), 'ticket', now());
        await seats.enqueue(
          trx,
          'registration-ticket',
          reg,
          event,
          reason,
          {
            manageUrl: seats.urls.manage(ticket.secret),
            ticketCode: reg.ticketCode,
          },
          ticket.attachments,
        );
        return;
      case 'pending':
      case 'offered': {
        const secret = await seats.issueLink(trx, reg.id, 'resend');
        const kind = reg.status === 'pending' ? 'registration-optin' : 'registration-offer';
        await seats.enqueue(trx, kind, reg, event, reason, {
          manageUrl: seats.urls.manage(secret),
          confirmUrl: seats.urls.confirm(secret),
          expiresAt: reg.confirmExpiresAt,
          hours: event.confirmHours,
        });
        return;
      }
      case 'waitlisted': {
        const secret = await seats.issueLink(trx, reg.id, 'resend');
        const position =
          reg.waitlistNumber === null
            ? null
            : await repo.countWaitingUpTo(trx, reg.eventId, reg.waitlistNumber);
        await seats.enqueue(trx, 'registration-waitlist', reg, event, reason, {
          manageUrl: seats.urls.manage(secret),
          position,
        });
        return;
      }
      case 'cancelled':
      case 'expired':
        throw new AppError('invalid_state');
    }
  }

  return {
    /**
     * Adds a person by hand: a guest (outside the public capacity, counted in guests_taken) or a
     * regular seat, confirmed at once since the organizer vouches; when full, the waitlist.
     */
    async addRegistration(actor: Actor, eventId: string, body: unknown): Promise<RegistrationAdmin> {
      assertOrganizer(actor);
      const input = registrationManualSchema.parse(body);
      const event = await repo.findEventById(db, eventId);
      if (!event) {
        throw new AppError('not_found');
      }
      const answers = checkEventChoices(await loadChoices(db, event), input) ?? {};
      const stamp = now();
      const id = newId();
      const draft = { id, eventId, ticketCode: newSecret(12) } as RegistrationRow;
      // The QR image and calendar file are only made when a mail will carry them.
      const ticket = input.sendMail ? await prepareTicket(seats, draft, event, clock.now()) : null;
      try {
        await db.transaction().execute(async (trx) => {
          if (await repo.findByEventAndEmail(trx, eventId, input.email)) {
            throw new AppError('already_registered');
          }
          let status: RegistrationStatus = 'confirmed';
          let waitlistNumber: number | null = null;
          if (input.isGuest) {
            await repo.takeGuestSeat(trx, eventId);
          } else {
            const placement = await seats.placeRegistration(trx, event);
            status = placement.status === 'pending' ? 'confirmed' : 'waitlisted';
            waitlistNumber = placement.waitlistNumber;
          }
          const locale = input.locale ?? 'de';
          const personId = await repo.ensurePerson(trx, participantOf(input, locale), stamp);
          await repo.insertRegistration(trx, {
            id,
            eventId,
            personId,
            status,
            isGuest: input.isGuest ? 1 : 0,
            ...registrantColumns(input),
            answers: JSON.stringify(answers),
            locale,
            consentDirectory: 0,
            consentPhotos: 0,
            waitlistNumber,
            ticketCode: draft.ticketCode,
            manageTokenHash: hashSecret(newSecret()),
            confirmTokenHash: null,
            confirmExpiresAt: null,
            requestedAt: stamp,
            requestIp: 'organizer',
            optinMailSentAt: null,
            confirmedAt: status === 'confirmed' ? stamp : null,
            confirmIp: null,
            ...FRESH_LIFECYCLE,
            checkedInAt: null,
            checkInCount: 0,
            notes: input.notes,
            createdAt: stamp,
            updatedAt: stamp,
          });
          const added = { id, eventId, status };
          await seats.notify(trx, 'registration.created', added);
          await seats.notify(
            trx,
            status === 'waitlisted' ? 'registration.waitlisted' : 'registration.confirmed',
            added,
          );
          if (ticket) {
            await mailForState(trx, (await repo.findById(trx, id))!, event, 'added', ticket);
          }
        });
      } catch (error) {
        throw isUniqueViolation(error) ? new AppError('already_registered') : error;
      }
      seats.committed(eventId);
      return toAdmin(id);
    },

    /** Cancels a registration; a held seat goes to the next person waiting. */
    async cancelRegistration(actor: Actor, id: string): Promise<RegistrationAdmin> {
      assertOrganizer(actor);
      const { reg, event } = await loadRegistration(id);
      await db.transaction().execute(async (trx) => {
        const ended = await seats.endRegistration(trx, id, 'cancelled', ACTIVE);
        if (ended?.status === 'cancelled' && reg.status !== 'cancelled' && ended.cancelledAt) {
          await seats.enqueue(trx, 'registration-cancelled', ended, event, ended.cancelledAt, {
            manageUrl: '',
          });
        }
      });
      seats.committed(reg.eventId);
      return toAdmin(id);
    },

    /** Offers a free seat to this waiting person out of turn; refused when no seat is free. */
    async promoteRegistration(actor: Actor, id: string): Promise<RegistrationAdmin> {
      assertOrganizer(actor);
      const { event } = await loadRegistration(id);
      await db.transaction().execute(async (trx) => {
        await repo.lockEvent(trx, event.id);
        const reg = (await repo.findById(trx, id))!;
        if (reg.status !== 'waitlisted') {
          throw new AppError('invalid_state');
        }
        if (!(await repo.takeSeat(trx, event.id))) {
          throw new AppError('no_seat_free');
        }
        const fresh = (await repo.findEventById(trx, event.id))!;
        if (!(await seats.offerSeat(trx, fresh, reg))) {
          throw new AppError('invalid_state');
        }
      });
      seats.committed(event.id);
      return toAdmin(id);
    },

    /** Sends again the mail that fits the state (opt-in, offer, ticket or waitlist), with a fresh link. */
    async resendMail(actor: Actor, id: string): Promise<RegistrationAdmin> {
      assertOrganizer(actor);
      const { reg, event } = await loadRegistration(id);
      const ticket = await prepareTicket(seats, reg, event, clock.now());
      await db.transaction().execute(async (trx) => mailForState(trx, reg, event, `resend:${now()}`, ticket));
      return toAdmin(id);
    },

    /** Closes or reopens registration by hand. */
    async setRegistrationClosed(actor: Actor, eventId: string, closed: boolean) {
      assertOrganizer(actor);
      const event = await repo.findEventById(db, eventId);
      if (!event) {
        throw new AppError('not_found');
      }
      await repo.setClosedManually(db, eventId, closed, now());
      const after = (await repo.findEventById(db, eventId))!;
      return { closed, registrationOpen: isRegistrationOpen(after, clock.now()) };
    },

    /** After a capacity increase: offers as many freed seats as now fit to the people waiting. */
    async onCapacityRaised(eventId: string): Promise<number> {
      const offered = await db.transaction().execute(async (trx) => {
        await repo.lockEvent(trx, eventId);
        return seats.promoteWaiting(trx, eventId);
      });
      seats.committed(eventId);
      return offered;
    },
  };
}
export type OrganizerSeatService = ReturnType<typeof createOrganizerSeatService>;
