import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/events.js';
import {
  registrationAdminSchema,
  registrationAdminUpdateSchema,
  registrationCountersSchema,
  registrationListQuerySchema,
  registrationSettingsSchema,
} from '../../../contract/registration.js';
import {
  registrationExportQuerySchema,
  registrationListSchema,
  registrationSettingsStoredSchema,
} from '../../../contract/registration-admin.js';
import { buildExportTable, toCsv, toXlsx } from './admin-export.js';
import type { RegistrationAdminService } from './admin-service.js';
import { sendDownload } from '../../download.js';

const tags = ['registration (organizers)'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The organizer's registration list, detail, non-seat edits, exports and settings. */
export function registrationAdminRoutes(admin: RegistrationAdminService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/events/:id/registrations',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Registrations of an event: search, filters, sort, counters',
          params: idParamsSchema,
          querystring: registrationListQuerySchema,
          response: { 200: registrationListSchema },
        },
      },
      async (request) => admin.listRegistrations(request.actor, request.params.id, request.query),
    );

    app.get(
      '/api/v1/admin/events/:id/registrations/counters',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Live counters: held / capacity, waitlist, checked in',
          params: idParamsSchema,
          response: { 200: registrationCountersSchema },
        },
      },
      async (request) => admin.getCounters(request.actor, request.params.id),
    );

    for (const format of ['csv', 'xlsx'] as const) {
      app.get(
        `/api/v1/admin/events/:id/registrations/export.${format}`,
        {
          config: { access: 'organizer' },
          schema: {
            tags,
            summary:
              format === 'csv'
                ? 'Export as CSV for Excel (UTF-8 with BOM, ";" separated)'
                : 'Export as an Excel workbook',
            params: idParamsSchema,
            querystring: registrationExportQuerySchema,
            response: { 200: z.any().describe(`The ${format.toUpperCase()} file`) },
          },
        },
        async (request, reply) => {
          const data = await admin.loadExport(request.actor, request.params.id, request.query);
          const table = buildExportTable(data, request.locale);
          const file = format === 'csv' ? toCsv(table) : await toXlsx(table);
          return sendDownload(reply, {
            body: file,
            fileName: `${table.fileStem}.${format}`,
            contentType: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
          });
        },
      );
    }

    app.get(
      '/api/v1/admin/registrations/:id',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'One registration with every field',
          params: idParamsSchema,
          response: { 200: registrationAdminSchema },
        },
      },
      async (request) => admin.getRegistration(request.actor, request.params.id),
    );

    app.patch(
      '/api/v1/admin/registrations/:id',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Change fields that do not move seats (names, organization, sector, answers, notes)',
          params: idParamsSchema,
          body: registrationAdminUpdateSchema,
          response: { 200: registrationAdminSchema },
        },
      },
      async (request) => admin.updateRegistration(request.actor, request.params.id, request.body),
    );

    app.get(
      '/api/v1/admin/events/:id/registration-settings',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Registration settings and custom questions',
          params: idParamsSchema,
          response: { 200: registrationSettingsStoredSchema },
        },
      },
      async (request) => admin.getSettings(request.actor, request.params.id),
    );

    app.put(
      '/api/v1/admin/events/:id/registration-settings',
      {
        config: { access: 'organizer' },
        schema: {
          tags,
          summary: 'Replace registration settings and custom questions',
          params: idParamsSchema,
          body: registrationSettingsSchema,
          response: { 200: registrationSettingsStoredSchema },
        },
      },
      async (request) => admin.saveSettings(request.actor, request.params.id, request.body),
    );
  };
}
