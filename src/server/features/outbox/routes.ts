import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxPageSchema, outboxQuerySchema } from '../../../contract/outbox.js';
import type { OutboxService } from './service.js';

const tags = ['outbox'];

/** The organizer's view of outgoing mail. */
export function outboxRoutes(outbox: OutboxService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/outbox',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Outgoing mails, newest first (readable without an SMTP server)',
          querystring: outboxQuerySchema,
          response: { 200: outboxPageSchema },
        },
      },
      async (request) => outbox.listOutboxMails(request.actor, request.query),
    );
  };
}
