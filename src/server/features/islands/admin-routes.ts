import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  assignmentViewSchema,
  hostCandidateSchema,
  hostInputSchema,
  hostLinkSchema,
  hostListSchema,
  islandAdminSchema,
  islandInputSchema,
  islandSettingsInputSchema,
  islandSettingsSchema,
  islandsOverviewSchema,
  moveInputSchema,
  publishInputSchema,
} from '../../../contract/islands.js';
import type { IslandAdminService } from './admin-service.js';
import type { IslandAssignmentService } from './seating-service.js';
import type { IslandHostService } from './host-service.js';

const tags = ['islands'];
const organizer = { access: 'organizer' as const };
const okSchema = z.object({ ok: z.literal(true) });

interface Deps {
  admin: IslandAdminService;
  assignment: IslandAssignmentService;
  hosts: IslandHostService;
}

/** The organizer's islands: editor, hosts, settings, assignment and the hosts' lists. */
export function islandAdminRoutes({ admin, assignment, hosts }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const byEvent = { tags, params: idParamsSchema };

    app.get(
      '/api/v1/admin/events/:id/islands',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Islands, rounds and settings',
          response: { 200: islandsOverviewSchema },
        },
      },
      async (request) => admin.overview(request.actor, request.params.id),
    );

    app.post(
      '/api/v1/admin/events/:id/islands',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Add an island',
          body: islandInputSchema,
          response: { 201: islandAdminSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await admin.createIsland(request.actor, request.params.id, request.body)),
    );

    app.post(
      '/api/v1/admin/events/:id/islands/defaults',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: "Add the reference event's five islands",
          response: { 200: z.object({ islands: z.array(islandAdminSchema) }) },
        },
      },
      async (request) => ({
        islands: await admin.addDefaults(request.actor, request.params.id, request.locale),
      }),
    );

    app.put(
      '/api/v1/admin/islands/:id',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Replace an island',
          body: islandInputSchema,
          response: { 200: islandAdminSchema },
        },
      },
      async (request) => admin.updateIsland(request.actor, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/admin/islands/:id',
      { config: organizer, schema: { ...byEvent, summary: 'Remove an island', response: { 200: okSchema } } },
      async (request) => {
        await admin.deleteIsland(request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.put(
      '/api/v1/admin/events/:id/island-settings',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Ranking deadline and sector cap',
          body: islandSettingsInputSchema,
          response: { 200: islandSettingsSchema },
        },
      },
      async (request) => admin.saveSettings(request.actor, request.params.id, request.body),
    );

    app.get(
      '/api/v1/admin/events/:id/island-host-candidates',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Registrants to choose a host from',
          response: { 200: z.object({ people: z.array(hostCandidateSchema) }) },
        },
      },
      async (request) => ({ people: await admin.listHostCandidates(request.actor, request.params.id) }),
    );

    app.post(
      '/api/v1/admin/islands/:id/hosts',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Add a host',
          body: hostInputSchema,
          response: { 201: islandAdminSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await admin.addHost(request.actor, request.params.id, request.body)),
    );

    app.delete(
      '/api/v1/admin/island-hosts/:id',
      { config: organizer, schema: { ...byEvent, summary: 'Remove a host', response: { 200: okSchema } } },
      async (request) => {
        await admin.removeHost(request.actor, request.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/admin/island-hosts/:id/link',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: "Issue a new personal link to the host's list (the earlier one stops working)",
          response: { 200: hostLinkSchema },
        },
      },
      async (request) => admin.issueHostLink(request.actor, request.params.id),
    );

    app.get(
      '/api/v1/admin/islands/:id/host-list',
      {
        config: organizer,
        schema: { ...byEvent, summary: "An island's list per round", response: { 200: hostListSchema } },
      },
      async (request) => hosts.hostListForOrganizer(request.actor, request.params.id, request.locale),
    );

    app.get(
      '/api/v1/admin/events/:id/island-assignment',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Assignment, waitlist and quality report',
          response: { 200: assignmentViewSchema },
        },
      },
      async (request) => assignment.view(request.actor, request.params.id, request.locale),
    );

    app.post(
      '/api/v1/admin/events/:id/island-assignment/move',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Move a person in a round (islandId null takes the seat away)',
          body: moveInputSchema,
          response: { 200: assignmentViewSchema },
        },
      },
      async (request) => assignment.move(request.actor, request.params.id, request.body, request.locale),
    );

    app.post(
      '/api/v1/admin/events/:id/island-assignment/publish',
      {
        config: organizer,
        schema: {
          ...byEvent,
          summary: 'Publish the assignment (notifyParticipants: one mail to each seated person)',
          body: publishInputSchema.nullish(),
          response: { 200: assignmentViewSchema },
        },
      },
      async (request) =>
        assignment.publish(request.actor, request.params.id, request.locale, request.body ?? {}),
    );

    const actions = {
      run: 'Run the assignment (draft; hand moves stay)',
      lock: 'Lock the draft',
      unlock: 'Unlock the draft',
      sync: 'After publishing: drop cancelled registrations, seat newcomers (nobody else moves)',
    } as const;
    for (const [action, summary] of Object.entries(actions) as [keyof typeof actions, string][]) {
      app.post(
        `/api/v1/admin/events/:id/island-assignment/${action}`,
        { config: organizer, schema: { ...byEvent, summary, response: { 200: assignmentViewSchema } } },
        async (request) => assignment[action](request.actor, request.params.id, request.locale),
      );
    }
  };
}
