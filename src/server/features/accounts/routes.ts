import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenCreateSchema,
  apiTokenSchema,
  inviteAcceptSchema,
  inviteCreateSchema,
  inviteSchema,
  localeUpdateSchema,
  magicLinkRequestSchema,
  messageSchema,
  okSchema,
  personSchema,
  sessionInfoSchema,
  signInBodySchema,
  tokenBodySchema,
} from '../../../contract/accounts.js';
import { idParamsSchema } from '../../../contract/events.js';
import type { SessionStore } from '../../plugins/auth.js';
import { LANGUAGE_COOKIE } from '../../plugins/i18n.js';
import type { AccountService, WebContext } from './service.js';

const tags = ['accounts'];
const strictLimit = { max: 20, timeWindow: '1 minute' };

function webContext(sessions: SessionStore, request: FastifyRequest, reply: FastifyReply): WebContext {
  return { ip: request.ip, startSession: (personId) => sessions.startSession(request, reply, personId) };
}

/** Sign-in, sign-out, magic links, invitations, API tokens and the language choice. */
export function accountRoutes(accounts: AccountService, sessions: SessionStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/auth/session',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Who is signed in', response: { 200: sessionInfoSchema } },
      },
      async (request) => accounts.getSessionInfo(request.actor),
    );

    app.post(
      '/api/v1/auth/sign-in',
      {
        config: { access: 'public', rateLimit: strictLimit },
        schema: {
          tags,
          summary: 'Organizer sign-in with email and password',
          body: signInBodySchema,
          response: { 200: sessionInfoSchema },
        },
      },
      async (request, reply) => accounts.signIn(request.body, webContext(sessions, request, reply)),
    );

    app.post(
      '/api/v1/auth/sign-out',
      {
        config: { access: 'person' },
        schema: { tags, summary: 'End the session', response: { 200: okSchema } },
      },
      async (request, reply) => {
        await sessions.endSession(request, reply);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/auth/magic-link',
      {
        config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Mail a one-time sign-in link',
          body: magicLinkRequestSchema,
          response: { 202: messageSchema },
        },
      },
      async (request, reply) => {
        await accounts.requestMagicLink(request.body, request.locale);
        const message =
          request.locale === 'de'
            ? 'Falls es zu dieser Adresse ein Konto gibt, ist ein Anmeldelink unterwegs.'
            : 'If there is an account for this address, a sign-in link is on its way.';
        return reply.status(202).send({ message });
      },
    );

    app.post(
      '/api/v1/auth/magic-link/consume',
      {
        config: { access: 'public', rateLimit: strictLimit },
        schema: {
          tags,
          summary: 'Sign in with a magic link token',
          body: tokenBodySchema,
          response: { 200: sessionInfoSchema.extend({ redirectTo: z.string() }) },
        },
      },
      async (request, reply) =>
        accounts.consumeMagicLink(request.body.token, webContext(sessions, request, reply)),
    );

    app.get(
      '/api/v1/auth/invites/:token',
      {
        config: { access: 'public', rateLimit: strictLimit },
        schema: {
          tags,
          summary: 'The address of an open invitation',
          params: z.object({ token: z.string().min(10).max(200) }),
          response: { 200: z.object({ email: z.string() }) },
        },
      },
      async (request) => accounts.getInvite(request.params.token),
    );

    app.post(
      '/api/v1/auth/invites/accept',
      {
        config: { access: 'public', rateLimit: strictLimit },
        schema: {
          tags,
          summary: 'Accept an organizer invitation',
          body: inviteAcceptSchema,
          response: { 200: sessionInfoSchema },
        },
      },
      async (request, reply) => accounts.acceptInvite(request.body, webContext(sessions, request, reply)),
    );

    app.put(
      '/api/v1/me/locale',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Remember the language choice',
          body: localeUpdateSchema,
          response: { 200: okSchema },
        },
      },
      async (request, reply) => {
        reply.setCookie(LANGUAGE_COOKIE, request.body.locale, {
          path: '/',
          sameSite: 'lax',
          maxAge: 365 * 86400,
        });
        if (request.actor.kind === 'person') {
          await accounts.setLocale(request.actor, request.body.locale);
        }
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/admin/organizers',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Organizers and invitations',
          response: { 200: z.object({ organizers: z.array(personSchema), invites: z.array(inviteSchema) }) },
        },
      },
      async (request) => accounts.listOrganizers(request.actor),
    );

    app.post(
      '/api/v1/admin/organizers/invites',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Invite a further organizer',
          body: inviteCreateSchema,
          response: { 201: inviteSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await accounts.inviteOrganizer(request.actor, request.body)),
    );

    app.get(
      '/api/v1/admin/tokens',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'API tokens',
          response: { 200: z.object({ tokens: z.array(apiTokenSchema) }) },
        },
      },
      async (request) => ({ tokens: await accounts.listApiTokens(request.actor) }),
    );

    app.post(
      '/api/v1/admin/tokens',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Create an API token (shown once)',
          body: apiTokenCreateSchema,
          response: { 201: apiTokenSchema.extend({ token: z.string() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await accounts.createApiToken(request.actor, request.body.name)),
    );

    app.delete(
      '/api/v1/admin/tokens/:id',
      {
        config: { access: 'organizer' },
        schema: { tags, summary: 'Revoke an API token', params: idParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await accounts.revokeApiToken(request.actor, request.params.id);
        return { ok: true as const };
      },
    );
  };
}
