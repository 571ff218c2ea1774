import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  blockInputSchema,
  blockParamsSchema,
  meetingRunSchema,
  meetingSettingsInputSchema,
  meetingSetupSchema,
  meetingsOverviewSchema,
  tableInputSchema,
  tablePlanSchema,
  tablesInputSchema,
} from '../../../contract/meetings.js';
import type { MeetingReportService } from './report-service.js';
import type { MeetingRunService } from './run-service.js';
import type { MeetingSetupService } from './setup-service.js';

const tags = ['meetings'];
const organizer = { access: 'organizer' as const };

interface Services {
  setup: MeetingSetupService;
  runs: MeetingRunService;
  reports: MeetingReportService;
}

/** The organizer's meetings: blocks and slots, tables, scheduler runs (draft, review, publish), table plan. */
export function meetingAdminRoutes({ setup, runs, reports }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/meetings/setup',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Meeting blocks with their slots, tables and settings',
          params: idParamsSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) => setup.getSetup(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/admin/events/:id/meetings/settings',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Allow or stop participants picking slots themselves',
          params: idParamsSchema,
          body: meetingSettingsInputSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) => setup.setSelfPick(request.actor, request.params.id, request.body.selfPickAllowed),
    );

    app.put(
      '/api/v1/admin/events/:id/meetings/blocks/:sessionId',
      {
        config: organizer,
        schema: {
          tags,
          summary:
            'Set the slot length of a networking session (meetings of vanished slots need rescheduling)',
          params: blockParamsSchema,
          body: blockInputSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) =>
        setup.setBlockMinutes(
          request.actor,
          request.params.id,
          request.params.sessionId,
          request.body.slotMinutes,
        ),
    );

    app.post(
      '/api/v1/admin/events/:id/meetings/tables',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Add numbered tables (a range of numbers at one location)',
          params: idParamsSchema,
          body: tablesInputSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) => setup.addTables(request.actor, request.params.id, request.body),
    );

    app.put(
      '/api/v1/admin/meeting-tables/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Change a table’s number or location',
          params: idParamsSchema,
          body: tableInputSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) => setup.updateTable(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/admin/meeting-tables/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Remove a table (its meetings are listed as needing rescheduling)',
          params: idParamsSchema,
          response: { 200: meetingSetupSchema },
        },
      },
      async (request) => setup.deleteTable(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/events/:id/meetings/overview',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Requested, accepted, scheduled and unscheduled meetings with reasons; the latest run',
          params: idParamsSchema,
          response: { 200: meetingsOverviewSchema },
        },
      },
      async (request) => reports.getOverview(request.actor, request.params.id),
    );

    app.post(
      '/api/v1/admin/events/:id/meetings/runs',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Start a scheduler run (a draft; poll it, review, publish)',
          params: idParamsSchema,
          response: { 202: meetingRunSchema },
        },
      },
      async (request, reply) => reply.status(202).send(await runs.startRun(request.actor, request.params.id)),
    );

    app.get(
      '/api/v1/admin/meeting-runs/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'A scheduler run: progress, and its report once done',
          params: idParamsSchema,
          response: { 200: meetingRunSchema },
        },
      },
      async (request) => runs.getRun(request.actor, request.params.id),
    );

    app.post(
      '/api/v1/admin/meeting-runs/:id/publish',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Publish a finished draft (refused if the schedule changed since; run again)',
          params: idParamsSchema,
          response: { 200: meetingRunSchema },
        },
      },
      async (request) => runs.publishRun(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/events/:id/meetings/plan',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The published table plan by slot',
          params: idParamsSchema,
          response: { 200: tablePlanSchema },
        },
      },
      async (request) => reports.getTablePlan(request.actor, request.params.id),
    );
  };
}
