import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  surveyAnswerSchema,
  surveyFormSchema,
  surveyResultsSchema,
  surveySettingsSchema,
  surveyTokenParamsSchema,
} from '../../../contract/survey.js';
import type { SurveyService } from './service.js';

const tags = ['survey'];
const organizer = { access: 'organizer' as const };

/** The personal survey form and the organizer's settings and results. */
export function surveyRoutes(survey: SurveyService, rateLimitPerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/survey/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The survey behind a personal link',
          params: surveyTokenParamsSchema,
          response: { 200: surveyFormSchema },
        },
      },
      async (request) => survey.getForm(request.params.token, request.locale),
    );
    app.post(
      '/api/v1/survey/:token',
      {
        config: {
          access: 'public',
          ...(rateLimitPerMinute > 0
            ? { rateLimit: { max: rateLimitPerMinute, timeWindow: '1 minute' } }
            : {}),
        },
        schema: {
          tags,
          summary: 'Answer the survey (anonymous; once per link)',
          params: surveyTokenParamsSchema,
          body: surveyAnswerSchema,
          response: { 201: z.object({ ok: z.literal(true) }) },
        },
      },
      async (request, reply) => {
        await survey.answer(request.params.token, request.body);
        return reply.status(201).send({ ok: true as const });
      },
    );
    app.get(
      '/api/v1/admin/events/:id/survey',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Survey settings and results',
          params: idParamsSchema,
          response: { 200: surveyResultsSchema },
        },
      },
      async (request) => survey.getResults(request.actor, request.params.id, request.locale),
    );
    app.put(
      '/api/v1/admin/events/:id/survey/settings',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'When the survey invitations go out',
          params: idParamsSchema,
          body: surveySettingsSchema,
          response: { 200: surveySettingsSchema },
        },
      },
      async (request) => survey.saveSettings(request.actor, request.params.id, request.body),
    );
  };
}
