import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  eventAdminSchema,
  eventCreateSchema,
  eventDetailSchema,
  eventListQuerySchema,
  eventSummarySchema,
  eventUpdateSchema,
  idParamsSchema,
  publishQuerySchema,
  slugParamsSchema,
} from '../../../contract/events.js';
import type { EventService } from './service.js';
import { SEATS_MAX_AGE_MS } from '../../plugins/public-cache.js';

const tags = ['events'];

/** Public event reads and the organizer's event management. */
export function eventRoutes(events: EventService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events',
      {
        config: { access: 'public', publicCache: { maxAgeMs: SEATS_MAX_AGE_MS } },
        schema: {
          tags,
          summary: 'Published events, upcoming first, then past',
          querystring: eventListQuerySchema,
          response: { 200: z.object({ events: z.array(eventSummarySchema) }) },
        },
      },
      async (request) => ({ events: await events.listPublicEvents(request.query.when) }),
    );

    app.get(
      '/api/v1/events/:slug',
      {
        config: { access: 'public', publicCache: { maxAgeMs: SEATS_MAX_AGE_MS } },
        schema: {
          tags,
          summary: 'One published event by its slug',
          params: slugParamsSchema,
          response: { 200: eventDetailSchema },
        },
      },
      async (request) => events.getEventBySlug(request.actor, request.params.slug, request.locale),
    );

    app.get(
      '/api/v1/admin/events',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'All events (organizers)',
          response: { 200: z.object({ events: z.array(eventAdminSchema) }) },
        },
      },
      async (request) => ({ events: await events.listEventsForOrganizer(request.actor, request.locale) }),
    );

    app.post(
      '/api/v1/admin/events',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Create a draft event',
          body: eventCreateSchema,
          response: { 201: eventAdminSchema },
        },
      },
      async (request, reply) => {
        const created = await events.createEvent(request.actor, request.body, request.locale);
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/v1/admin/events/:id',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'One event with every field',
          params: idParamsSchema,
          response: { 200: eventAdminSchema },
        },
      },
      async (request) => events.getEventForOrganizer(request.actor, request.params.id, request.locale),
    );

    app.patch(
      '/api/v1/admin/events/:id',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Change fields of an event',
          params: idParamsSchema,
          body: eventUpdateSchema,
          response: { 200: eventAdminSchema },
        },
      },
      async (request) => events.updateEvent(request.actor, request.params.id, request.body, request.locale),
    );

    app.post(
      '/api/v1/admin/events/:id/publish',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Publish an event (one that is over only with confirmPast=true)',
          params: idParamsSchema,
          querystring: publishQuerySchema,
          response: { 200: eventAdminSchema },
        },
      },
      async (request) =>
        events.publishEvent(request.actor, request.params.id, request.locale, {
          confirmPast: request.query.confirmPast === 'true',
        }),
    );

    const actions = {
      unpublish: events.unpublishEvent,
      archive: events.archiveEvent,
    } as const;
    for (const [action, run] of Object.entries(actions)) {
      app.post(
        `/api/v1/admin/events/:id/${action}`,
        {
          config: { access: 'organizer' },
          schema: {
            tags,
            summary: `${action} an event`,
            params: idParamsSchema,
            response: { 200: eventAdminSchema },
          },
        },
        async (request) => run(request.actor, request.params.id, request.locale),
      );
    }

    app.post(
      '/api/v1/admin/events/:id/duplicate',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: "Create next year's edition as a draft",
          params: idParamsSchema,
          response: { 201: eventAdminSchema },
        },
      },
      async (request, reply) => {
        const copy = await events.duplicateEvent(request.actor, request.params.id, request.locale);
        return reply.status(201).send(copy);
      },
    );
  };
}
