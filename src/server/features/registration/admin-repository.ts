import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, RegistrationQuestionsTable, RegistrationsTable } from '../../db/schema.js';
import { refreshSearchText, searchTextMatches, touchesSearchText } from '../../db/search.js';

export type AdminRegistrationRow = Selectable<RegistrationsTable>;
export type AdminQuestionRow = Selectable<RegistrationQuestionsTable>;

/** The list's filters and sort (registrationListQuerySchema), paging optional for exports. */
export interface RegistrationFilter {
  q?: string;
  status?: RegistrationsTable['status'];
  sector?: string;
  checkedIn?: 'yes' | 'no';
  sort: 'name' | 'organization' | 'requestedAt' | 'status' | 'waitlist';
  limit?: number;
  offset?: number;
}

/** The registration columns an organizer may edit: none of them changes who holds a seat. */
export type NonSeatValues = Pick<
  Updateable<RegistrationsTable>,
  | 'salutation'
  | 'academicTitle'
  | 'firstName'
  | 'lastName'
  | 'organization'
  | 'position'
  | 'sector'
  | 'phone'
  | 'topics'
  | 'answers'
  | 'notes'
  | 'updatedAt'
>;

export interface RegistrationSettingsColumns {
  confirmHours: number;
  offerHours: number;
  offerExtensionHours: number;
  reconfirmDaysBefore: number;
  registrationClosedManually: number;
}

// Registration statuses in the order an organizer works through them.
const STATUS_ORDER = sql<number>`case status when 'confirmed' then 0 when 'offered' then 1 when 'pending' then 2
  when 'waitlisted' then 3 when 'cancelled' then 4 else 5 end`;

/** The organizer side's queries on registrations, their questions and the registration settings. */
export function createRegistrationAdminRepository(db: Kysely<Database>) {
  function filtered(eventId: string, filter: RegistrationFilter) {
    let query = db.selectFrom('registrations').where('eventId', '=', eventId);
    if (filter.q) {
      query = query.where(searchTextMatches('search_text', filter.q));
    }
    if (filter.status) {
      query = query.where('status', '=', filter.status);
    }
    if (filter.sector) {
      query = query.where('sector', '=', filter.sector);
    }
    if (filter.checkedIn) {
      query = query.where('checkedInAt', filter.checkedIn === 'yes' ? 'is not' : 'is', null);
    }
    return query;
  }

  return {
    /** One page of the event's registrations matching the filter, in the requested order. */
    async listRegistrations(eventId: string, filter: RegistrationFilter): Promise<AdminRegistrationRow[]> {
      let query = filtered(eventId, filter).selectAll();
      switch (filter.sort) {
        case 'name':
          query = query.orderBy(sql`lower(last_name)`).orderBy(sql`lower(first_name)`);
          break;
        case 'organization':
          query = query.orderBy(sql`lower(organization)`).orderBy(sql`lower(last_name)`);
          break;
        case 'status':
          query = query.orderBy(STATUS_ORDER).orderBy('requestedAt');
          break;
        case 'waitlist':
          // "is null" first sorts the people without a number last on both dialects.
          query = query
            .orderBy(sql`waitlist_number is null`)
            .orderBy('waitlistNumber')
            .orderBy('requestedAt');
          break;
        case 'requestedAt':
          query = query.orderBy('requestedAt');
          break;
      }
      query = query.orderBy('id');
      if (filter.limit !== undefined) {
        query = query.limit(filter.limit).offset(filter.offset ?? 0);
      }
      return query.execute();
    },

    async countRegistrations(eventId: string, filter: RegistrationFilter): Promise<number> {
      const row = await filtered(eventId, filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Counts by status and guest flag, plus how many have checked in. */
    async countByStatus(
      eventId: string,
    ): Promise<{ status: RegistrationsTable['status']; isGuest: number; n: number; checkedIn: number }[]> {
      const rows = await db
        .selectFrom('registrations')
        .where('eventId', '=', eventId)
        .select((eb) => [
          'status',
          'isGuest',
          eb.fn.countAll<number>().as('n'),
          eb.fn.count<number>('checkedInAt').as('checkedIn'),
        ])
        .groupBy(['status', 'isGuest'])
        .execute();
      return rows.map((r) => ({ ...r, n: Number(r.n), checkedIn: Number(r.checkedIn) }));
    },

    /** The waitlist numbers of the event in order: a person's position is their index plus one. */
    async waitlistNumbers(eventId: string): Promise<number[]> {
      const rows = await db
        .selectFrom('registrations')
        .select('waitlistNumber')
        .where('eventId', '=', eventId)
        .where('status', '=', 'waitlisted')
        .where('waitlistNumber', 'is not', null)
        .orderBy('waitlistNumber')
        .execute();
      return rows.map((r) => Number(r.waitlistNumber));
    },

    async findRegistration(id: string): Promise<AdminRegistrationRow | undefined> {
      return db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Writes the given non-seat columns; the status and seat columns are never touched here. */
    async updateNonSeatFields(id: string, values: NonSeatValues): Promise<void> {
      await db.updateTable('registrations').set(values).where('id', '=', id).execute();
      if (touchesSearchText(values)) {
        await refreshSearchText(db, 'registrations', id);
      }
    },

    async listQuestions(eventId: string): Promise<AdminQuestionRow[]> {
      return db
        .selectFrom('registrationQuestions')
        .selectAll()
        .where('eventId', '=', eventId)
        .orderBy('position')
        .execute();
    },

    async findSettings(eventId: string): Promise<RegistrationSettingsColumns | undefined> {
      return db
        .selectFrom('events')
        .select([
          'confirmHours',
          'offerHours',
          'offerExtensionHours',
          'reconfirmDaysBefore',
          'registrationClosedManually',
        ])
        .where('id', '=', eventId)
        .executeTakeFirst();
    },

    /**
     * Stores the settings and replaces the question list in one transaction. Questions left out are
     * deleted; the answers given to them stay in each registration's stored answers.
     */
    async saveSettings(
      eventId: string,
      settings: RegistrationSettingsColumns & { updatedAt: string },
      questions: AdminQuestionRow[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('events').set(settings).where('id', '=', eventId).execute();
        let removal = trx.deleteFrom('registrationQuestions').where('eventId', '=', eventId);
        if (questions.length > 0) {
          removal = removal.where(
            'id',
            'not in',
            questions.map((q) => q.id),
          );
        }
        await removal.execute();
        for (const question of questions) {
          await trx
            .insertInto('registrationQuestions')
            .values(question)
            .onConflict((oc) =>
              oc.column('id').doUpdateSet({
                kind: question.kind,
                label: question.label,
                options: question.options,
                required: question.required,
                position: question.position,
              }),
            )
            .execute();
        }
      });
    },
  };
}
export type RegistrationAdminRepository = ReturnType<typeof createRegistrationAdminRepository>;
