import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  webhookDeliveryListSchema,
  webhookDeliveryQuerySchema,
  webhookEndpointCreateSchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookEndpointUpdateSchema,
  webhookEndpointWithSecretSchema,
  webhookListQuerySchema,
} from '../../../contract/webhooks.js';
import type { WebhookService } from './service.js';

const tags = ['webhooks'];
const access = { access: 'organizer' as const };

/** Organizers' (and API tokens') webhook endpoints and their delivery log. */
export function webhookRoutes(webhooks: WebhookService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/webhooks',
      {
        config: access,
        schema: {
          tags,
          summary: 'Webhook endpoints, newest first (of one event with ?eventId=)',
          querystring: webhookListQuerySchema,
          response: { 200: webhookEndpointListSchema },
        },
      },
      async (request) => ({ endpoints: await webhooks.listEndpoints(request.actor, request.query.eventId) }),
    );

    app.post(
      '/api/v1/admin/webhooks',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Registers an endpoint for all events (eventId null) or one; the answer shows its secret once',
          body: webhookEndpointCreateSchema,
          response: { 201: webhookEndpointWithSecretSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await webhooks.createEndpoint(request.actor, request.body)),
    );

    app.patch(
      '/api/v1/admin/webhooks/:id',
      {
        config: access,
        schema: {
          tags,
          summary: 'Changes an endpoint, or pauses and resumes it (status)',
          params: idParamsSchema,
          body: webhookEndpointUpdateSchema,
          response: { 200: webhookEndpointSchema },
        },
      },
      async (request) => webhooks.updateEndpoint(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/admin/webhooks/:id',
      {
        config: access,
        schema: { tags, summary: 'Deletes an endpoint and its delivery log', params: idParamsSchema },
      },
      async (request, reply) => {
        await webhooks.deleteEndpoint(request.actor, request.params.id);
        return reply.status(204).send();
      },
    );

    app.post(
      '/api/v1/admin/webhooks/:id/rotate-secret',
      {
        config: access,
        schema: {
          tags,
          summary: 'A new signing secret; the previous one signs too for 24 hours. The answer shows it once',
          params: idParamsSchema,
          response: { 200: webhookEndpointWithSecretSchema },
        },
      },
      async (request) => webhooks.rotateSecret(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/webhooks/:id/deliveries',
      {
        config: access,
        schema: {
          tags,
          summary: "An endpoint's delivery log, newest first: status, answer code, attempts, times",
          params: idParamsSchema,
          querystring: webhookDeliveryQuerySchema,
          response: { 200: webhookDeliveryListSchema },
        },
      },
      async (request) => webhooks.listDeliveries(request.actor, request.params.id, request.query),
    );

    app.post(
      '/api/v1/admin/webhook-deliveries/:id/resend',
      {
        config: access,
        schema: {
          tags,
          summary: 'Sends a delivery again (same webhook-id); the endpoint must be active',
          params: idParamsSchema,
          response: { 202: z.object({ id: z.string(), endpointId: z.string() }) },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await webhooks.resendDelivery(request.actor, request.params.id)),
    );
  };
}
