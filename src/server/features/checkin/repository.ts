import { sql, type Kysely, type Selectable } from 'kysely';
import type { CheckinsTable, Database, RegistrationsTable } from '../../db/schema.js';
import { searchTextMatches } from '../../db/search.js';

export type CheckinRow = Selectable<CheckinsTable>;

/** The registration columns check-in and badges read. */
export type AttendeeRow = Pick<
  Selectable<RegistrationsTable>,
  | 'id'
  | 'eventId'
  | 'status'
  | 'isGuest'
  | 'firstName'
  | 'lastName'
  | 'academicTitle'
  | 'organization'
  | 'sector'
  | 'notes'
  | 'ticketCode'
  | 'checkedInAt'
>;

const ATTENDEE_COLUMNS = [
  'id',
  'eventId',
  'status',
  'isGuest',
  'firstName',
  'lastName',
  'academicTitle',
  'organization',
  'sector',
  'notes',
  'ticketCode',
  'checkedInAt',
] as const;

/**
 * The checkins table, and the two check-in columns of registrations (checked_in_at, check_in_count):
 * the registration feature never writes those, check-in never writes any other.
 */
export function createCheckinRepository(db: Kysely<Database>) {
  return {
    async findByTicket(eventId: string, ticketCode: string): Promise<AttendeeRow | undefined> {
      return db
        .selectFrom('registrations')
        .select(ATTENDEE_COLUMNS)
        .where('eventId', '=', eventId)
        .where('ticketCode', '=', ticketCode)
        .executeTakeFirst();
    },

    async findById(eventId: string, id: string): Promise<AttendeeRow | undefined> {
      return db
        .selectFrom('registrations')
        .select(ATTENDEE_COLUMNS)
        .where('eventId', '=', eventId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async findScan(scanId: string): Promise<CheckinRow | undefined> {
      return db.selectFrom('checkins').selectAll().where('id', '=', scanId).executeTakeFirst();
    },

    /**
     * Stores a scan and counts it on the registration, in one transaction, returning which check-in of
     * the person it was (1 = first). The scan id is the primary key: a resent scan inserts and counts
     * nothing (returns null). The counter update locks the registration row, so concurrent scans of one
     * person get distinct numbers. The first check-in time is the earliest scan, since queued offline
     * scans may arrive after later ones.
     */
    async recordScan(
      scan: Omit<CheckinRow, 'checkInNumber'>,
      onFirst?: (trx: Kysely<Database>, checkedInAt: string) => Promise<void>,
    ): Promise<number | null> {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('checkins')
          .values(scan)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) {
          return null;
        }
        const counted = await trx
          .updateTable('registrations')
          .set((eb) => ({
            checkInCount: eb('checkInCount', '+', 1),
            checkedInAt: sql<string>`case when checked_in_at is null or checked_in_at > ${scan.scannedAt}
              then ${scan.scannedAt} else checked_in_at end`,
          }))
          .where('id', '=', scan.registrationId)
          .returning('checkInCount')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('checkins')
          .set({ checkInNumber: counted.checkInCount })
          .where('id', '=', scan.id)
          .execute();
        if (counted.checkInCount === 1) {
          await onFirst?.(trx, scan.scannedAt);
        }
        return counted.checkInCount;
      });
    },

    /** People of the event whose name, email or organization contains the text (at most `limit`). */
    async searchAttendees(eventId: string, text: string, limit: number): Promise<AttendeeRow[]> {
      return db
        .selectFrom('registrations')
        .select(ATTENDEE_COLUMNS)
        .where('eventId', '=', eventId)
        .where(searchTextMatches('search_text', text))
        .orderBy(sql`lower(last_name)`)
        .orderBy(sql`lower(first_name)`)
        .limit(limit)
        .execute();
    },

    /** Everyone who may enter (for badges), by last and first name. */
    async listAdmissible(eventId: string): Promise<AttendeeRow[]> {
      return db
        .selectFrom('registrations')
        .select(ATTENDEE_COLUMNS)
        .where('eventId', '=', eventId)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'confirmed'),
            eb.and([eb('isGuest', '=', 1), eb('status', 'in', ['pending', 'offered'])]),
          ]),
        )
        .orderBy(sql`lower(last_name)`)
        .orderBy(sql`lower(first_name)`)
        .orderBy('id')
        .execute();
    },
  };
}
export type CheckinRepository = ReturnType<typeof createCheckinRepository>;
