import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, MeetingNoticesTable, MeetingsTable, MeetingStatus } from '../../db/schema.js';

/** Kysely<Database> or a transaction of it. */
export type Executor = Kysely<Database>;
export type MeetingRow = Selectable<MeetingsTable>;

/** A person as meetings need them: names to show, address and language for mails. */
export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  organization: string;
  email: string;
  locale: string;
}

/** A meeting with its published place (slot and table), if any. */
export type MeetingWithPlace = MeetingRow & {
  slotId: string | null;
  tableId: string | null;
  slotSessionId: string | null;
  slotStartsAt: string | null;
  slotEndsAt: string | null;
  tableNumber: number | null;
  tableLocation: string | null;
  placedAt: string | null;
};

/** The key that makes a second open request of the same two people impossible (unique index). */
export function openPairKey(eventId: string, a: string, b: string): string {
  return a < b ? `${eventId}:${a}:${b}` : `${eventId}:${b}:${a}`;
}

function withPlace(db: Executor) {
  return db
    .selectFrom('meetings')
    .leftJoin('meetingPlacements', 'meetingPlacements.meetingId', 'meetings.id')
    .leftJoin('meetingSlots', 'meetingSlots.id', 'meetingPlacements.slotId')
    .leftJoin('meetingTables', 'meetingTables.id', 'meetingPlacements.tableId')
    .selectAll('meetings')
    .select([
      'meetingPlacements.slotId',
      'meetingPlacements.tableId',
      'meetingSlots.sessionId as slotSessionId',
      'meetingSlots.startsAt as slotStartsAt',
      'meetingSlots.endsAt as slotEndsAt',
      'meetingTables.number as tableNumber',
      'meetingTables.location as tableLocation',
      'meetingPlacements.placedAt',
    ]);
}

/** The meetings feature's requests, people lookups and notices. */
export const meetingRepository = {
  findMeeting: (db: Executor, id: string): Promise<MeetingWithPlace | undefined> =>
    withPlace(db).where('meetings.id', '=', id).executeTakeFirst(),

  /** Meetings of one person in one event (either side), newest first. */
  listForPerson: (db: Executor, eventId: string, personId: string): Promise<MeetingWithPlace[]> =>
    withPlace(db)
      .where('meetings.eventId', '=', eventId)
      .where((eb) =>
        eb.or([eb('meetings.requesterId', '=', personId), eb('meetings.recipientId', '=', personId)]),
      )
      .orderBy('meetings.createdAt', 'desc')
      .execute(),

  /** Published meetings of a person (for the agenda), optionally of one event. */
  listPlacedForPerson: (db: Executor, personId: string, eventId?: string): Promise<MeetingWithPlace[]> => {
    let query = withPlace(db)
      .where('meetings.status', '=', 'accepted')
      .where('meetingPlacements.slotId', 'is not', null)
      .where('meetingSlots.retiredAt', 'is', null)
      .where((eb) =>
        eb.or([eb('meetings.requesterId', '=', personId), eb('meetings.recipientId', '=', personId)]),
      );
    if (eventId) {
      query = query.where('meetings.eventId', '=', eventId);
    }
    return query.orderBy('meetingSlots.startsAt').execute();
  },

  listForEvent: (db: Executor, eventId: string): Promise<MeetingWithPlace[]> =>
    withPlace(db).where('meetings.eventId', '=', eventId).orderBy('meetings.createdAt').execute(),

  /** Inserts a request; false when the pair already has an open one (decided by the unique index). */
  async insertMeeting(db: Executor, values: Insertable<MeetingsTable>): Promise<boolean> {
    const result = await db
      .insertInto('meetings')
      .values(values)
      .onConflict((oc) => oc.column('openPairKey').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  /** Moves a meeting from one status to another; false when it was no longer in `from`. */
  async changeStatus(
    db: Executor,
    id: string,
    from: readonly MeetingStatus[],
    changes: Partial<Pick<MeetingRow, 'status' | 'answeredAt' | 'cancelledAt' | 'cancelledBy' | 'updatedAt'>>,
  ): Promise<boolean> {
    const closes = changes.status === 'declined' || changes.status === 'cancelled';
    const result = await db
      .updateTable('meetings')
      .set({ ...changes, ...(closes ? { openPairKey: null } : {}) })
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** Claims the right to change a meeting's placement (a second concurrent change finds a new version). */
  async claimPlacement(db: Executor, id: string, version: number, now: string): Promise<boolean> {
    const result = await db
      .updateTable('meetings')
      .set({ placementVersion: version + 1, updatedAt: now })
      .where('id', '=', id)
      .where('placementVersion', '=', version)
      .where('status', '=', 'accepted')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** Marks a meeting that lost its slot; returns its people and new placement version. */
  markNeedsRescheduling: (db: Executor, id: string, formerStartsAt: string, now: string) =>
    db
      .updateTable('meetings')
      .set((eb) => ({
        needsReschedulingSince: now,
        formerStartsAt,
        placementVersion: eb('placementVersion', '+', 1),
        updatedAt: now,
      }))
      .where('id', '=', id)
      .returning(['requesterId', 'recipientId', 'placementVersion'])
      .executeTakeFirst(),

  async markPlaced(db: Executor, id: string): Promise<void> {
    await db
      .updateTable('meetings')
      .set({ needsReschedulingSince: null, formerStartsAt: null })
      .where('id', '=', id)
      .execute();
  },

  async countSince(db: Executor, eventId: string, requesterId: string, since: string): Promise<number> {
    const row = await db
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('requesterId', '=', requesterId)
      .where('createdAt', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async countPendingBy(db: Executor, eventId: string, requesterId: string): Promise<number> {
    const row = await db
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('requesterId', '=', requesterId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async hasBeenDeclined(db: Executor, eventId: string, requesterId: string, recipientId: string) {
    const row = await db
      .selectFrom('meetings')
      .select('id')
      .where('eventId', '=', eventId)
      .where('requesterId', '=', requesterId)
      .where('recipientId', '=', recipientId)
      .where('status', '=', 'declined')
      .executeTakeFirst();
    return Boolean(row);
  },

  async findPeople(db: Executor, ids: readonly string[]): Promise<Map<string, PersonRow>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await db
      .selectFrom('people')
      .select(['id', 'firstName', 'lastName', 'organization', 'email', 'locale'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, r]));
  },

  /** Every meeting of the person, across events (data export). */
  listAllOfPerson: (db: Executor, personId: string): Promise<MeetingWithPlace[]> =>
    withPlace(db)
      .where((eb) =>
        eb.or([eb('meetings.requesterId', '=', personId), eb('meetings.recipientId', '=', personId)]),
      )
      .orderBy('meetings.createdAt')
      .execute(),

  listBlockedTimesOfPerson: (db: Executor, personId: string) =>
    db
      .selectFrom('meetingUnavailability')
      .select(['eventId', 'startsAt', 'endsAt', 'createdAt'])
      .where('personId', '=', personId)
      .execute(),

  listNoticesOfPerson: (db: Executor, personId: string) =>
    db
      .selectFrom('meetingNotices')
      .select(['kind', 'meetingId', 'eventId', 'createdAt', 'readAt'])
      .where('personId', '=', personId)
      .execute(),

  /** Deletes everything of the meetings feature that belongs to the person. */
  async erasePerson(db: Executor, personId: string): Promise<void> {
    await db.deleteFrom('meetingNotices').where('personId', '=', personId).execute();
    await db.deleteFrom('meetingUnavailability').where('personId', '=', personId).execute();
    await db
      .deleteFrom('meetings')
      .where((eb) => eb.or([eb('requesterId', '=', personId), eb('recipientId', '=', personId)]))
      .execute();
  },

  async insertNotice(db: Executor, values: Insertable<MeetingNoticesTable>): Promise<void> {
    await db.insertInto('meetingNotices').values(values).execute();
  },

  listNotices: (db: Executor, personId: string, limit: number) =>
    db
      .selectFrom('meetingNotices')
      .innerJoin('meetings', 'meetings.id', 'meetingNotices.meetingId')
      .select([
        'meetingNotices.id',
        'meetingNotices.kind',
        'meetingNotices.meetingId',
        'meetingNotices.createdAt',
        'meetingNotices.readAt',
        'meetings.requesterId',
        'meetings.recipientId',
        'meetingNotices.eventId',
      ])
      .where('meetingNotices.personId', '=', personId)
      .orderBy('meetingNotices.createdAt', 'desc')
      .limit(limit)
      .execute(),

  async markNoticesRead(db: Executor, personId: string, now: string): Promise<void> {
    await db
      .updateTable('meetingNotices')
      .set({ readAt: now })
      .where('personId', '=', personId)
      .where('readAt', 'is', null)
      .execute();
  },
};
