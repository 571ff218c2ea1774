import type { Availability, MyMeeting, SlotOptions } from '../../../contract/meetings.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { pickLocale } from '../../../contract/locale.js';
import type { EventRow } from '../events/index.js';
import { unavailabilityOf } from './availability.js';
import type { MeetingsContext } from './context.js';
import { toMeetingEvent } from './mapping.js';
import { notify } from './notify.js';
import { assertParty, otherOf, personOf } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, type MeetingRow } from './repository.js';
import { scheduleRepository as schedule, type SlotRow } from './schedule-repository.js';
import { syncSlots } from './slot-sync.js';
import { placeLine } from './wording.js';

/** The participant's side of scheduling: blocked times, and picking a slot when the organizer allows it. */
export function createMeetingPickService(deps: MeetingsDeps, ctx: MeetingsContext) {
  const { db, clock } = deps;

  async function activeSlots(event: Parameters<typeof syncSlots>[1]) {
    const blocks = await syncSlots(deps, event);
    return blocks.flatMap((b) => b.slots.map((slot) => ({ slot, blockTitle: b.session.title })));
  }

  /** A meeting of the actor that may get a slot by their own choice now. */
  async function pickableMeeting(actor: Actor, meetingId: string) {
    const personId = personOf(actor);
    const meeting = await repo.findMeeting(db, meetingId);
    if (!meeting) {
      throw new AppError('not_found');
    }
    assertParty(meeting, personId);
    const event = await ctx.eventById(meeting.eventId);
    const settings = await schedule.findSettings(db, event.id);
    if (event.status !== 'published' || settings?.selfPickAllowed !== 1 || meeting.status !== 'accepted') {
      throw new AppError('invalid_state');
    }
    if (await deps.directory.isBlocked(meeting.requesterId, meeting.recipientId)) {
      throw new AppError('not_found');
    }
    return { personId, meeting, event };
  }

  /** Slots where neither person is busy or unavailable (other than this meeting's own slot). */
  async function freeSlotsFor(eventId: string, slots: SlotRow[], meetingId: string, people: string[]) {
    const unavailable = await unavailabilityOf(deps, eventId, slots, people);
    const busy = new Set(
      (await schedule.listPlacements(db, eventId))
        .filter((p) => p.meetingId !== meetingId)
        .flatMap((p) => [`${p.slotId}|${p.requesterId}`, `${p.slotId}|${p.recipientId}`]),
    );
    return slots.filter((slot) =>
      people.every((p) => !busy.has(`${slot.id}|${p}`) && !unavailable.get(p)?.has(slot.id)),
    );
  }

  /** Tells the other person which time and table were picked (notice and mail, same transaction). */
  async function tellOtherPicked(
    trx: typeof db,
    c: {
      meeting: MeetingRow;
      event: EventRow;
      personId: string;
      slot: SlotRow;
      tableId: string;
      now: string;
    },
  ) {
    const otherId = otherOf(c.meeting, c.personId);
    const found = await repo.findPeople(trx, [c.personId, otherId]);
    const to = found.get(otherId);
    const picker = found.get(c.personId);
    const table = await schedule.findTable(trx, c.tableId);
    if (!to || !picker || !table) {
      return;
    }
    const line = placeLine(pickLocale(to.locale), c.slot.startsAt, c.event.timeZone, table.number);
    const notice = {
      kind: 'slot-picked' as const,
      meetingId: c.meeting.id,
      event: c.event,
      to,
      other: picker,
      dedupe: `${c.meeting.id}:${c.meeting.placementVersion + 1}`,
      places: [line],
    };
    await notify(trx, deps.mail, deps.baseUrl, notice, c.now);
  }

  return {
    /** The event's meeting slots with the person's blocked times and starred sessions. */
    async getAvailability(actor: Actor, slug: string): Promise<Availability> {
      const personId = personOf(actor);
      const event = await ctx.eventBySlug(slug, false);
      const slots = await activeSlots(event);
      const unavailable = (
        await unavailabilityOf(
          deps,
          event.id,
          slots.map((s) => s.slot),
          [personId],
        )
      ).get(personId);
      const mine = new Set(
        (await schedule.listPlacements(db, event.id))
          .filter((p) => p.requesterId === personId || p.recipientId === personId)
          .map((p) => p.slotId),
      );
      return {
        event: toMeetingEvent(event),
        slots: slots.map(({ slot, blockTitle }) => ({
          slotId: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          blockTitle,
          blockedByMe: unavailable?.get(slot.id)?.blocked ?? false,
          starredSession: unavailable?.get(slot.id)?.starredSession ?? null,
          islandRound: unavailable?.get(slot.id)?.islandRound ?? null,
          hasMeeting: mine.has(slot.id),
        })),
      };
    },

    /** Blocks (or frees) a slot's time for the person; the scheduler then leaves it free. */
    async setBlocked(actor: Actor, slug: string, slotId: string, blocked: boolean): Promise<Availability> {
      const personId = personOf(actor);
      const event = await ctx.eventBySlug(slug, true);
      const slot = await schedule.findSlot(db, slotId);
      if (!slot || slot.eventId !== event.id || slot.retiredAt !== null) {
        throw new AppError('not_found');
      }
      const now = clock.now().toISOString();
      await (blocked
        ? schedule.block(db, personId, event.id, slot, now)
        : schedule.unblock(db, personId, event.id, slot));
      return this.getAvailability(actor, slug);
    },

    /** Slots the two people could pick for their meeting. */
    async listSlotOptions(actor: Actor, meetingId: string): Promise<SlotOptions> {
      const { meeting, event } = await pickableMeeting(actor, meetingId);
      const slots = (await activeSlots(event)).map((s) => s.slot);
      const free = await freeSlotsFor(event.id, slots, meeting.id, [
        meeting.requesterId,
        meeting.recipientId,
      ]);
      return { slots: free.map((s) => ({ slotId: s.id, startsAt: s.startsAt, endsAt: s.endsAt })) };
    },

    /**
     * Puts the meeting into the chosen slot at a free table. Two picks at once never double-book:
     * the primary key (slot, person) and the unique (slot, table) decide, and the loser gets 409.
     */
    async pickSlot(actor: Actor, meetingId: string, slotId: string): Promise<MyMeeting> {
      const { personId, meeting, event } = await pickableMeeting(actor, meetingId);
      const slots = (await activeSlots(event)).map((s) => s.slot);
      const slot = slots.find((s) => s.id === slotId);
      if (!slot) {
        throw new AppError('validation_failed', [{ field: 'slotId', key: 'field.meeting_slot_unknown' }]);
      }
      const people = [meeting.requesterId, meeting.recipientId];
      const unavailable = await unavailabilityOf(deps, event.id, [slot], people);
      if (people.some((p) => unavailable.get(p)?.has(slot.id))) {
        throw new AppError('validation_failed', [{ field: 'slotId', key: 'field.meeting_slot_unavailable' }]);
      }
      const tables = (await schedule.listTables(db, event.id)).map((t) => t.id);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.claimPlacement(trx, meeting.id, meeting.placementVersion, now))) {
          throw new AppError('conflict');
        }
        await schedule.unplace(trx, meeting.id);
        if (!(await schedule.bookPeople(trx, slot.id, meeting.id, people))) {
          throw new AppError('conflict', [{ field: 'slotId', key: 'field.meeting_slot_taken' }]);
        }
        const placement = {
          meetingId: meeting.id,
          eventId: event.id,
          slotId: slot.id,
          placedBy: 'participant' as const,
        };
        const tableId = await schedule.takeTable(trx, placement, tables, now);
        if (!tableId) {
          throw new AppError('conflict', [{ field: 'slotId', key: 'field.meeting_no_table' }]);
        }
        await repo.markPlaced(trx, meeting.id);
        await schedule.bumpVersion(trx, event.id);
        await tellOtherPicked(trx, { meeting, event, personId, slot, tableId, now });
      });
      return ctx.viewOf(event, personId, meeting.id);
    },
  };
}
export type MeetingPickService = ReturnType<typeof createMeetingPickService>;
