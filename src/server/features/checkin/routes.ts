import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkinBatchBodySchema,
  checkinBatchResultSchema,
  checkinSearchQuerySchema,
  checkinSearchResultSchema,
} from '../../../contract/checkin.js';
import { idParamsSchema } from '../../../contract/events.js';
import { checkinBodySchema, checkinResultSchema } from '../../../contract/registration.js';
import type { CheckinService } from './service.js';
import { sendDownload } from '../../download.js';

const tags = ['check-in'];

/** The check-in desk (scans, offline queue, name search) and badge printing. */
export function checkinRoutes(checkin: CheckinService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/events/:id/checkins',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Check a person in by ticket code (QR) or registration id; a resent scan id is harmless',
          params: idParamsSchema,
          body: checkinBodySchema,
          response: { 200: checkinResultSchema },
        },
      },
      async (request) => checkin.checkIn(request.actor, request.params.id, request.body, request.locale),
    );

    app.post(
      '/api/v1/admin/events/:id/checkins/batch',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: "Flush a device's offline queue (up to 500 scans), one result per scan",
          params: idParamsSchema,
          body: checkinBatchBodySchema,
          response: { 200: checkinBatchResultSchema },
        },
      },
      async (request) =>
        checkin.checkInBatch(request.actor, request.params.id, request.body.scans, request.locale),
    );

    app.get(
      '/api/v1/admin/events/:id/checkin-search',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Find people by name, email or organization for check-in without a QR code',
          params: idParamsSchema,
          querystring: checkinSearchQuerySchema,
          response: { 200: checkinSearchResultSchema },
        },
      },
      async (request) => ({
        people: await checkin.searchAttendees(
          request.actor,
          request.params.id,
          request.query.q,
          request.locale,
        ),
      }),
    );

    app.get(
      '/api/v1/admin/events/:id/badges.pdf',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Printable name badges (A4, 2 × 4 of 90 × 55 mm) for everyone who may enter',
          params: idParamsSchema,
          response: { 200: z.any().describe('The PDF file (application/pdf)') },
        },
      },
      async (request, reply) => {
        const { slug, pdf } = await checkin.renderBadges(request.actor, request.params.id, request.locale);
        const stem = request.locale === 'de' ? 'namensschilder' : 'badges';
        return sendDownload(reply, {
          body: pdf,
          fileName: `${stem}-${slug}.pdf`,
          contentType: 'application/pdf',
        });
      },
    );
  };
}
