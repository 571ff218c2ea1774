import type { MeetingSetup } from '../../../contract/meetings.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import type { MeetingsContext } from './context.js';
import { toMeetingEvent } from './mapping.js';
import { assertOrganizer } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { scheduleRepository as schedule } from './schedule-repository.js';
import { displace, syncSlots } from './slot-sync.js';

/** The organizer's set-up: meeting blocks (networking sessions) and their slot length, tables, self-pick. */
export function createMeetingSetupService(deps: MeetingsDeps, ctx: MeetingsContext) {
  const { db, clock } = deps;

  async function eventFor(actor: Actor, eventId: string, forWriting: boolean): Promise<EventRow> {
    assertOrganizer(actor);
    const event = await ctx.eventById(eventId);
    if (forWriting && event.status === 'archived') {
      throw new AppError('invalid_state');
    }
    await schedule.ensureSettings(db, event.id, clock.now().toISOString());
    return event;
  }

  async function setupOf(event: EventRow): Promise<MeetingSetup> {
    const blocks = await syncSlots(deps, event);
    const settings = await schedule.findSettings(db, event.id);
    const tables = await schedule.listTables(db, event.id);
    return {
      event: toMeetingEvent(event),
      selfPickAllowed: settings?.selfPickAllowed === 1,
      blocks: blocks.map((b) => ({
        sessionId: b.session.id,
        title: b.session.title,
        room: b.session.room,
        startsAt: b.session.startsAt,
        endsAt: b.session.endsAt,
        slotMinutes: b.slotMinutes,
        slots: b.slots.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
      })),
      tables: tables.map((t) => ({ id: t.id, number: t.number, location: t.location })),
    };
  }

  return {
    /** Blocks with their slots (kept in line with the programme), tables and settings. */
    async getSetup(actor: Actor, eventId: string): Promise<MeetingSetup> {
      return setupOf(await eventFor(actor, eventId, false));
    },

    /** Allows or stops participants picking a slot themselves. */
    async setSelfPick(actor: Actor, eventId: string, allowed: boolean): Promise<MeetingSetup> {
      const event = await eventFor(actor, eventId, true);
      await schedule.setSelfPick(db, event.id, allowed, clock.now().toISOString());
      return setupOf(event);
    },

    /**
     * Sets the slot length of one networking session. Slots that no longer exist are retired and
     * their meetings listed as "needs rescheduling" (never cancelled).
     */
    async setBlockMinutes(actor: Actor, eventId: string, sessionId: string, minutes: number) {
      const event = await eventFor(actor, eventId, true);
      const sessions = await deps.programme.listSessionsByType(event.id, 'networking');
      if (!sessions.some((s) => s.id === sessionId)) {
        throw new AppError('not_found');
      }
      await schedule.setBlockMinutes(db, event.id, sessionId, minutes, clock.now().toISOString());
      return setupOf(event);
    },

    /** Adds numbered tables (a range); numbers already there are kept as they are. */
    async addTables(
      actor: Actor,
      eventId: string,
      input: { fromNumber: number; toNumber: number; location: string },
    ) {
      const event = await eventFor(actor, eventId, true);
      if (input.toNumber < input.fromNumber) {
        throw new AppError('validation_failed', [{ field: 'toNumber', key: 'field.meeting_tables_range' }]);
      }
      if (input.toNumber - input.fromNumber >= 300) {
        throw new AppError('validation_failed', [
          { field: 'toNumber', key: 'field.meeting_tables_too_many' },
        ]);
      }
      const now = clock.now().toISOString();
      const rows = [];
      for (let number = input.fromNumber; number <= input.toNumber; number += 1) {
        rows.push({
          id: newId(),
          eventId: event.id,
          number,
          location: input.location,
          createdAt: now,
          updatedAt: now,
        });
      }
      await schedule.insertTables(db, rows);
      return setupOf(event);
    },

    /** Renumbers or moves a table; a number already used at the event is refused. */
    async updateTable(actor: Actor, tableId: string, input: { number: number; location: string }) {
      assertOrganizer(actor);
      const table = await schedule.findTable(db, tableId);
      if (!table) {
        throw new AppError('not_found');
      }
      const event = await eventFor(actor, table.eventId, true);
      if (
        !(await schedule.updateTable(db, table.id, input.number, input.location, clock.now().toISOString()))
      ) {
        throw new AppError('conflict', [{ field: 'number', key: 'field.meeting_table_taken' }]);
      }
      return setupOf(event);
    },

    /** Removes a table; meetings placed at it keep going and are listed as "needs rescheduling". */
    async deleteTable(actor: Actor, tableId: string) {
      assertOrganizer(actor);
      const table = await schedule.findTable(db, tableId);
      if (!table) {
        throw new AppError('not_found');
      }
      const event = await eventFor(actor, table.eventId, true);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const slots = new Map((await schedule.listSlots(trx, event.id, true)).map((s) => [s.id, s]));
        for (const placement of (await schedule.listPlacements(trx, event.id)).filter(
          (p) => p.tableId === table.id,
        )) {
          await displace(
            deps,
            trx,
            event,
            placement.meetingId,
            slots.get(placement.slotId)?.startsAt ?? now,
            now,
          );
        }
        await schedule.deleteTable(trx, table.id);
        await schedule.bumpVersion(trx, event.id);
      });
      return setupOf(event);
    },
  };
}
export type MeetingSetupService = ReturnType<typeof createMeetingSetupService>;
