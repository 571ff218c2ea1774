import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import { adminIdeasSchema, nudgeInputSchema } from '../../../contract/project-board.js';
import type { ProjectBoardService } from './service.js';

const tags = ['project-board'];
const organizer = { access: 'organizer' as const };

/** The organizers' view of the project board: ideas with unfilled roles, and nudges by mail. */
export function projectBoardAdminRoutes(board: ProjectBoardService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/ideas',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Every project idea of an event with its unfilled roles and the best candidates for each',
          params: idParamsSchema,
          response: { 200: adminIdeasSchema },
        },
      },
      async (request) => board.listForOrganizer(request.actor, request.params.id),
    );

    app.post(
      '/api/v1/admin/idea-roles/:id/nudge',
      {
        config: organizer,
        schema: {
          tags,
          summary: "Point a candidate to an idea's role by mail (once per role and person)",
          params: idParamsSchema,
          body: nudgeInputSchema,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (request) => {
        await board.nudgeCandidate(request.actor, request.params.id, request.body.personId);
        return { ok: true as const };
      },
    );
  };
}
