import type { Selectable } from 'kysely';
import type { MeetingRunsTable } from '../../db/schema.js';
import type { Executor } from './repository.js';

export type RunRow = Selectable<MeetingRunsTable>;

export interface DraftPlacement {
  meetingId: string;
  slotId: string;
  tableId: string;
}

/** Scheduler runs (the job row the organizer's page polls) and their draft placements. */
export const runRepository = {
  /** Starts a run; false when the event already has one running (unique running_key decides). */
  async insertRun(
    db: Executor,
    values: { id: string; eventId: string; baseVersion: number; createdBy: string | null; now: string },
  ): Promise<boolean> {
    const result = await db
      .insertInto('meetingRuns')
      .values({
        id: values.id,
        eventId: values.eventId,
        runningKey: values.eventId,
        status: 'running',
        phase: 'preparing',
        done: 0,
        total: 0,
        baseVersion: values.baseVersion,
        report: null,
        createdBy: values.createdBy,
        createdAt: values.now,
        finishedAt: null,
        publishedAt: null,
      })
      .onConflict((oc) => oc.column('runningKey').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  /** A run left "running" by a stopped process would block the event for ever: fail it after a while. */
  async failAbandoned(db: Executor, eventId: string, startedBefore: string, now: string): Promise<void> {
    await db
      .updateTable('meetingRuns')
      .set({ status: 'failed', runningKey: null, finishedAt: now, phase: 'abandoned' })
      .where('eventId', '=', eventId)
      .where('status', '=', 'running')
      .where('createdAt', '<', startedBefore)
      .execute();
  },

  async setProgress(db: Executor, id: string, phase: string, done: number, total: number): Promise<void> {
    await db
      .updateTable('meetingRuns')
      .set({ phase, done, total })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
  },

  async finish(db: Executor, id: string, report: string, now: string): Promise<void> {
    await db
      .updateTable('meetingRuns')
      .set({ status: 'done', runningKey: null, report, finishedAt: now, phase: 'done' })
      .where('id', '=', id)
      .execute();
  },

  async fail(db: Executor, id: string, now: string): Promise<void> {
    await db
      .updateTable('meetingRuns')
      .set({ status: 'failed', runningKey: null, finishedAt: now, phase: 'failed' })
      .where('id', '=', id)
      .execute();
  },

  /** Earlier finished drafts of the event are set aside when a new one is made. */
  async discardDrafts(db: Executor, eventId: string, exceptId: string): Promise<void> {
    await db
      .updateTable('meetingRuns')
      .set({ status: 'discarded' })
      .where('eventId', '=', eventId)
      .where('status', '=', 'done')
      .where('id', '!=', exceptId)
      .execute();
  },

  /** Marks a finished draft published; false when it is not (or no longer) a finished draft. */
  async markPublished(db: Executor, id: string, now: string): Promise<boolean> {
    const result = await db
      .updateTable('meetingRuns')
      .set({ status: 'published', publishedAt: now })
      .where('id', '=', id)
      .where('status', '=', 'done')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  findRun: (db: Executor, id: string) =>
    db.selectFrom('meetingRuns').selectAll().where('id', '=', id).executeTakeFirst(),

  latestRun: (db: Executor, eventId: string) =>
    db
      .selectFrom('meetingRuns')
      .selectAll()
      .where('eventId', '=', eventId)
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst(),

  /** The latest finished or published run (its report holds the reasons for unscheduled meetings). */
  latestReport: (db: Executor, eventId: string) =>
    db
      .selectFrom('meetingRuns')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('status', 'in', ['done', 'published'])
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst(),

  async insertDrafts(db: Executor, runId: string, drafts: readonly DraftPlacement[]): Promise<void> {
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < drafts.length; i += 200) {
      await db
        .insertInto('meetingDraftPlacements')
        .values(
          drafts
            .slice(i, i + 200)
            .map((d) => ({ runId, meetingId: d.meetingId, slotId: d.slotId, tableId: d.tableId })),
        )
        .execute();
    }
  },

  listDrafts: (db: Executor, runId: string): Promise<DraftPlacement[]> =>
    db
      .selectFrom('meetingDraftPlacements')
      .select(['meetingId', 'slotId', 'tableId'])
      .where('runId', '=', runId)
      .execute(),
};
