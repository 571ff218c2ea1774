import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, slugParamsSchema } from '../../../contract/events.js';
import {
  RETROSPECTIVE_LIMITS,
  adminRetrospectiveSchema,
  photoEditSchema,
  photoListSchema,
  photoOrderSchema,
  photoSchema,
  photoUploadSchema,
  publicRetrospectiveSchema,
  retrospectiveInputSchema,
} from '../../../contract/retrospective.js';
import type { RetrospectiveService } from './service.js';
import { CONTENT_MAX_AGE_MS } from '../../plugins/public-cache.js';

const tags = ['retrospective'];
const organizer = { access: 'organizer' as const };
const okSchema = z.object({ ok: z.literal(true) });
// A base64 photo of photoBytesMax plus the JSON around it.
const UPLOAD_BODY_LIMIT = Math.ceil((RETROSPECTIVE_LIMITS.photoBytesMax * 4) / 3) + 64 * 1024;

/** The organizer's retrospective editor: text, figures, photos, preview, publish. */
export function retrospectiveAdminRoutes(retro: RetrospectiveService): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/api/v1/admin/events/:id/retrospective';
    const adminResponse = { 200: adminRetrospectiveSchema };
    app.get(
      base,
      {
        config: organizer,
        schema: {
          tags,
          summary: 'The retrospective in the editor',
          params: idParamsSchema,
          response: adminResponse,
        },
      },
      async (request) => retro.getForEditing(request.actor, request.params.id, request.locale),
    );
    app.put(
      base,
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Save the retrospective',
          params: idParamsSchema,
          body: retrospectiveInputSchema,
          response: adminResponse,
        },
      },
      async (request) => retro.save(request.actor, request.params.id, request.body, request.locale),
    );
    app.get(
      `${base}/preview`,
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Preview the public page',
          params: idParamsSchema,
          response: { 200: publicRetrospectiveSchema },
        },
      },
      async (request) => retro.preview(request.actor, request.params.id, request.locale),
    );
    for (const [action, publish] of [
      ['publish', true],
      ['unpublish', false],
    ] as const) {
      app.post(
        `${base}/${action}`,
        {
          config: organizer,
          schema: {
            tags,
            summary: `${action} the retrospective`,
            params: idParamsSchema,
            response: adminResponse,
          },
        },
        async (request) => retro.setPublished(request.actor, request.params.id, publish, request.locale),
      );
    }
    app.post(
      `${base}/discard-draft`,
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Discard the unpublished changes',
          description:
            'Puts the published version back into the editor. 409 while the retrospective is not published.',
          params: idParamsSchema,
          response: adminResponse,
        },
      },
      async (request) => retro.discardDraft(request.actor, request.params.id, request.locale),
    );
    app.post(
      `${base}/photos`,
      {
        config: organizer,
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Upload a photo (JPEG, PNG or WebP, base64)',
          params: idParamsSchema,
          body: photoUploadSchema,
          response: { 201: photoSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await retro.addPhoto(request.actor, request.params.id, request.body)),
    );
    app.put(
      `${base}/photos/order`,
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Reorder the photos',
          description:
            'Takes every photo of the retrospective exactly once, first to last. A list that leaves one ' +
            "out, names another event's photo or repeats one is refused with 422 and changes nothing.",
          params: idParamsSchema,
          body: photoOrderSchema,
          response: { 200: photoListSchema },
        },
      },
      async (request) => retro.reorderPhotos(request.actor, request.params.id, request.body.photoIds),
    );
    app.put(
      '/api/v1/admin/retrospective-photos/:id',
      {
        config: organizer,
        schema: {
          tags,
          summary: 'Change alt text and caption',
          description: 'Alt text stays required; a caption left out is cleared.',
          params: idParamsSchema,
          body: photoEditSchema,
          response: { 200: photoSchema },
        },
      },
      async (request) => retro.updatePhoto(request.actor, request.params.id, request.body),
    );
    app.delete(
      '/api/v1/admin/retrospective-photos/:id',
      {
        config: organizer,
        schema: { tags, summary: 'Remove a photo', params: idParamsSchema, response: { 200: okSchema } },
      },
      async (request) => {
        await retro.deletePhoto(request.actor, request.params.id);
        return { ok: true as const };
      },
    );
  };
}

/** The public retrospective of a past event and its photos. */
export function retrospectiveRoutes(retro: RetrospectiveService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events/:slug/retrospective',
      {
        config: { access: 'public', publicCache: { maxAgeMs: CONTENT_MAX_AGE_MS } },
        schema: {
          tags,
          summary: 'The published retrospective',
          params: slugParamsSchema,
          response: { 200: publicRetrospectiveSchema },
        },
      },
      async (request) => retro.getPublished(request.params.slug, request.locale),
    );
    app.get(
      '/api/v1/retrospective-photos/:id',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'A photo of a published retrospective', params: idParamsSchema },
      },
      async (request, reply) => {
        const photo = await retro.readPhoto(request.actor, request.params.id);
        return reply
          .type(photo.contentType)
          .header('cache-control', 'no-cache')
          .header('x-content-type-options', 'nosniff')
          .send(photo.bytes);
      },
    );
  };
}
