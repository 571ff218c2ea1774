import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/events.js';
import { mailHistorySchema, outboxPageSchema, outboxQuerySchema } from '../../../contract/outbox.js';
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
          summary:
            'Outgoing mails, newest first, by event, status and address or name (links redacted when SMTP_URL is set)',
          querystring: outboxQuerySchema,
          response: { 200: outboxPageSchema },
        },
      },
      async (request) => outbox.listOutboxMails(request.actor, request.query),
    );

    app.get(
      '/api/v1/admin/registrations/:id/mails',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: "A registration's mail history, newest first (links redacted when SMTP_URL is set)",
          params: idParamsSchema,
          response: { 200: mailHistorySchema },
        },
      },
      async (request) => outbox.listRegistrationMails(request.actor, request.params.id),
    );
  };
}
