import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  moderatorPollSchema,
  participantPollSchema,
  pollActionSchema,
  pollInputSchema,
  pollVoteInputSchema,
} from '../../../contract/polls.js';
import { liveSettingsSchema, screenInputSchema } from '../../../contract/qa.js';
import { ensureGuestId, resolveLiveViewer } from '../../live/index.js';
import { floodGuard } from '../qa/index.js';
import type { PollService } from './service.js';
import { sendDownload } from '../../download.js';

const tags = ['live polls'];
const publicAccess = { access: 'public' as const };
const okSchema = z.object({ ok: z.literal(true) });

/** Answering polls, and the moderators' preparation and live control of them; rights are checked per session. */
export function pollRoutes(polls: PollService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/sessions/:id/polls',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: "A session's polls with the caller's answers and the results they may see",
          params: idParamsSchema,
          response: { 200: z.object({ polls: z.array(participantPollSchema) }) },
        },
      },
      async (request) => ({
        polls: await polls.listForParticipant(request.params.id, await resolveLiveViewer(request)),
      }),
    );

    app.post(
      '/api/v1/polls/:id/votes',
      {
        config: { ...publicAccess, ...floodGuard(120) },
        schema: {
          tags,
          summary: 'Answer an open poll (once per person)',
          params: idParamsSchema,
          body: pollVoteInputSchema,
          response: { 201: participantPollSchema },
        },
      },
      async (request, reply) => {
        const viewer = await resolveLiveViewer(request);
        const poll = await polls.vote(
          request.params.id,
          viewer,
          () => ensureGuestId(request, reply),
          request.body,
        );
        return reply.status(201).send(poll);
      },
    );

    app.get(
      '/api/v1/sessions/:id/moderation/polls',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: every poll of the session with its results',
          params: idParamsSchema,
          response: { 200: z.object({ polls: z.array(moderatorPollSchema) }) },
        },
      },
      async (request) => ({
        polls: await polls.listForModerator(request.params.id, await resolveLiveViewer(request)),
      }),
    );

    app.post(
      '/api/v1/sessions/:id/polls',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: prepare a poll (a draft until opened)',
          params: idParamsSchema,
          body: pollInputSchema,
          response: { 201: moderatorPollSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await polls.create(request.params.id, await resolveLiveViewer(request), request.body)),
    );

    app.put(
      '/api/v1/polls/:id',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: replace a draft poll',
          params: idParamsSchema,
          body: pollInputSchema,
          response: { 200: moderatorPollSchema },
        },
      },
      async (request) => polls.update(request.params.id, await resolveLiveViewer(request), request.body),
    );

    app.delete(
      '/api/v1/polls/:id',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: remove a draft poll',
          params: idParamsSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await polls.remove(request.params.id, await resolveLiveViewer(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/polls/:id/state',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: open, close, show or hide the results of a poll',
          params: idParamsSchema,
          body: pollActionSchema,
          response: { 200: moderatorPollSchema },
        },
      },
      async (request) => polls.act(request.params.id, await resolveLiveViewer(request), request.body.action),
    );

    app.get(
      '/api/v1/admin/sessions/:id/poll-results.csv',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'The session\'s poll results as CSV (UTF-8 with BOM, ";" separated)',
          params: idParamsSchema,
          response: { 200: z.any().describe('The CSV file') },
        },
      },
      async (request, reply) => {
        const { file, fileName } = await polls.exportResults(
          request.actor,
          request.params.id,
          request.locale,
        );
        return sendDownload(reply, { body: file, fileName, contentType: 'text/csv; charset=utf-8' });
      },
    );

    app.put(
      '/api/v1/sessions/:id/screen',
      {
        config: publicAccess,
        schema: {
          tags,
          summary: 'Moderators: show the top questions or a poll on the hall screen',
          params: idParamsSchema,
          body: screenInputSchema,
          response: { 200: liveSettingsSchema },
        },
      },
      async (request) =>
        polls.setScreen(
          request.params.id,
          await resolveLiveViewer(request),
          request.body.mode,
          request.body.pollId,
        ),
    );
  };
}
