import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  hallPlanSchema,
  hostListSchema,
  hostTokenParamsSchema,
  myIslandsSchema,
  preferencesInputSchema,
  publicIslandsSchema,
  waitlistInputSchema,
} from '../../../contract/islands.js';
import { tokenParamsSchema } from '../../../contract/registration.js';
import type { IslandHostService } from './host-service.js';
import type { IslandParticipantService } from './participant-service.js';

const tags = ['islands'];
// Writes behind a personal link are public (the secret authorizes): limited per client address.
const linkWrite = { access: 'public' as const, rateLimit: { max: 30, timeWindow: '1 minute' } };
const person = { access: 'person' as const };

interface Deps {
  participants: IslandParticipantService;
  hosts: IslandHostService;
}

/** Islands for visitors, participants (signed in or by personal link), hosts and the hall screen. */
export function islandRoutes({ participants, hosts }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/islands',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The islands of a published event',
          params: slugParamsSchema,
          response: { 200: publicIslandsSchema },
        },
      },
      async (request) => hosts.publicIslands(request.params.slug),
    );

    app.get(
      '/api/v1/events/:slug/island-plan',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The hall screen: islands, places and seats per round (no names; once published)',
          params: slugParamsSchema,
          response: { 200: hallPlanSchema },
        },
      },
      async (request) => hosts.hallPlan(request.params.slug),
    );

    app.get(
      '/api/v1/island-hosts/:token/list',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: "A host's list per round (the personal link's secret authorizes)",
          params: hostTokenParamsSchema,
          response: { 200: hostListSchema },
        },
      },
      async (request) => hosts.hostListByToken(request.params.token, request.locale),
    );

    const mineBySlug = { tags, params: slugParamsSchema, response: { 200: myIslandsSchema } };
    app.get(
      '/api/v1/me/events/:slug/islands',
      { config: person, schema: { ...mineBySlug, summary: 'My islands: ranking and seats' } },
      async (request) => participants.getForPerson(request.actor, request.params.slug),
    );

    app.put(
      '/api/v1/me/events/:slug/island-preferences',
      {
        config: person,
        schema: { ...mineBySlug, summary: 'Rank islands and exclude some', body: preferencesInputSchema },
      },
      async (request) => participants.saveForPerson(request.actor, request.params.slug, request.body),
    );

    app.put(
      '/api/v1/me/events/:slug/island-waitlist',
      {
        config: person,
        schema: {
          ...mineBySlug,
          summary: 'Join or leave the waitlist of a full island',
          body: waitlistInputSchema,
        },
      },
      async (request) => participants.waitlistForPerson(request.actor, request.params.slug, request.body),
    );

    const mineByLink = { tags, params: tokenParamsSchema, response: { 200: myIslandsSchema } };
    app.get(
      '/api/v1/my-registration/:token/islands',
      { config: { access: 'public' }, schema: { ...mineByLink, summary: 'My islands (personal link)' } },
      async (request) => participants.getForToken(request.params.token),
    );

    app.put(
      '/api/v1/my-registration/:token/island-preferences',
      {
        config: linkWrite,
        schema: { ...mineByLink, summary: 'Rank islands (personal link)', body: preferencesInputSchema },
      },
      async (request) => participants.saveForToken(request.params.token, request.body),
    );

    app.put(
      '/api/v1/my-registration/:token/island-waitlist',
      {
        config: linkWrite,
        schema: {
          ...mineByLink,
          summary: 'Join or leave a waitlist (personal link)',
          body: waitlistInputSchema,
        },
      },
      async (request) => participants.waitlistForToken(request.params.token, request.body),
    );
  };
}
