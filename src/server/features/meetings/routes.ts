import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  availabilitySchema,
  meetingCandidateSchema,
  meetingIdParamsSchema,
  meetingNoticesSchema,
  meetingRequestInputSchema,
  myMeetingSchema,
  myMeetingsSchema,
  personParamsSchema,
  slotOptionsSchema,
  slotParamsSchema,
  slotPickInputSchema,
} from '../../../contract/meetings.js';
import type { MeetingNoticeService } from './notices-service.js';
import type { MeetingPickService } from './pick-service.js';
import type { MeetingRequestService } from './request-service.js';

const tags = ['meetings'];
const person = { access: 'person' as const };
const okSchema = z.object({ ok: z.literal(true) });

interface Services {
  requests: MeetingRequestService;
  picks: MeetingPickService;
  notices: MeetingNoticeService;
}

/** The participant's 1:1 meetings: requests, answers, blocked times, picking a slot, notices. */
export function meetingRoutes({ requests, picks, notices }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/meetings/mine',
      {
        config: person,
        schema: {
          tags,
          summary: 'My meetings at an event',
          params: slugParamsSchema,
          response: { 200: myMeetingsSchema },
        },
      },
      async (request) => requests.listMine(request.actor, request.params.slug),
    );

    app.get(
      '/api/v1/events/:slug/meetings/with/:personId',
      {
        config: person,
        schema: {
          tags,
          summary: 'Whether I can ask this person of the directory for a meeting',
          params: personParamsSchema,
          response: { 200: meetingCandidateSchema },
        },
      },
      async (request) => requests.getCandidate(request.actor, request.params.slug, request.params.personId),
    );

    app.post(
      '/api/v1/events/:slug/meetings',
      {
        config: person,
        schema: {
          tags,
          summary: 'Ask a person of the directory for a 1:1 meeting',
          params: slugParamsSchema,
          body: meetingRequestInputSchema,
          response: { 201: myMeetingSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await requests.requestMeeting(request.actor, request.params.slug, request.body)),
    );

    for (const [action, summary] of [
      ['accept', 'Accept a meeting request (contact details become visible to both)'],
      ['decline', 'Decline a meeting request'],
      ['cancel', 'Withdraw a request or cancel a meeting'],
    ] as const) {
      app.post(
        `/api/v1/meetings/:id/${action}`,
        {
          config: person,
          schema: { tags, summary, params: meetingIdParamsSchema, response: { 200: myMeetingSchema } },
        },
        async (request) => {
          switch (action) {
            case 'accept':
              return requests.acceptMeeting(request.actor, request.params.id);
            case 'decline':
              return requests.declineMeeting(request.actor, request.params.id);
            case 'cancel':
              return requests.cancelMeeting(request.actor, request.params.id);
          }
        },
      );
    }

    app.get(
      '/api/v1/meetings/:id/slot-options',
      {
        config: person,
        schema: {
          tags,
          summary: 'Slots both people could pick (when the organizer allows picking)',
          params: meetingIdParamsSchema,
          response: { 200: slotOptionsSchema },
        },
      },
      async (request) => picks.listSlotOptions(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/meetings/:id/slot',
      {
        config: person,
        schema: {
          tags,
          summary: 'Pick a slot for an accepted meeting (a free table is assigned)',
          params: meetingIdParamsSchema,
          body: slotPickInputSchema,
          response: { 200: myMeetingSchema },
        },
      },
      async (request) => picks.pickSlot(request.actor, request.params.id, request.body.slotId),
    );

    app.get(
      '/api/v1/events/:slug/meetings/availability',
      {
        config: person,
        schema: {
          tags,
          summary: 'Meeting slots with my blocked times and starred sessions',
          params: slugParamsSchema,
          response: { 200: availabilitySchema },
        },
      },
      async (request) => picks.getAvailability(request.actor, request.params.slug),
    );

    for (const method of ['PUT', 'DELETE'] as const) {
      app.route({
        method,
        url: '/api/v1/events/:slug/meetings/availability/:slotId',
        config: person,
        schema: {
          tags,
          summary: method === 'PUT' ? 'Block a slot (no meetings then)' : 'Free a blocked slot again',
          params: slotParamsSchema,
          response: { 200: availabilitySchema },
        },
        handler: async (request) =>
          picks.setBlocked(request.actor, request.params.slug, request.params.slotId, method === 'PUT'),
      });
    }

    app.get(
      '/api/v1/me/meeting-notices',
      {
        config: person,
        schema: {
          tags,
          summary: 'My meeting notices, newest first',
          response: { 200: meetingNoticesSchema },
        },
      },
      async (request) => notices.listNotices(request.actor),
    );

    app.post(
      '/api/v1/me/meeting-notices/read',
      {
        config: person,
        schema: { tags, summary: 'Mark all my meeting notices read', response: { 200: okSchema } },
      },
      async (request) => {
        await notices.markNoticesRead(request.actor);
        return { ok: true as const };
      },
    );
  };
}
