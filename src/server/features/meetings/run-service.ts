import { performance } from 'node:perf_hooks';
import { runReportSchema, type MeetingRun } from '../../../contract/meetings.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import type { MeetingsContext } from './context.js';
import { assertOrganizer } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { runRepository as runs, type RunRow } from './run-repository.js';
import { scheduleRepository as schedule } from './schedule-repository.js';
import { publishDrafts } from './publish.js';
import { buildReport, prepareRun } from './run-input.js';
import { syncSlots } from './slot-sync.js';

const PROGRESS_WRITE_MS = 250;
/** A run still "running" after this long was left by a stopped process. */
const ABANDONED_AFTER_MS = 15 * 60_000;

function parseReport(json: string | null) {
  if (!json) {
    return null;
  }
  const parsed = runReportSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** A run as the organizer's page shows it; `stale` when published placements changed since it began. */
export function toMeetingRun(row: RunRow, currentVersion: number): MeetingRun {
  return {
    id: row.id,
    status: row.status,
    phase: row.phase,
    done: row.done,
    total: row.total,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    publishedAt: row.publishedAt,
    stale: row.status === 'done' && row.baseVersion !== currentVersion,
    report: parseReport(row.report),
  };
}

/**
 * Scheduler runs: a draft computed in the background (a job row whose progress the page polls), its
 * review, and publishing it. A later run keeps every published meeting where it is and fills gaps.
 */
export function createMeetingRunService(deps: MeetingsDeps, ctx: MeetingsContext) {
  const { db, clock } = deps;
  const inFlight = new Map<string, Promise<void>>();

  async function versionOf(eventId: string): Promise<number> {
    return (await schedule.findSettings(db, eventId))?.placementVersion ?? 0;
  }

  /** Computes the draft; every failure ends as a failed run row, never as an unhandled rejection. */
  async function execute(runId: string, event: EventRow): Promise<void> {
    try {
      const prepared = await prepareRun(deps, event);
      let lastWrite = 0;
      const started = performance.now();
      const result = await deps.runScheduler(prepared.job, (p) => {
        const at = performance.now();
        if (at - lastWrite >= PROGRESS_WRITE_MS) {
          lastWrite = at;
          runs.setProgress(db, runId, p.phase, p.done, p.total).catch(() => undefined);
        }
      });
      const { report, drafts } = await buildReport(deps, prepared, result, performance.now() - started);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await runs.insertDrafts(trx, runId, drafts);
        await runs.finish(trx, runId, JSON.stringify(report), now);
        await runs.discardDrafts(trx, event.id, runId);
      });
    } catch (error) {
      deps.log?.error({ err: error, runId }, 'meeting scheduler run failed');
      await runs.fail(db, runId, clock.now().toISOString()).catch(() => undefined);
    }
  }

  async function runWithEvent(actor: Actor, runId: string) {
    assertOrganizer(actor);
    const run = await runs.findRun(db, runId);
    if (!run) {
      throw new AppError('not_found');
    }
    return { run, event: await ctx.eventById(run.eventId) };
  }

  return {
    /** Starts a draft run for the event (one at a time); answers at once with the running job. */
    async startRun(actor: Actor, eventId: string): Promise<MeetingRun> {
      assertOrganizer(actor);
      const event = await ctx.eventById(eventId);
      if (event.status === 'archived') {
        throw new AppError('invalid_state');
      }
      const now = clock.now();
      await schedule.ensureSettings(db, event.id, now.toISOString());
      await syncSlots(deps, event);
      await runs.failAbandoned(
        db,
        event.id,
        new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString(),
        now.toISOString(),
      );
      const id = newId();
      const createdBy = actor.kind === 'person' ? actor.personId : null;
      const started = await runs.insertRun(db, {
        id,
        eventId: event.id,
        baseVersion: await versionOf(event.id),
        createdBy,
        now: now.toISOString(),
      });
      if (!started) {
        throw new AppError('conflict', [{ field: 'run', key: 'field.meeting_run_running' }]);
      }
      const task = execute(id, event).finally(() => inFlight.delete(id));
      inFlight.set(id, task);
      return toMeetingRun((await runs.findRun(db, id))!, await versionOf(event.id));
    },

    /** A run with its progress, and its report once done. */
    async getRun(actor: Actor, runId: string): Promise<MeetingRun> {
      const { run, event } = await runWithEvent(actor, runId);
      return toMeetingRun(run, await versionOf(event.id));
    },

    /** Resolves when the run (if computing in this process) has finished: for the demo and tests. */
    async settle(runId: string): Promise<void> {
      await inFlight.get(runId);
    },

    /**
     * Publishes a finished draft: its placements become the published schedule in one transaction.
     * Refused when published placements or slots changed since the run began (run again).
     */
    async publishRun(actor: Actor, runId: string): Promise<MeetingRun> {
      const { run, event } = await runWithEvent(actor, runId);
      if (event.status === 'archived') {
        throw new AppError('invalid_state');
      }
      await syncSlots(deps, event);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await runs.markPublished(trx, run.id, now))) {
          throw new AppError('invalid_state');
        }
        if (!(await schedule.bumpVersionIf(trx, event.id, run.baseVersion))) {
          throw new AppError('conflict', [{ field: 'run', key: 'field.meeting_run_stale' }]);
        }
        await publishDrafts(deps, trx, { runId: run.id, event, now });
      });
      return toMeetingRun((await runs.findRun(db, run.id))!, await versionOf(event.id));
    },
  };
}
export type MeetingRunService = ReturnType<typeof createMeetingRunService>;
