import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  adminSessionSchema,
  programmeConflictSchema,
  sessionInputSchema,
  speakerInputSchema,
  speakerSchema,
} from '../../../contract/program.js';
import type { ProgrammeAdminService } from './admin-service.js';

const tags = ['programme'];
const organizer = { access: 'organizer' as const };
const okSchema = z.object({ ok: z.literal(true) });

/** The organizer's programme editor: sessions, speakers and conflict warnings. */
export function programmeAdminRoutes(programme: ProgrammeAdminService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/sessions',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Sessions of an event',
          params: idParamsSchema,
          response: { 200: z.object({ sessions: z.array(adminSessionSchema) }) },
        },
      },
      async (request) => ({ sessions: await programme.listSessions(request.actor, request.params.id) }),
    );

    app.post(
      '/api/v1/admin/events/:id/sessions',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Add a session',
          params: idParamsSchema,
          body: sessionInputSchema,
          response: { 201: adminSessionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await programme.createSession(request.actor, request.params.id, request.body)),
    );

    app.put(
      '/api/v1/admin/sessions/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Replace a session',
          params: idParamsSchema,
          body: sessionInputSchema,
          response: { 200: adminSessionSchema },
        },
      },
      async (request) => programme.updateSession(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/admin/sessions/:id',
      {
        config: organizer,
        schema: { tags, summary: 'Remove a session', params: idParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await programme.deleteSession(request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/admin/events/:id/speakers',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Speakers of an event',
          params: idParamsSchema,
          response: { 200: z.object({ speakers: z.array(speakerSchema) }) },
        },
      },
      async (request) => ({ speakers: await programme.listSpeakers(request.actor, request.params.id) }),
    );

    app.post(
      '/api/v1/admin/events/:id/speakers',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Add a speaker',
          params: idParamsSchema,
          body: speakerInputSchema,
          response: { 201: speakerSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await programme.createSpeaker(request.actor, request.params.id, request.body)),
    );

    app.put(
      '/api/v1/admin/speakers/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Replace a speaker',
          params: idParamsSchema,
          body: speakerInputSchema,
          response: { 200: speakerSchema },
        },
      },
      async (request) => programme.updateSpeaker(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/admin/speakers/:id',
      {
        config: organizer,
        schema: { tags, summary: 'Remove a speaker', params: idParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await programme.deleteSpeaker(request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/admin/events/:id/programme-conflicts',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Speakers or rooms in two places at once',
          params: idParamsSchema,
          response: { 200: z.object({ conflicts: z.array(programmeConflictSchema) }) },
        },
      },
      async (request) => ({ conflicts: await programme.listConflicts(request.actor, request.params.id) }),
    );
  };
}
