import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  ideaBoardSchema,
  ideaDetailSchema,
  ideaInputSchema,
  ideaParamsSchema,
  ideaSuggestionsSchema,
  interestInputSchema,
  roleSuggestionsSchema,
} from '../../../contract/project-board.js';
import type { ProjectBoardService } from './service.js';

const tags = ['project-board'];
const person = { access: 'person' as const };
const okSchema = z.object({ ok: z.literal(true) });

/** The project board of an event: ideas, interest in partner roles, consortia and suggestions. */
export function projectBoardRoutes(board: ProjectBoardService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/ideas',
      {
        config: person,
        schema: {
          tags,
          summary: "The event's project ideas, with the sector and competence lists in my language",
          params: slugParamsSchema,
          response: { 200: ideaBoardSchema },
        },
      },
      async (request) => board.getBoard(request.actor, request.params.slug, request.locale),
    );

    app.post(
      '/api/v1/events/:slug/ideas',
      {
        config: person,
        schema: {
          tags,
          summary: 'Post a project idea with the partner roles it seeks',
          params: slugParamsSchema,
          body: ideaInputSchema,
          response: { 201: ideaDetailSchema },
        },
      },
      async (request, reply) => {
        const idea = await board.createIdea(request.actor, request.params.slug, request.body);
        return reply.status(201).send(idea);
      },
    );

    app.get(
      '/api/v1/events/:slug/idea-suggestions',
      {
        config: person,
        schema: {
          tags,
          summary: 'Project ideas whose partner roles fit my offers, best first, each with its reason',
          params: slugParamsSchema,
          response: { 200: ideaSuggestionsSchema },
        },
      },
      async (request) => board.suggestIdeas(request.actor, request.params.slug),
    );

    app.get(
      '/api/v1/ideas/:id',
      {
        config: person,
        schema: {
          tags,
          summary: 'One project idea as JSON, with its consortium (contact details for its members only)',
          params: ideaParamsSchema,
          response: { 200: ideaDetailSchema },
        },
      },
      async (request) => board.getIdea(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/ideas/:id/export.pdf',
      {
        config: person,
        schema: {
          tags,
          summary: 'The idea and its consortium as a one-page PDF (for a funding application)',
          params: ideaParamsSchema,
          response: { 200: z.any().describe('The PDF file (application/pdf)') },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await board.renderPdf(request.actor, request.params.id, request.locale);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.put(
      '/api/v1/ideas/:id',
      {
        config: person,
        schema: {
          tags,
          summary: "Replace my idea's texts, stage and roles",
          params: ideaParamsSchema,
          body: ideaInputSchema,
          response: { 200: ideaDetailSchema },
        },
      },
      async (request) => board.updateIdea(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/ideas/:id',
      {
        config: person,
        schema: {
          tags,
          summary: 'Delete an idea (its initiator or an organizer)',
          params: ideaParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await board.deleteIdea(request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/ideas/:id/suggestions',
      {
        config: person,
        schema: {
          tags,
          summary:
            'For each role, the participants who fit it best, with the reason (initiator and organizers)',
          params: ideaParamsSchema,
          response: { 200: roleSuggestionsSchema },
        },
      },
      async (request) => board.suggestCandidates(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/idea-roles/:id/interest',
      {
        config: person,
        schema: {
          tags,
          summary: 'Express interest in a partner role, with a short note',
          params: ideaParamsSchema,
          body: interestInputSchema,
          response: { 200: ideaDetailSchema },
        },
      },
      async (request) =>
        board.expressInterest(request.actor, request.params.id, { note: request.body.note ?? '' }),
    );

    app.delete(
      '/api/v1/idea-roles/:id/interest',
      {
        config: person,
        schema: {
          tags,
          summary: 'Withdraw my interest in a role',
          params: ideaParamsSchema,
          response: { 200: ideaDetailSchema },
        },
      },
      async (request) => board.withdrawInterest(request.actor, request.params.id),
    );

    for (const [action, status] of [
      ['accept', 'accepted'],
      ['decline', 'declined'],
    ] as const) {
      app.post(
        `/api/v1/idea-interests/:id/${action}`,
        {
          config: person,
          schema: {
            tags,
            summary: `${action === 'accept' ? 'Accept' : 'Decline'} an interest in a role of my idea`,
            params: ideaParamsSchema,
            response: { 200: ideaDetailSchema },
          },
        },
        async (request) => board.decideInterest(request.actor, request.params.id, status),
      );
    }
  };
}
