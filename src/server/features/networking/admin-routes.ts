import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/events.js';
import { competenceListSchema, thesaurusExtensionSchema } from '../../../contract/networking.js';
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

    app.get(
      '/api/v1/admin/thesaurus',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The competence thesaurus shipped with CrossDialog (SKOS-shaped concepts, de and en)',
          response: { 200: thesaurusExtensionSchema },
        },
      },
      async (request) => networking.getBaseThesaurus(request.actor),
    );

    app.get(
      '/api/v1/admin/events/:id/thesaurus',
      {
        config: organizer,
        schema: {
          tags,
          summary: "Export the event's own thesaurus concepts (added to the shipped thesaurus)",
          params: idParamsSchema,
          response: { 200: thesaurusExtensionSchema },
        },
      },
      async (request) => networking.getThesaurus(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/admin/events/:id/thesaurus',
      {
        config: organizer,
        schema: {
          tags,
          summary:
            "Import (replace) the event's own thesaurus concepts; an id of a shipped concept replaces it for this event",
          params: idParamsSchema,
          body: thesaurusExtensionSchema,
          response: { 200: thesaurusExtensionSchema },
        },
      },
      async (request) => networking.setThesaurus(request.actor, request.params.id, request.body),
    );
  };
}
