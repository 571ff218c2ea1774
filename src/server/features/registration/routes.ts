import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { slugParamsSchema } from '../../../contract/events.js';
import {
  confirmBodySchema,
  confirmResultSchema,
  myRegistrationSchema,
  myRegistrationUpdateSchema,
  reconfirmBodySchema,
  registrationCreatedSchema,
  registrationCreateSchema,
  registrationFormSchema,
  tokenParamsSchema,
} from '../../../contract/registration.js';
import type { PersonalService } from './personal.js';
import type { RegistrationService } from './service.js';
import { sendDownload } from '../../download.js';

const tags = ['registration'];

interface PublicRouteDeps {
  registrations: RegistrationService;
  personal: PersonalService;
  /** Registrations per client address and minute; 0 = no limit. */
  rateLimitPerMinute: number;
}

/** The public registration flow and the personal "My registration" link. */
export function registrationRoutes({
  registrations,
  personal,
  rateLimitPerMinute,
}: PublicRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/registration-form',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The registration form of an event',
          params: slugParamsSchema,
          response: { 200: registrationFormSchema },
        },
      },
      async (request) => registrations.getForm(request.params.slug, request.locale),
    );

    app.post(
      '/api/v1/events/:slug/registrations',
      {
        config: {
          access: 'public',
          ...(rateLimitPerMinute > 0
            ? { rateLimit: { max: rateLimitPerMinute, timeWindow: '1 minute' } }
            : {}),
        },
        schema: {
          tags,
          summary: 'Register for an event (seat with double opt-in, or the waitlist)',
          params: slugParamsSchema,
          body: registrationCreateSchema,
          response: { 201: registrationCreatedSchema },
        },
      },
      async (request, reply) => {
        const created = await registrations.register(request.params.slug, request.body, {
          ip: request.ip,
          locale: request.locale,
        });
        return reply.status(201).send(created);
      },
    );

    app.post(
      '/api/v1/registrations/confirm',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Confirm a registration or an offered seat',
          body: confirmBodySchema,
          response: { 200: confirmResultSchema },
        },
      },
      async (request) => personal.confirm(request.body.token, request.ip),
    );

    const mine = { tags, params: tokenParamsSchema };
    app.get(
      '/api/v1/my-registration/:token',
      {
        config: { access: 'public' },
        schema: { ...mine, summary: 'My registration', response: { 200: myRegistrationSchema } },
      },
      async (request) => personal.getMine(request.params.token),
    );

    app.patch(
      '/api/v1/my-registration/:token',
      {
        config: { access: 'public' },
        schema: {
          ...mine,
          summary: 'Change my registration',
          body: myRegistrationUpdateSchema,
          response: { 200: myRegistrationSchema },
        },
      },
      async (request) => personal.updateMine(request.params.token, request.body, request.ip),
    );

    app.post(
      '/api/v1/my-registration/:token/cancel',
      {
        config: { access: 'public' },
        schema: { ...mine, summary: 'Cancel my registration', response: { 200: myRegistrationSchema } },
      },
      async (request) => personal.cancelMine(request.params.token),
    );

    app.post(
      '/api/v1/my-registration/:token/reconfirm',
      {
        config: { access: 'public' },
        schema: {
          ...mine,
          summary: 'Answer "still coming?"',
          body: reconfirmBodySchema,
          response: { 200: myRegistrationSchema },
        },
      },
      async (request) => personal.reconfirmMine(request.params.token, request.body.answer),
    );

    app.post(
      '/api/v1/my-registration/:token/extend-offer',
      {
        config: { access: 'public' },
        schema: {
          ...mine,
          summary: 'Ask once for more time to accept an offered seat',
          response: { 200: myRegistrationSchema },
        },
      },
      async (request) => personal.extendOffer(request.params.token),
    );

    app.get(
      '/api/v1/my-registration/:token/export',
      {
        config: { access: 'public' },
        schema: {
          ...mine,
          summary: 'Download my registration data (JSON)',
          response: { 200: z.record(z.string(), z.unknown()) },
        },
      },
      async (request, reply) => {
        const data = await personal.exportMine(request.params.token);
        return sendDownload(reply, { body: data, fileName: 'crossdialog-registration.json' });
      },
    );

    app.get(
      '/api/v1/my-registration/:token/ticket.ics',
      { config: { access: 'public' }, schema: { ...mine, summary: 'Calendar file of my ticket' } },
      async (request, reply) => {
        const ics = await personal.icsMine(request.params.token);
        return sendDownload(reply, {
          body: ics,
          fileName: 'crossdialog.ics',
          contentType: 'text/calendar; charset=utf-8',
        });
      },
    );

    app.get(
      '/api/v1/my-registration/:token/ticket.svg',
      { config: { access: 'public' }, schema: { ...mine, summary: 'QR code of my ticket (SVG)' } },
      async (request, reply) => reply.type('image/svg+xml').send(await personal.qrMine(request.params.token)),
    );
  };
}
