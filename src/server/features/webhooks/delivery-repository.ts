import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';

/** The dispatcher's queries: fan-out of new messages, claiming due deliveries, recording answers. */
export function createDeliveryRepository(db: Kysely<Database>) {
  return {
    listUndispatched(limit: number) {
      return db
        .selectFrom('webhookMessages')
        .select(['id', 'type', 'eventId', 'createdAt'])
        .where('dispatchedAt', 'is', null)
        .orderBy('createdAt')
        .limit(limit)
        .execute();
    },

    /**
     * Fans one message out to the active endpoints subscribed to it when it was written, in one
     * transaction; the conditional update makes sure only one worker does it. A message nobody
     * subscribed to is deleted. Returns the number of deliveries created.
     */
    async fanOut(
      message: { id: string; type: string; eventId: string | null; createdAt: string },
      now: string,
      giveUpAt: string,
    ): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('webhookMessages')
          .set({ dispatchedAt: now })
          .where('id', '=', message.id)
          .where('dispatchedAt', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) {
          return 0;
        }
        const endpoints = await trx
          .selectFrom('webhookEndpoints')
          .select(['id', 'eventTypes'])
          .where('status', '=', 'active')
          .where('createdAt', '<=', message.createdAt)
          .where((eb) =>
            message.eventId === null
              ? eb('eventId', 'is', null)
              : eb.or([eb('eventId', 'is', null), eb('eventId', '=', message.eventId)]),
          )
          .execute();
        const subscribed = endpoints.filter((e) =>
          (JSON.parse(e.eventTypes) as string[]).includes(message.type),
        );
        if (subscribed.length === 0) {
          await trx.deleteFrom('webhookMessages').where('id', '=', message.id).execute();
          return 0;
        }
        await trx
          .insertInto('webhookDeliveries')
          .values(
            subscribed.map((e) => ({
              id: newId(),
              messageId: message.id,
              endpointId: e.id,
              status: 'pending' as const,
              attempts: 0,
              availableAt: now,
              giveUpAt,
              lastAttemptAt: null,
              responseStatus: null,
              lastError: null,
              createdAt: now,
              deliveredAt: null,
            })),
          )
          .execute();
        return subscribed.length;
      });
    },

    listDue(now: string, limit: number) {
      return db
        .selectFrom('webhookDeliveries')
        .innerJoin('webhookEndpoints', 'webhookEndpoints.id', 'webhookDeliveries.endpointId')
        .innerJoin('webhookMessages', 'webhookMessages.id', 'webhookDeliveries.messageId')
        .select([
          'webhookDeliveries.id',
          'webhookDeliveries.attempts',
          'webhookDeliveries.giveUpAt',
          'webhookDeliveries.endpointId',
          'webhookDeliveries.messageId',
          'webhookMessages.payload',
          'webhookEndpoints.url',
          'webhookEndpoints.secret',
          'webhookEndpoints.previousSecret',
          'webhookEndpoints.previousSecretExpiresAt',
        ])
        .where('webhookDeliveries.status', '=', 'pending')
        .where('webhookDeliveries.availableAt', '<=', now)
        .where('webhookEndpoints.status', '=', 'active')
        .orderBy('webhookDeliveries.availableAt')
        .limit(limit)
        .execute();
    },

    /** Claims a due delivery for one attempt (a second worker's claim of the same attempt fails). */
    async claim(id: string, attempts: number, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('webhookDeliveries')
        .set({ attempts: attempts + 1, availableAt: leaseUntil })
        .where('id', '=', id)
        .where('attempts', '=', attempts)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordSuccess(id: string, at: string, responseStatus: number): Promise<void> {
      await db
        .updateTable('webhookDeliveries')
        .set({ status: 'succeeded', deliveredAt: at, lastAttemptAt: at, responseStatus, lastError: null })
        .where('id', '=', id)
        .execute();
    },

    async recordFailure(
      id: string,
      values: { at: string; responseStatus: number | null; error: string; retryAt: string | null },
    ): Promise<void> {
      await db
        .updateTable('webhookDeliveries')
        .set({
          status: values.retryAt ? 'pending' : 'failed',
          availableAt: values.retryAt ?? values.at,
          lastAttemptAt: values.at,
          responseStatus: values.responseStatus,
          lastError: values.error,
        })
        .where('id', '=', id)
        .execute();
    },

    /** The endpoint's creator if still an organizer, else every organizer: who is told of a pause. */
    async organizersToTell(createdBy: string | null) {
      const all = await db
        .selectFrom('people')
        .select(['id', 'email', 'firstName', 'lastName', 'locale'])
        .where('role', '=', 'organizer')
        .execute();
      const creator = all.find((p) => p.id === createdBy);
      return creator ? [creator] : all;
    },

    /** Pauses an active endpoint; false when it was paused already (another instance did it). */
    async pauseEndpointIfActive(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('webhookEndpoints')
        .set({ status: 'paused', pausedAt: at, updatedAt: at })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    findEndpoint(id: string) {
      return db.selectFrom('webhookEndpoints').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Finished deliveries before `before`, and messages left without any delivery. */
    async purge(before: string): Promise<number> {
      const result = await db
        .deleteFrom('webhookDeliveries')
        .where('status', 'in', ['succeeded', 'failed'])
        .where('createdAt', '<', before)
        .executeTakeFirst();
      await db
        .deleteFrom('webhookMessages')
        .where('dispatchedAt', 'is not', null)
        .where('createdAt', '<', before)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('webhookDeliveries')
                .select('webhookDeliveries.id')
                .whereRef('webhookDeliveries.messageId', '=', 'webhookMessages.id'),
            ),
          ),
        )
        .execute();
      return Number(result.numDeletedRows);
    },
  };
}
