import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  adminLiveSettingsSchema,
  liveSettingsInputSchema,
  moderatorLinkSchema,
} from '../../../contract/qa.js';
import type { LiveSettingsService } from './settings-service.js';
import { sendDownload } from '../../download.js';

const tags = ['live Q&A'];
const organizer = { access: 'organizer' as const };

/** The organizer's live settings of a session, its join code, moderator link and the questions' CSV. */
export function qaAdminRoutes(settings: LiveSettingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/sessions/:id/live-settings',
      {
        config: organizer,
        schema: {
          tags,
          summary: "A session's live settings (created, all off, on first use)",
          params: idParamsSchema,
          response: { 200: adminLiveSettingsSchema },
        },
      },
      async (request) => settings.getSettings(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/admin/sessions/:id/live-settings',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Switch Q&A, pre-approval and guests on or off',
          params: idParamsSchema,
          body: liveSettingsInputSchema,
          response: { 200: adminLiveSettingsSchema },
        },
      },
      async (request) => settings.updateSettings(request.actor, request.params.id, request.body),
    );

    app.post(
      '/api/v1/admin/sessions/:id/join-code',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Draw a new join code (the old one stops working)',
          params: idParamsSchema,
          response: { 200: adminLiveSettingsSchema },
        },
      },
      async (request) => settings.replaceJoinCode(request.actor, request.params.id),
    );

    app.post(
      '/api/v1/admin/sessions/:id/moderator-link',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Issue a new secret moderator link (earlier links and their devices lose access)',
          params: idParamsSchema,
          response: { 200: moderatorLinkSchema },
        },
      },
      async (request) => settings.issueModeratorLink(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/sessions/:id/questions.csv',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The session\'s questions as CSV (UTF-8 with BOM, ";" separated)',
          params: idParamsSchema,
          response: { 200: z.any().describe('The CSV file') },
        },
      },
      async (request, reply) => {
        const { file, fileName } = await settings.exportQuestions(
          request.actor,
          request.params.id,
          request.locale,
        );
        return sendDownload(reply, { body: file, fileName, contentType: 'text/csv; charset=utf-8' });
      },
    );
  };
}
