import type { Kysely, Transaction } from 'kysely';
import type { Database, SurveyResponsesTable } from '../../db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The only code that touches the survey tables. */
export const surveyRepository = {
  async findSettings(db: Executor, eventId: string) {
    return db.selectFrom('surveySettings').selectAll().where('eventId', '=', eventId).executeTakeFirst();
  },

  async saveSettings(db: Executor, eventId: string, isEnabled: boolean, delayDays: number, now: string) {
    const fields = { isEnabled: isEnabled ? 1 : 0, delayDays, updatedAt: now };
    await db
      .insertInto('surveySettings')
      .values({ eventId, ...fields })
      .onConflict((oc) => oc.column('eventId').doUpdateSet(fields))
      .execute();
  },

  /** Published events that ended between `from` and `to`, with their survey settings (null: defaults). */
  async listEndedEvents(db: Executor, from: string, to: string) {
    return db
      .selectFrom('events')
      .leftJoin('surveySettings', 'surveySettings.eventId', 'events.id')
      .select([
        'events.id',
        'events.title',
        'events.endsAt',
        'surveySettings.isEnabled',
        'surveySettings.delayDays',
      ])
      .where('events.status', '!=', 'draft')
      .where('events.endsAt', '>', from)
      .where('events.endsAt', '<=', to)
      .execute();
  },

  /** Attendees without an invitation yet: checked in, or confirmed when nobody checked in. */
  async listUninvited(db: Executor, eventId: string, basis: 'checked-in' | 'confirmed') {
    let query = db
      .selectFrom('registrations')
      .leftJoin('surveyInvitations', (join) =>
        join
          .onRef('surveyInvitations.registrationId', '=', 'registrations.id')
          .onRef('surveyInvitations.eventId', '=', 'registrations.eventId'),
      )
      .select([
        'registrations.id',
        'registrations.email',
        'registrations.firstName',
        'registrations.lastName',
        'registrations.locale',
      ])
      .where('registrations.eventId', '=', eventId)
      .where('surveyInvitations.id', 'is', null);
    query = query.where('registrations.status', '=', 'confirmed');
    if (basis === 'checked-in') {
      query = query.where('registrations.checkedInAt', 'is not', null);
    }
    return query.orderBy('registrations.id').execute();
  },

  /** Inserts an invitation; false when the registration already has one (unique index decides). */
  async insertInvitation(
    db: Executor,
    row: { id: string; eventId: string; registrationId: string; tokenHash: string; createdAt: string },
  ): Promise<boolean> {
    const result = await db
      .insertInto('surveyInvitations')
      .values({ ...row, answeredAt: null })
      .onConflict((oc) => oc.columns(['eventId', 'registrationId']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  async findInvitation(db: Executor, tokenHash: string) {
    return db
      .selectFrom('surveyInvitations')
      .selectAll()
      .where('tokenHash', '=', tokenHash)
      .executeTakeFirst();
  },

  /** Marks the invitation answered; false when it already was (the conditional UPDATE decides). */
  async markAnswered(db: Executor, id: string, now: string): Promise<boolean> {
    const result = await db
      .updateTable('surveyInvitations')
      .set({ answeredAt: now })
      .where('id', '=', id)
      .where('answeredAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async insertResponse(db: Executor, row: SurveyResponsesTable) {
    await db.insertInto('surveyResponses').values(row).execute();
  },

  async listResponses(db: Executor, eventId: string) {
    return db
      .selectFrom('surveyResponses')
      .selectAll()
      .where('eventId', '=', eventId)
      .orderBy('id')
      .execute();
  },

  async countInvitations(db: Executor, eventId: string) {
    const rows = await db
      .selectFrom('surveyInvitations')
      .select(['answeredAt'])
      .where('eventId', '=', eventId)
      .execute();
    return { invited: rows.length, answered: rows.filter((r) => r.answeredAt !== null).length };
  },
};
