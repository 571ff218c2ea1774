import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import { registrationAdminSchema, registrationManualSchema } from '../../../contract/registration.js';
import type { OrganizerSeatService } from './organizer-service.js';

const tags = ['registration'];

/** The organizer's seat operations. */
export function organizerSeatRoutes(service: OrganizerSeatService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/events/:id/registrations',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Add a registration by hand (guests outside the capacity)',
          params: idParamsSchema,
          body: registrationManualSchema,
          response: { 201: registrationAdminSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addRegistration(request.actor, request.params.id, request.body)),
    );

    const actions = {
      cancel: service.cancelRegistration,
      promote: service.promoteRegistration,
      resend: service.resendMail,
    } as const;
    for (const [action, run] of Object.entries(actions)) {
      app.post(
        `/api/v1/admin/registrations/:id/${action}`,
        {
          config: { access: 'organizer' },
          schema: {
            tags,
            summary: `${action} a registration`,
            params: idParamsSchema,
            response: { 200: registrationAdminSchema },
          },
        },
        async (request) => run(request.actor, request.params.id),
      );
    }

    app.put(
      '/api/v1/admin/events/:id/registration-closed',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Close or reopen registration by hand',
          params: idParamsSchema,
          body: z.object({ closed: z.boolean() }).strict(),
          response: { 200: z.object({ closed: z.boolean(), registrationOpen: z.boolean() }) },
        },
      },
      async (request) => service.setRegistrationClosed(request.actor, request.params.id, request.body.closed),
    );
  };
}
