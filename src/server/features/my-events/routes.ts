import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { slugParamsSchema } from '../../../contract/events.js';
import { myEventAnswerSchema, myEventsSchema } from '../../../contract/my-events.js';
import type { MyEventsService } from './service.js';

const tags = ['my events'];

/** A signed-in person's events, the event page's "am I registered?", and their ticket's QR code. */
export function myEventsRoutes(myEvents: MyEventsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/events',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'My events, each with what I can do there',
          response: { 200: myEventsSchema },
        },
      },
      async (request) => ({ events: await myEvents.listMine(request.actor) }),
    );

    app.get(
      '/api/v1/me/events/:slug',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'My registration for this event (null when not signed in or not registered)',
          params: slugParamsSchema,
          response: { 200: myEventAnswerSchema },
        },
      },
      async (request) => ({ registration: await myEvents.findMine(request.actor, request.params.slug) }),
    );

    app.get(
      '/api/v1/me/events/:slug/ticket.svg',
      {
        config: { access: 'person' },
        schema: { tags, summary: 'The QR code of my ticket for this event (SVG)', params: slugParamsSchema },
      },
      async (request, reply) =>
        reply
          .type('image/svg+xml')
          .header('cache-control', 'private, no-store')
          .send(await myEvents.ticketSvg(request.actor, request.params.slug)),
    );
  };
}
