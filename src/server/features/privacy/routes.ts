import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../../contract/accounts.js';
import { idParamsSchema } from '../../../contract/events.js';
import { peopleQuerySchema, personAdminSchema } from '../../../contract/privacy.js';
import type { SessionStore } from '../../plugins/auth.js';
import type { PrivacyService } from './service.js';
import { sendDownload } from '../../download.js';

const tags = ['privacy'];

/** Data export and account deletion for everyone; erasure for organizers. */
export function privacyRoutes(privacy: PrivacyService, sessions: SessionStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/export',
      {
        config: { access: 'person' },
        schema: {
          tags,
          summary: 'Download all data held about me (JSON)',
          response: { 200: z.record(z.string(), z.unknown()) },
        },
      },
      async (request, reply) => {
        const data = await privacy.exportMyData(request.actor);
        return sendDownload(reply, { body: data, fileName: 'crossdialog-my-data.json' });
      },
    );

    app.delete(
      '/api/v1/me',
      {
        config: { access: 'person' },
        schema: { tags, summary: 'Delete my account and data', response: { 200: okSchema } },
      },
      async (request, reply) => {
        await privacy.deleteMyAccount(request.actor);
        await sessions.endSession(request, reply);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/admin/people',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'People (search)',
          querystring: peopleQuerySchema,
          response: { 200: z.object({ people: z.array(personAdminSchema) }) },
        },
      },
      async (request) => ({ people: await privacy.listPeople(request.actor, request.query.q) }),
    );

    app.delete(
      '/api/v1/admin/people/:id',
      {
        config: { access: 'organizer' },
        schema: { tags, summary: 'Erase a person', params: idParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await privacy.erasePerson(request.actor, request.params.id);
        return { ok: true as const };
      },
    );
  };
}
