import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, webhookPayloadSchema } from '../../../contract/webhooks.js';

const SIGNED_HEADERS = [
  { name: 'webhook-id', description: 'The message id; the same on every attempt (drop duplicates by it).' },
  { name: 'webhook-timestamp', description: 'Seconds since 1970 when this attempt was sent.' },
  {
    name: 'webhook-signature',
    description:
      'Space-separated "v1,<base64 HMAC-SHA256>" over "id.timestamp.body" with the base64 key after "whsec_"; two while a rotated secret is still valid.',
  },
].map((h) => ({ in: 'header', required: true, schema: { type: 'string' }, ...h }));

/**
 * The `webhooks` section of the OpenAPI 3.1 document: one entry per event type with its payload
 * (ids and links only) and the Standard Webhooks headers.
 */
export function webhooksOpenApi(): Record<string, unknown> {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          summary: `${type} (Standard Webhooks, signed)`,
          parameters: SIGNED_HEADERS,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: z.toJSONSchema(webhookPayloadSchema(type), { target: 'draft-2020-12' }),
              },
            },
          },
          responses: {
            '2XX': { description: 'Received; any other answer or none within the timeout is retried' },
          },
        },
      },
    ]),
  );
}
