import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/events.js';
import { competenceListSchema } from '../../../contract/networking.js';
import type { NetworkingService } from './service.js';

const tags = ['networking'];
const organizer = { access: 'organizer' as const };

/** The organizer's competence list per event (the tags of offers and needs). */
export function networkingAdminRoutes(networking: NetworkingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/competences',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The competence list of an event (the default list until edited)',
          params: idParamsSchema,
          response: { 200: competenceListSchema },
        },
      },
      async (request) => networking.getCompetences(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/admin/events/:id/competences',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Replace the competence list of an event',
          params: idParamsSchema,
          body: competenceListSchema,
          response: { 200: competenceListSchema },
        },
      },
      async (request) => networking.setCompetences(request.actor, request.params.id, request.body),
    );
  };
}
