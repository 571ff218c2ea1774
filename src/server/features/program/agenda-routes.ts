import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  agendaQuerySchema,
  agendaSchema,
  feedIssuedSchema,
  feedParamsSchema,
  feedStateSchema,
  programmeSchema,
  sessionIdParamsSchema,
} from '../../../contract/program.js';
import type { AgendaService } from './agenda-service.js';
import { CONTENT_MAX_AGE_MS } from '../../plugins/public-cache.js';

const tags = ['programme'];
const okSchema = z.object({ ok: z.literal(true) });

/** The public timetable, "Mein Programm / My agenda" and the agenda's calendar feed. */
export function agendaRoutes(agenda: AgendaService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/programme',
      {
        config: { access: 'public', publicCache: { maxAgeMs: CONTENT_MAX_AGE_MS } },
        schema: {
          tags,
          summary: 'The timetable of a published event',
          params: slugParamsSchema,
          response: { 200: programmeSchema },
        },
      },
      async (request) => agenda.getProgramme(request.params.slug),
    );

    app.get(
      '/api/v1/me/agenda',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'My starred sessions and assignments (of one event with ?event=slug)',
          querystring: agendaQuerySchema,
          response: { 200: agendaSchema },
        },
      },
      async (request) => agenda.listAgenda(request.actor, request.query.event),
    );

    app.put(
      '/api/v1/me/agenda/:sessionId',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'Star a session',
          params: sessionIdParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await agenda.starSession(request.actor, request.params.sessionId);
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/v1/me/agenda/:sessionId',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'Unstar a session',
          params: sessionIdParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await agenda.unstarSession(request.actor, request.params.sessionId);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/me/agenda-feed',
      {
        config: { access: 'person' },
        schema: { tags, summary: 'Whether I have a calendar feed', response: { 200: feedStateSchema } },
      },
      async (request) => agenda.getFeedState(request.actor),
    );

    app.post(
      '/api/v1/me/agenda-feed',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'Issue a new secret calendar feed URL (the earlier one stops working)',
          response: { 200: feedIssuedSchema },
        },
      },
      async (request) => agenda.issueFeed(request.actor),
    );

    app.get(
      '/api/v1/agenda/:feedToken.ics',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'My agenda as a calendar feed (the secret token authorizes)',
          params: feedParamsSchema,
        },
      },
      async (request, reply) => {
        const ics = await agenda.renderFeed(request.params.feedToken, request.locale);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(ics);
      },
    );
  };
}
