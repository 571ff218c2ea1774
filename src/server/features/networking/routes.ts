import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  blockListSchema,
  directoryEntrySchema,
  directoryPageSchema,
  directoryQuerySchema,
  eventPersonParamsSchema,
  networkingContextSchema,
  personIdParamsSchema,
  profileCardSchema,
  profileInputSchema,
  recommendationsQuerySchema,
  recommendationsSchema,
} from '../../../contract/networking.js';
import type { NetworkingService } from './service.js';

const tags = ['networking'];
const person = { access: 'person' as const };
const okSchema = z.object({ ok: z.literal(true) });

/** Profiles, the directory, "People to meet" and the block list, for signed-in participants. */
export function networkingRoutes(networking: NetworkingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/networking',
      {
        config: person,
        schema: {
          tags,
          summary: 'My networking rights and profile for an event, with its competence and sector lists',
          params: slugParamsSchema,
          response: { 200: networkingContextSchema },
        },
      },
      async (request) => networking.getContext(request.actor, request.params.slug, request.locale),
    );

    app.put(
      '/api/v1/events/:slug/networking/profile',
      {
        config: person,
        schema: {
          tags,
          summary: 'Create or replace my directory profile (joining records the directory consent)',
          params: slugParamsSchema,
          body: profileInputSchema,
          response: { 200: profileCardSchema },
        },
      },
      async (request) =>
        networking.saveMyProfile(request.actor, request.params.slug, request.body, request.ip),
    );

    app.delete(
      '/api/v1/events/:slug/networking/profile',
      {
        config: person,
        schema: {
          tags,
          summary: 'Leave the directory: my profile is deleted and the consent withdrawn',
          params: slugParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await networking.leaveDirectory(request.actor, request.params.slug, request.ip);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/events/:slug/networking/directory',
      {
        config: person,
        schema: {
          tags,
          summary: 'Search the directory (German and English word forms), filter by sector, tag and topic',
          params: slugParamsSchema,
          querystring: directoryQuerySchema,
          response: { 200: directoryPageSchema },
        },
      },
      async (request) => networking.listDirectory(request.actor, request.params.slug, request.query),
    );

    app.get(
      '/api/v1/events/:slug/networking/people/:personId',
      {
        config: person,
        schema: {
          tags,
          summary: 'One directory card with the reason it may matter to me',
          params: eventPersonParamsSchema,
          response: { 200: directoryEntrySchema },
        },
      },
      async (request) =>
        networking.getDirectoryEntry(request.actor, request.params.slug, request.params.personId),
    );

    app.get(
      '/api/v1/events/:slug/networking/recommendations',
      {
        config: person,
        schema: {
          tags,
          summary: 'People to meet: reciprocal matches, best first, each with its reason',
          params: slugParamsSchema,
          querystring: recommendationsQuerySchema,
          response: { 200: recommendationsSchema },
        },
      },
      async (request) => networking.recommendFor(request.actor, request.params.slug, request.query.limit),
    );

    app.get(
      '/api/v1/me/blocks',
      {
        config: person,
        schema: { tags, summary: 'The people I blocked', response: { 200: blockListSchema } },
      },
      async (request) => networking.listMyBlocks(request.actor),
    );

    app.put(
      '/api/v1/me/blocks/:personId',
      {
        config: person,
        schema: {
          tags,
          summary: 'Block a person: no recommendations, no meeting requests either way',
          params: personIdParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await networking.blockPerson(request.actor, request.params.personId);
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/v1/me/blocks/:personId',
      {
        config: person,
        schema: { tags, summary: 'Lift my block', params: personIdParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await networking.unblockPerson(request.actor, request.params.personId);
        return { ok: true as const };
      },
    );
  };
}
