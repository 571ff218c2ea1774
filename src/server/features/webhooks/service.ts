import type { Kysely } from 'kysely';
import {
  webhookDeliveryQuerySchema,
  webhookEndpointCreateSchema,
  webhookEndpointUpdateSchema,
  type WebhookDeliveryList,
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointUpdate,
  type WebhookEndpointWithSecret,
  type WebhookEventType,
} from '../../../contract/webhooks.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventService } from '../events/index.js';
import { actingPersonId, assertCanManageWebhooks } from './policy.js';
import { createWebhookRepository, type EndpointRow } from './repository.js';
import { newWebhookSecret } from './signing.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById'>;
  retryHours: number;
}

/** How long the secret before a rotation keeps signing beside the new one. */
export const ROTATION_OVERLAP_HOURS = 24;

/** Organizers' webhook endpoints: create, change, pause and resume, rotate the secret, read the log, send again. */
export function createWebhookService({ db, clock, events, retryHours }: Deps) {
  const repo = createWebhookRepository(db);

  function toEndpoint(row: EndpointRow & { eventTitle: string | null }, failed: number): WebhookEndpoint {
    return {
      id: row.id,
      eventId: row.eventId,
      eventTitle: row.eventTitle,
      url: row.url,
      description: row.description,
      eventTypes: JSON.parse(row.eventTypes) as WebhookEventType[],
      status: row.status,
      pausedAt: row.pausedAt,
      previousSecretExpiresAt:
        row.previousSecretExpiresAt && row.previousSecretExpiresAt > clock.now().toISOString()
          ? row.previousSecretExpiresAt
          : null,
      createdAt: row.createdAt,
      failedDeliveries: failed,
    };
  }

  async function load(id: string): Promise<WebhookEndpoint & { secret: string }> {
    const row = await repo.findEndpoint(id);
    if (!row) {
      throw new AppError('not_found');
    }
    const failed = await repo.countFailed([id]);
    return { ...toEndpoint(row, failed.get(id) ?? 0), secret: row.secret };
  }

  return {
    /** Every endpoint (or one event's), newest first. */
    async listEndpoints(actor: Actor, eventId?: string): Promise<WebhookEndpoint[]> {
      assertCanManageWebhooks(actor);
      const rows = await repo.listEndpoints(eventId);
      const failed = await repo.countFailed(rows.map((r) => r.id));
      return rows.map((r) => toEndpoint(r, failed.get(r.id) ?? 0));
    },

    /** Registers an endpoint; the answer carries its secret, shown this once. */
    async createEndpoint(actor: Actor, body: WebhookEndpointCreate): Promise<WebhookEndpointWithSecret> {
      assertCanManageWebhooks(actor);
      const input = webhookEndpointCreateSchema.parse(body);
      if (input.eventId) {
        if (!(await events.findEventRowById(input.eventId))) {
          throw fieldError('eventId', 'field.event_unknown');
        }
      }
      const now = clock.now().toISOString();
      const id = newId();
      await repo.insertEndpoint({
        id,
        eventId: input.eventId,
        url: input.url,
        description: input.description,
        eventTypes: JSON.stringify([...new Set(input.eventTypes)]),
        secret: newWebhookSecret(),
        previousSecret: null,
        previousSecretExpiresAt: null,
        status: 'active',
        pausedAt: null,
        createdBy: actingPersonId(actor),
        createdAt: now,
        updatedAt: now,
      });
      return load(id);
    },

    /** Changes address, description or events, or pauses and resumes the endpoint. */
    async updateEndpoint(actor: Actor, id: string, body: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
      assertCanManageWebhooks(actor);
      const input = webhookEndpointUpdateSchema.parse(body);
      const now = clock.now().toISOString();
      const changed = await repo.updateEndpoint(id, {
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.eventTypes ? { eventTypes: JSON.stringify([...new Set(input.eventTypes)]) } : {}),
        ...(input.status === 'active' ? { status: 'active', pausedAt: null } : {}),
        ...(input.status === 'paused' ? { status: 'paused', pausedAt: now } : {}),
        updatedAt: now,
      });
      if (!changed) {
        throw new AppError('not_found');
      }
      const { secret: _secret, ...endpoint } = await load(id);
      return endpoint;
    },

    /** Deletes the endpoint and its delivery log. */
    async deleteEndpoint(actor: Actor, id: string): Promise<void> {
      assertCanManageWebhooks(actor);
      if (!(await repo.deleteEndpoint(id))) {
        throw new AppError('not_found');
      }
    },

    /**
     * A new secret; the one before keeps signing beside it for ROTATION_OVERLAP_HOURS, so receivers
     * can switch without losing a delivery. The answer carries the new secret, shown this once.
     */
    async rotateSecret(actor: Actor, id: string): Promise<WebhookEndpointWithSecret> {
      assertCanManageWebhooks(actor);
      const row = await repo.findEndpoint(id);
      if (!row) {
        throw new AppError('not_found');
      }
      const now = clock.now();
      await repo.updateEndpoint(id, {
        secret: newWebhookSecret(),
        previousSecret: row.secret,
        previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_HOURS * 3_600_000).toISOString(),
        updatedAt: now.toISOString(),
      });
      return load(id);
    },

    /** The delivery log of an endpoint, newest first. */
    async listDeliveries(actor: Actor, id: string, query: unknown): Promise<WebhookDeliveryList> {
      assertCanManageWebhooks(actor);
      const { status, limit } = webhookDeliveryQuerySchema.parse(query);
      const { secret: _secret, ...endpoint } = await load(id);
      const rows = await repo.listDeliveries(id, status, limit);
      return {
        endpoint,
        deliveries: rows.map((r) => ({
          id: r.id,
          messageId: r.messageId,
          type: r.type as WebhookEventType,
          status: r.status,
          attempts: r.attempts,
          responseStatus: r.responseStatus,
          lastError: r.lastError,
          createdAt: r.createdAt,
          lastAttemptAt: r.lastAttemptAt,
          nextAttemptAt: r.status === 'pending' ? r.availableAt : null,
          deliveredAt: r.deliveredAt,
        })),
      };
    },

    /**
     * Sends a delivery again (with the same webhook-id, so a receiver that has it already can tell),
     * retried for another `retryHours` if it fails. The endpoint must be active.
     */
    async resendDelivery(actor: Actor, deliveryId: string): Promise<{ id: string; endpointId: string }> {
      assertCanManageWebhooks(actor);
      const delivery = await repo.findDelivery(deliveryId);
      if (!delivery) {
        throw new AppError('not_found');
      }
      const endpoint = await repo.findEndpoint(delivery.endpointId);
      if (endpoint?.status !== 'active') {
        throw new AppError('invalid_state');
      }
      const now = clock.now();
      await repo.updateDelivery(deliveryId, {
        status: 'pending',
        availableAt: now.toISOString(),
        giveUpAt: new Date(now.getTime() + retryHours * 3_600_000).toISOString(),
        deliveredAt: null,
      });
      return { id: deliveryId, endpointId: delivery.endpointId };
    },
  };
}
export type WebhookService = ReturnType<typeof createWebhookService>;
