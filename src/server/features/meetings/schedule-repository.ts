import type { Selectable } from 'kysely';
import type { MeetingSlotsTable, MeetingTablesTable } from '../../db/schema.js';
import type { Executor } from './repository.js';
import type { SlotTimes } from './slots.js';

export type SlotRow = Selectable<MeetingSlotsTable>;
export type TableRow = Selectable<MeetingTablesTable>;

/** A published placement with the two people of its meeting. */
export interface PlacementRow {
  meetingId: string;
  slotId: string;
  tableId: string;
  requesterId: string;
  recipientId: string;
}

/** Slots, tables, settings and published placements of the meetings feature. */
export const scheduleRepository = {
  async ensureSettings(db: Executor, eventId: string, now: string): Promise<void> {
    await db
      .insertInto('meetingSettings')
      .values({ eventId, selfPickAllowed: 0, updatedAt: now })
      .onConflict((oc) => oc.column('eventId').doNothing())
      .execute();
  },

  findSettings: (db: Executor, eventId: string) =>
    db.selectFrom('meetingSettings').selectAll().where('eventId', '=', eventId).executeTakeFirst(),

  async setSelfPick(db: Executor, eventId: string, allowed: boolean, now: string): Promise<void> {
    await db
      .updateTable('meetingSettings')
      .set({ selfPickAllowed: allowed ? 1 : 0, updatedAt: now })
      .where('eventId', '=', eventId)
      .execute();
  },

  /** Marks published placements as changed (any draft made before cannot be published any more). */
  async bumpVersion(db: Executor, eventId: string): Promise<void> {
    await db
      .updateTable('meetingSettings')
      .set((eb) => ({ placementVersion: eb('placementVersion', '+', 1) }))
      .where('eventId', '=', eventId)
      .execute();
  },

  /** Raises the version only if it is still `expected`: true when nothing changed in between. */
  async bumpVersionIf(db: Executor, eventId: string, expected: number): Promise<boolean> {
    const result = await db
      .updateTable('meetingSettings')
      .set({ placementVersion: expected + 1 })
      .where('eventId', '=', eventId)
      .where('placementVersion', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  listBlockSettings: (db: Executor, eventId: string) =>
    db.selectFrom('meetingBlockSettings').selectAll().where('eventId', '=', eventId).execute(),

  async setBlockMinutes(db: Executor, eventId: string, sessionId: string, minutes: number, now: string) {
    await db
      .insertInto('meetingBlockSettings')
      .values({ sessionId, eventId, slotMinutes: minutes, updatedAt: now })
      .onConflict((oc) => oc.column('sessionId').doUpdateSet({ slotMinutes: minutes, updatedAt: now }))
      .execute();
  },

  listSlots: (db: Executor, eventId: string, withRetired = false): Promise<SlotRow[]> => {
    let query = db.selectFrom('meetingSlots').selectAll().where('eventId', '=', eventId);
    if (!withRetired) {
      query = query.where('retiredAt', 'is', null);
    }
    return query.orderBy('startsAt').orderBy('sessionId').execute();
  },

  findSlot: (db: Executor, id: string) =>
    db.selectFrom('meetingSlots').selectAll().where('id', '=', id).executeTakeFirst(),

  async insertSlot(db: Executor, id: string, eventId: string, slot: SlotTimes, now: string): Promise<void> {
    await db
      .insertInto('meetingSlots')
      .values({ id, eventId, ...slot, retiredAt: null, createdAt: now })
      .onConflict((oc) => oc.columns(['sessionId', 'startsAt', 'endsAt']).doNothing())
      .execute();
  },

  async setRetired(db: Executor, ids: readonly string[], retiredAt: string | null): Promise<void> {
    if (ids.length > 0) {
      await db.updateTable('meetingSlots').set({ retiredAt }).where('id', 'in', ids).execute();
    }
  },

  listTables: (db: Executor, eventId: string): Promise<TableRow[]> =>
    db.selectFrom('meetingTables').selectAll().where('eventId', '=', eventId).orderBy('number').execute(),

  findTable: (db: Executor, id: string) =>
    db.selectFrom('meetingTables').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Adds tables; numbers already taken are left as they are. Returns how many were added. */
  async insertTables(db: Executor, rows: TableRow[]): Promise<number> {
    if (rows.length === 0) {
      return 0;
    }
    const result = await db
      .insertInto('meetingTables')
      .values(rows)
      .onConflict((oc) => oc.columns(['eventId', 'number']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  },

  /** Changes a table; false when the new number is taken (unique index). */
  async updateTable(db: Executor, id: string, number: number, location: string, now: string) {
    const taken = await db
      .selectFrom('meetingTables as t')
      .innerJoin('meetingTables as mine', 'mine.eventId', 't.eventId')
      .select('t.id')
      .where('mine.id', '=', id)
      .where('t.number', '=', number)
      .where('t.id', '!=', id)
      .executeTakeFirst();
    if (taken) {
      return false;
    }
    await db
      .updateTable('meetingTables')
      .set({ number, location, updatedAt: now })
      .where('id', '=', id)
      .execute();
    return true;
  },

  async deleteTable(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('meetingTables').where('id', '=', id).execute();
  },

  listPlacements: (db: Executor, eventId: string): Promise<PlacementRow[]> =>
    db
      .selectFrom('meetingPlacements')
      .innerJoin('meetings', 'meetings.id', 'meetingPlacements.meetingId')
      .select([
        'meetingPlacements.meetingId',
        'meetingPlacements.slotId',
        'meetingPlacements.tableId',
        'meetings.requesterId',
        'meetings.recipientId',
      ])
      .where('meetingPlacements.eventId', '=', eventId)
      .execute(),

  /** Books both people into the slot; false if either is already booked then (primary key decides). */
  async bookPeople(db: Executor, slotId: string, meetingId: string, people: readonly string[]) {
    for (const personId of people) {
      const result = await db
        .insertInto('meetingSlotPeople')
        .values({ slotId, personId, meetingId })
        .onConflict((oc) => oc.columns(['slotId', 'personId']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
        return false;
      }
    }
    return true;
  },

  /** Puts the meeting at the first free table of the list; null when all are taken (unique index decides). */
  async takeTable(
    db: Executor,
    values: { meetingId: string; eventId: string; slotId: string; placedBy: 'scheduler' | 'participant' },
    tableIds: readonly string[],
    now: string,
  ): Promise<string | null> {
    for (const tableId of tableIds) {
      const result = await db
        .insertInto('meetingPlacements')
        .values({ ...values, tableId, placedAt: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) {
        return tableId;
      }
    }
    return null;
  },

  /** Removes a meeting's placement (slot and table are free again); true when there was one. */
  async unplace(db: Executor, meetingId: string): Promise<boolean> {
    await db.deleteFrom('meetingSlotPeople').where('meetingId', '=', meetingId).execute();
    const removed = await db
      .deleteFrom('meetingPlacements')
      .where('meetingId', '=', meetingId)
      .executeTakeFirst();
    return Number(removed.numDeletedRows) === 1;
  },

  listUnavailability: (db: Executor, eventId: string, personIds?: readonly string[]) => {
    let query = db.selectFrom('meetingUnavailability').selectAll().where('eventId', '=', eventId);
    if (personIds) {
      if (personIds.length === 0) {
        return Promise.resolve([]);
      }
      query = query.where('personId', 'in', [...personIds]);
    }
    return query.execute();
  },

  async block(db: Executor, personId: string, eventId: string, slot: SlotRow, now: string): Promise<void> {
    await db
      .insertInto('meetingUnavailability')
      .values({ personId, eventId, startsAt: slot.startsAt, endsAt: slot.endsAt, createdAt: now })
      .onConflict((oc) =>
        oc.columns(['personId', 'eventId', 'startsAt']).doUpdateSet({ endsAt: slot.endsAt }),
      )
      .execute();
  },

  /** Removes every blocked time of the person that overlaps the slot. */
  async unblock(db: Executor, personId: string, eventId: string, slot: SlotRow): Promise<void> {
    await db
      .deleteFrom('meetingUnavailability')
      .where('personId', '=', personId)
      .where('eventId', '=', eventId)
      .where('startsAt', '<', slot.endsAt)
      .where('endsAt', '>', slot.startsAt)
      .execute();
  },
};
