import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  askQuestionSchema,
  blockParamsSchema,
  editQuestionSchema,
  joinCodeParamsSchema,
  joinResultSchema,
  liveSessionSchema,
  mergeQuestionSchema,
  moderationActionSchema,
  moderationSchema,
  moderatorAccessSchema,
  questionSchema,
  voteResultSchema,
} from '../../../contract/qa.js';
import { ensureGuestId, GUEST_COOKIE, resolveLiveViewer } from '../../live/index.js';
import type { QaService } from './service.js';
import type { LiveSettingsService } from './settings-service.js';

const tags = ['live Q&A'];
const publicAccess = { access: 'public' as const };
const okSchema = z.object({ ok: z.literal(true) });

/**
 * A coarse flood guard per device (signed-in person, else a guest cookie the server signed, else the
 * address): people at a venue share one address behind the Wi-Fi's NAT, so the address alone would
 * lock a whole hall out. Only identities the server vouches for count: a made-up cookie value falls
 * back to the address, so changing it per request gains nothing. The service adds per-person and
 * per-address limits.
 */
export function deviceKey(request: FastifyRequest): string {
  if (request.actor.kind === 'person') {
    return `p:${request.actor.personId}`;
  }
  const guest = request.cookies[GUEST_COOKIE];
  const guestId = guest ? request.server.liveGuests.verify(guest) : null;
  return guestId ? `g:${guestId}` : `ip:${request.ip}`;
}
export const floodGuard = (max: number) => ({
  rateLimit: { max, timeWindow: '1 minute', keyGenerator: deviceKey },
});

/** The audience's Q&A (ask, upvote) and the moderators' actions; rights are checked per session. */
export function qaRoutes(qa: QaService, settings: LiveSettingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/live/join/:code',
      {
        // Against guessing codes: few lookups per address.
        config: { ...publicAccess, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'The session a join code (from the hall screen) stands for',
          params: joinCodeParamsSchema,
          response: { 200: joinResultSchema },
        },
      },
      async (request) => settings.resolveJoinCode(request.params.code),
    );

    app.get(
      '/api/v1/sessions/:id/live',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: "A session's live page: settings, the caller's rights, own votes and questions",
          params: idParamsSchema,
          response: { 200: liveSessionSchema },
        },
      },
      async (request) => qa.getLiveSession(request.params.id, await resolveLiveViewer(request)),
    );

    app.get(
      '/api/v1/sessions/:id/questions',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'The approved questions of a session',
          params: idParamsSchema,
          response: { 200: z.object({ questions: z.array(questionSchema) }) },
        },
      },
      async (request) => ({
        questions: await qa.listQuestions(request.params.id, await resolveLiveViewer(request)),
      }),
    );

    app.post(
      '/api/v1/sessions/:id/questions',
      {
        config: { ...publicAccess, ...floodGuard(30) },
        schema: {
          tags,
          summary: 'Ask a question (plain text, named or anonymous)',
          params: idParamsSchema,
          body: askQuestionSchema,
          response: { 201: questionSchema },
        },
      },
      async (request, reply) => {
        const viewer = await resolveLiveViewer(request);
        const question = await qa.ask(
          request.params.id,
          viewer,
          () => ensureGuestId(request, reply),
          request.body,
        );
        return reply.status(201).send(question);
      },
    );

    app.put(
      '/api/v1/questions/:id/vote',
      {
        config: { ...publicAccess, ...floodGuard(300) },
        schema: {
          tags,
          summary: 'Upvote a question (once per person)',
          params: idParamsSchema,
          response: { 200: voteResultSchema },
        },
      },
      async (request, reply) =>
        qa.upvote(request.params.id, await resolveLiveViewer(request), () => ensureGuestId(request, reply)),
    );

    app.delete(
      '/api/v1/questions/:id/vote',
      {
        config: { ...publicAccess, ...floodGuard(300) },
        schema: {
          tags,
          summary: 'Take an upvote back',
          params: idParamsSchema,
          response: { 200: voteResultSchema },
        },
      },
      async (request) => qa.revokeVote(request.params.id, await resolveLiveViewer(request)),
    );

    app.post(
      '/api/v1/sessions/:id/moderator-access',
      {
        config: { ...publicAccess, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: "Redeem a session's moderator link on this device",
          params: idParamsSchema,
          body: moderatorAccessSchema,
          response: { 200: okSchema },
        },
      },
      async (request, reply) => {
        const viewer = await resolveLiveViewer(request);
        await settings.redeemModeratorLink(request.params.id, request.body.key, viewer, () =>
          ensureGuestId(request, reply),
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/sessions/:id/moderation',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: every question in every state, and the blocks',
          params: idParamsSchema,
          response: { 200: moderationSchema },
        },
      },
      async (request) => qa.getModeration(request.params.id, await resolveLiveViewer(request)),
    );

    app.post(
      '/api/v1/questions/:id/moderation',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: approve, hide, mark answered, pin or unpin a question',
          params: idParamsSchema,
          body: moderationActionSchema,
          response: { 200: questionSchema },
        },
      },
      async (request) =>
        qa.moderate(request.params.id, await resolveLiveViewer(request), request.body.action),
    );

    app.patch(
      '/api/v1/questions/:id',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: "Moderators: correct a question's text",
          params: idParamsSchema,
          body: editQuestionSchema,
          response: { 200: questionSchema },
        },
      },
      async (request) => qa.editText(request.params.id, await resolveLiveViewer(request), request.body.text),
    );

    app.post(
      '/api/v1/questions/:id/merge',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: merge this duplicate into another question',
          params: idParamsSchema,
          body: mergeQuestionSchema,
          response: { 200: questionSchema },
        },
      },
      async (request) => qa.merge(request.params.id, await resolveLiveViewer(request), request.body.intoId),
    );

    app.post(
      '/api/v1/questions/:id/block-author',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: "Moderators: block this question's author from the session's Q&A",
          params: idParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await qa.blockAuthor(request.params.id, await resolveLiveViewer(request));
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/v1/sessions/:id/blocks/:blockId',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: lift a block',
          params: blockParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await qa.unblock(request.params.id, request.params.blockId, await resolveLiveViewer(request));
        return { ok: true as const };
      },
    );
  };
}
