import {
  MEETING_LIMITS,
  type MeetingCandidate,
  type MyMeeting,
  type MyMeetings,
} from '../../../contract/meetings.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import type { MeetingsContext } from './context.js';
import { toMeetingEvent, toMeetingPerson } from './mapping.js';
import { notify } from './notify.js';
import { assertParty, otherOf, personOf } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, openPairKey, type MeetingWithPlace } from './repository.js';
import { scheduleRepository as schedule } from './schedule-repository.js';
import { syncSlots } from './slot-sync.js';

const HOUR_MS = 3_600_000;

/** Requests between two people of an event's directory: ask, accept, decline, cancel. */
export function createMeetingRequestService(deps: MeetingsDeps, ctx: MeetingsContext) {
  const { db, clock } = deps;

  /** Tells the other person of a meeting what happened, in the same transaction as the change. */
  async function tellOther(
    trx: typeof db,
    event: EventRow,
    meeting: MeetingWithPlace,
    actorId: string,
    kind: 'requested' | 'accepted' | 'declined' | 'cancelled',
    now: string,
  ) {
    const otherId = otherOf(meeting, actorId);
    const people = await repo.findPeople(trx, [actorId, otherId]);
    const to = people.get(otherId);
    const actor = people.get(actorId);
    if (to && actor) {
      await notify(
        trx,
        deps.mail,
        deps.baseUrl,
        {
          kind,
          meetingId: meeting.id,
          event,
          to,
          other: actor,
          dedupe: meeting.id,
          message: meeting.message,
        },
        now,
      );
    }
  }

  /** Loads a meeting of the actor with its event, for a change. */
  async function meetingOfActor(actor: Actor, meetingId: string) {
    const personId = personOf(actor);
    const meeting = await repo.findMeeting(db, meetingId);
    if (!meeting) {
      throw new AppError('not_found');
    }
    assertParty(meeting, personId);
    const event = await ctx.eventById(meeting.eventId);
    if (event.status !== 'published') {
      throw new AppError('invalid_state');
    }
    return { personId, meeting, event };
  }

  async function answer(actor: Actor, meetingId: string, to: 'accepted' | 'declined'): Promise<MyMeeting> {
    const { personId, meeting, event } = await meetingOfActor(actor, meetingId);
    if (meeting.recipientId !== personId) {
      throw new AppError('forbidden');
    }
    if (await deps.directory.isBlocked(meeting.requesterId, personId)) {
      throw new AppError('not_found');
    }
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const changed = await repo.changeStatus(trx, meeting.id, ['pending'], {
        status: to,
        answeredAt: now,
        updatedAt: now,
      });
      if (!changed) {
        throw new AppError('invalid_state');
      }
      await tellOther(trx, event, meeting, personId, to, now);
      if (to === 'accepted') {
        await deps.webhooks?.meetingAccepted(trx, { eventId: event.id, meetingId: meeting.id });
      }
    });
    return ctx.viewOf(event, personId, meeting.id);
  }

  return {
    /** The signed-in person's meetings of one event (requests both ways, accepted, closed). */
    async listMine(actor: Actor, slug: string): Promise<MyMeetings> {
      const personId = personOf(actor);
      const event = await ctx.eventBySlug(slug, false);
      // Brings slots in line with the programme first, so a meeting whose slot went away shows so.
      await syncSlots(deps, event);
      const rows = await repo.listForPerson(db, event.id, personId);
      const settings = await schedule.findSettings(db, event.id);
      return {
        event: toMeetingEvent(event),
        selfPickAllowed: settings?.selfPickAllowed === 1,
        meetings: await ctx.viewsFor(event, personId, rows),
      };
    },

    /** Whether the signed-in person can ask this person (listed in the directory) for a meeting. */
    async getCandidate(actor: Actor, slug: string, otherId: string): Promise<MeetingCandidate> {
      const personId = personOf(actor);
      const event = await ctx.eventBySlug(slug, false);
      const visible = otherId !== personId && (await deps.directory.isInDirectory(event.id, otherId));
      if (!visible || (await deps.directory.isBlocked(personId, otherId))) {
        throw new AppError('not_found');
      }
      const rows = (await repo.listForPerson(db, event.id, personId)).filter(
        (r) => otherOf(r, personId) === otherId,
      );
      const open = rows.find((r) => r.status === 'pending' || r.status === 'accepted');
      const declined = rows.some((r) => r.status === 'declined' && r.requesterId === personId);
      const people = await repo.findPeople(db, [otherId]);
      return {
        event: toMeetingEvent(event),
        person: toMeetingPerson(otherId, people.get(otherId)),
        existing: open ? (await ctx.viewsFor(event, personId, [open]))[0]! : null,
        canRequest:
          event.status === 'published' &&
          !open &&
          !declined &&
          (await deps.directory.isInDirectory(event.id, personId)),
      };
    },

    /** Asks another person of the directory for a meeting; one open request per pair, rate limited. */
    async requestMeeting(
      actor: Actor,
      slug: string,
      input: { recipientId: string; message: string },
    ): Promise<MyMeeting> {
      const personId = personOf(actor);
      const event = await ctx.eventBySlug(slug, true);
      const recipientId = input.recipientId;
      if (recipientId === personId) {
        throw new AppError('validation_failed', [{ field: 'recipientId', key: 'field.meeting_with_self' }]);
      }
      if (!(await deps.directory.isInDirectory(event.id, personId))) {
        throw new AppError('forbidden', [{ field: 'recipientId', key: 'field.meeting_directory_required' }]);
      }
      // Someone outside the directory, or blocked either way, is not there for the requester.
      if (
        !(await deps.directory.isInDirectory(event.id, recipientId)) ||
        (await deps.directory.isBlocked(personId, recipientId))
      ) {
        throw new AppError('not_found');
      }
      if (await repo.hasBeenDeclined(db, event.id, personId, recipientId)) {
        throw new AppError('invalid_state', [{ field: 'recipientId', key: 'field.meeting_declined_before' }]);
      }
      const now = clock.now();
      const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
      if (
        (await repo.countSince(db, event.id, personId, hourAgo)) >= MEETING_LIMITS.requestsPerHour ||
        (await repo.countPendingBy(db, event.id, personId)) >= MEETING_LIMITS.openRequestsMax
      ) {
        throw new AppError('rate_limited');
      }
      const stamp = now.toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const inserted = await repo.insertMeeting(trx, {
          id,
          eventId: event.id,
          requesterId: personId,
          recipientId,
          openPairKey: openPairKey(event.id, personId, recipientId),
          message: input.message,
          status: 'pending',
          needsReschedulingSince: null,
          formerStartsAt: null,
          createdAt: stamp,
          answeredAt: null,
          cancelledAt: null,
          cancelledBy: null,
          updatedAt: stamp,
        });
        if (!inserted) {
          throw new AppError('conflict', [{ field: 'recipientId', key: 'field.meeting_request_open' }]);
        }
        const meeting = await repo.findMeeting(trx, id);
        await tellOther(trx, event, meeting!, personId, 'requested', stamp);
      });
      return ctx.viewOf(event, personId, id);
    },

    /** The recipient accepts: contact details become visible to both, the meeting can be scheduled. */
    acceptMeeting: (actor: Actor, meetingId: string) => answer(actor, meetingId, 'accepted'),

    /** The recipient declines; the requester cannot ask the same person again for this event. */
    declineMeeting: (actor: Actor, meetingId: string) => answer(actor, meetingId, 'declined'),

    /** Either person withdraws or cancels; a placed meeting frees its slot and table. */
    async cancelMeeting(actor: Actor, meetingId: string): Promise<MyMeeting> {
      const { personId, meeting, event } = await meetingOfActor(actor, meetingId);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const changed = await repo.changeStatus(trx, meeting.id, ['pending', 'accepted'], {
          status: 'cancelled',
          cancelledAt: now,
          cancelledBy: personId,
          updatedAt: now,
        });
        if (!changed) {
          throw new AppError('invalid_state');
        }
        // A freed slot cannot clash with any draft, so drafts stay publishable (no version bump).
        await schedule.unplace(trx, meeting.id);
        await tellOther(trx, event, meeting, personId, 'cancelled', now);
      });
      return ctx.viewOf(event, personId, meeting.id);
    },
  };
}
export type MeetingRequestService = ReturnType<typeof createMeetingRequestService>;
