import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardSchema, networkSchema } from '../../../contract/dashboard.js';
import { idParamsSchema } from '../../../contract/events.js';
import type { DashboardService } from './service.js';

const tags = ['dashboard'];
const organizer = { access: 'organizer' as const };

/** The organizer's live dashboard of an event and the network view across events. */
export function dashboardRoutes(dashboard: DashboardService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/dashboard',
      {
        config: organizer,
        schema: {
          tags,
          summary: "Figures of an event's dashboard",
          params: idParamsSchema,
          response: { 200: dashboardSchema },
        },
      },
      async (request) => dashboard.getDashboard(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/network',
      {
        config: organizer,
        schema: { tags, summary: 'The network view across events', response: { 200: networkSchema } },
      },
      async (request) => dashboard.getNetwork(request.actor),
    );
  };
}
