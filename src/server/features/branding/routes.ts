import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BRANDING_LIMITS,
  brandingSchema,
  brandingSettingsSchema,
  brandingUpdateSchema,
  logoUploadSchema,
} from '../../../contract/branding.js';
import type { BrandingService } from './service.js';

const tags = ['branding'];
const organizer = { access: 'organizer' as const };
// A base64 logo of logoBytesMax plus the JSON around it.
const UPLOAD_BODY_LIMIT = Math.ceil((BRANDING_LIMITS.logoBytesMax * 4) / 3) + 64 * 1024;

/** The network's brand: anyone reads it (pages, the logo); organizers set it on the settings page. */
export function brandingRoutes(branding: BrandingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/branding',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: "The network's name, logo, colours, imprint and contact person",
          response: { 200: brandingSchema },
        },
      },
      async () => branding.getBranding(),
    );
    app.get(
      '/api/v1/branding/logo',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: "The network's logo (PNG or JPEG)",
          querystring: z.object({ v: z.coerce.number().int().optional() }),
        },
      },
      async (request, reply) => {
        const logo = await branding.readLogo();
        // The address names the version: the current one may be kept, an older one must ask again.
        const isCurrent = request.query.v === branding.current().version;
        return reply
          .type(logo.contentType)
          .header('cache-control', isCurrent ? 'public, max-age=31536000, immutable' : 'no-cache')
          .header('x-content-type-options', 'nosniff')
          .send(logo.bytes);
      },
    );

    app.get(
      '/api/v1/admin/branding',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The branding settings as saved (empty texts where nothing is set)',
          response: { 200: brandingSettingsSchema },
        },
      },
      async (request) => branding.getSettings(request.actor),
    );
    app.put(
      '/api/v1/admin/branding',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Save the branding settings',
          description:
            'Each colour must reach a contrast of 4.5:1 (WCAG AA) against white and the light surface ' +
            '#f3f5f8; a lower one is refused with 422 naming the field. Empty texts mean "not set".',
          body: brandingUpdateSchema,
          response: { 200: brandingSettingsSchema },
        },
      },
      async (request) => branding.saveSettings(request.actor, request.body),
    );
    app.put(
      '/api/v1/admin/branding/logo',
      {
        config: organizer,
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Upload the logo (PNG or JPEG, base64, with alt text)',
          body: logoUploadSchema,
          response: { 200: brandingSettingsSchema },
        },
      },
      async (request) => branding.saveLogo(request.actor, request.body),
    );
    app.delete(
      '/api/v1/admin/branding/logo',
      {
        config: organizer,
        schema: { tags, summary: 'Remove the logo', response: { 200: brandingSettingsSchema } },
      },
      async (request) => branding.deleteLogo(request.actor),
    );
  };
}
