import { z } from 'zod';

/** What a webhook can report; an endpoint subscribes to some of them. */
export const WEBHOOK_EVENT_TYPES = [
  'registration.created',
  'registration.confirmed',
  'registration.waitlisted',
  'registration.promoted',
  'registration.cancelled',
  'checkin.created',
  'meeting.accepted',
  'islands.assignment_published',
  'survey.answered',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_LIMITS = { urlMax: 2000, descriptionMax: 200 } as const;

const endpointUrl = z
  .url({ protocol: /^https?$/ })
  .trim()
  .max(WEBHOOK_LIMITS.urlMax);

export const webhookEndpointCreateSchema = z
  .object({
    url: endpointUrl,
    description: z.string().trim().max(WEBHOOK_LIMITS.descriptionMax).default(''),
    /** Null or absent: every event of the installation. */
    eventId: z.uuid().nullable().default(null),
    eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
  })
  .strict();
export type WebhookEndpointCreate = z.input<typeof webhookEndpointCreateSchema>;

export const webhookEndpointUpdateSchema = z
  .object({
    url: endpointUrl.optional(),
    description: z.string().trim().max(WEBHOOK_LIMITS.descriptionMax).optional(),
    eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
    /** 'active' resumes a paused endpoint (its failed deliveries can then be sent again). */
    status: z.enum(['active', 'paused']).optional(),
  })
  .strict();
export type WebhookEndpointUpdate = z.input<typeof webhookEndpointUpdateSchema>;

export const webhookEndpointSchema = z.object({
  id: z.string(),
  eventId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  status: z.enum(['active', 'paused']),
  pausedAt: z.string().nullable(),
  /** Until then the secret before the last rotation signs too. */
  previousSecretExpiresAt: z.string().nullable(),
  createdAt: z.string(),
  failedDeliveries: z.number().int(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** The answer to creating an endpoint or rotating its secret: the only time the secret is shown. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({ secret: z.string() });
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

export const webhookEndpointListSchema = z.object({ endpoints: z.array(webhookEndpointSchema) });

export const webhookListQuerySchema = z.object({ eventId: z.uuid().optional() });

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const webhookDeliverySchema = z.object({
  id: z.string(),
  /** The webhook-id header: the same on every attempt, so receivers can drop duplicates. */
  messageId: z.string(),
  type: z.enum(WEBHOOK_EVENT_TYPES),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  /** The receiver's HTTP status of the last attempt; null when it did not answer (timeout, refused). */
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z.object({
  endpoint: webhookEndpointSchema,
  deliveries: z.array(webhookDeliverySchema),
});
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryListSchema>;

export const webhookDeliveryQuerySchema = z.object({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// ---- Payloads (documented under `webhooks` in the OpenAPI document) ----

/** Registration messages: ids, the new status and links an API token can follow; no names or addresses. */
export const registrationWebhookDataSchema = z.object({
  eventId: z.string(),
  registrationId: z.string(),
  status: z.enum(['pending', 'offered', 'confirmed', 'waitlisted', 'cancelled', 'expired']),
  links: z.object({ registration: z.url(), event: z.url() }),
});
export const checkinWebhookDataSchema = z.object({
  eventId: z.string(),
  registrationId: z.string(),
  checkedInAt: z.string(),
  links: z.object({ registration: z.url(), event: z.url() }),
});
export const meetingWebhookDataSchema = z.object({
  eventId: z.string(),
  meetingId: z.string(),
  links: z.object({ event: z.url() }),
});
export const islandsWebhookDataSchema = z.object({
  eventId: z.string(),
  links: z.object({ event: z.url(), assignment: z.url() }),
});
export const surveyWebhookDataSchema = z.object({
  eventId: z.string(),
  responseId: z.string(),
  links: z.object({ event: z.url(), results: z.url() }),
});

export const WEBHOOK_DATA_SCHEMAS = {
  'registration.created': registrationWebhookDataSchema,
  'registration.confirmed': registrationWebhookDataSchema,
  'registration.waitlisted': registrationWebhookDataSchema,
  'registration.promoted': registrationWebhookDataSchema,
  'registration.cancelled': registrationWebhookDataSchema,
  'checkin.created': checkinWebhookDataSchema,
  'meeting.accepted': meetingWebhookDataSchema,
  'islands.assignment_published': islandsWebhookDataSchema,
  'survey.answered': surveyWebhookDataSchema,
} as const satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookData<T extends WebhookEventType> = z.infer<(typeof WEBHOOK_DATA_SCHEMAS)[T]>;

/** The body of every webhook request (Standard Webhooks: type, timestamp, data). */
export function webhookPayloadSchema<T extends WebhookEventType>(type: T) {
  return z.object({
    type: z.literal(type),
    timestamp: z.string(),
    data: WEBHOOK_DATA_SCHEMAS[type],
  });
}
