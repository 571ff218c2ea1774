import type { Kysely, Selectable } from 'kysely';
import type { Database, EventsTable } from '../../db/schema.js';

export type EventRow = Selectable<EventsTable>;
/** The columns the events feature writes; seat counters and registration settings belong to registration. */
export type EventValues = Omit<
  EventRow,
  | 'seatsTaken'
  | 'waitlistCounter'
  | 'guestsTaken'
  | 'confirmHours'
  | 'offerHours'
  | 'offerExtensionHours'
  | 'reconfirmDaysBefore'
>;

/** The only code that touches the events table. */
export function createEventRepository(db: Kysely<Database>) {
  return {
    /** Inserts an event; returns false if the slug is already taken. */
    async insertEvent(values: EventValues): Promise<boolean> {
      const result = await db
        .insertInto('events')
        .values({ ...values, seatsTaken: 0 })
        .onConflict((oc) => oc.column('slug').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async findEventById(id: string): Promise<EventRow | undefined> {
      return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findEventBySlug(slug: string): Promise<EventRow | undefined> {
      return db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
    },

    async isSlugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let query = db.selectFrom('events').select('id').where('slug', '=', slug);
      if (exceptId) {
        query = query.where('id', '!=', exceptId);
      }
      return (await query.executeTakeFirst()) !== undefined;
    },

    async listEvents(statuses: EventRow['status'][]): Promise<EventRow[]> {
      return db
        .selectFrom('events')
        .selectAll()
        .where('status', 'in', statuses)
        .orderBy('startsAt', 'asc')
        .execute();
    },

    /**
     * Writes changed fields. The capacity may not fall below the seats taken: checked in the same
     * statement, so a registration committing meanwhile cannot be squeezed out. Returns false if refused.
     */
    async updateEvent(id: string, values: Partial<EventValues>): Promise<boolean> {
      let query = db.updateTable('events').set(values).where('id', '=', id);
      if (values.capacity !== undefined) {
        query = query.where('seatsTaken', '<=', values.capacity);
      }
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type EventRepository = ReturnType<typeof createEventRepository>;
