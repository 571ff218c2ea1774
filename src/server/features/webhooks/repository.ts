import type { Kysely, Updateable } from 'kysely';
import type {
  Database,
  WebhookDeliveriesTable,
  WebhookDeliveryStatus,
  WebhookEndpointsTable,
} from '../../db/schema.js';

export type EndpointRow = WebhookEndpointsTable;

/** The only code that reads and writes the webhook tables. */
export function createWebhookRepository(db: Kysely<Database>) {
  return {
    listEndpoints(eventId?: string) {
      let query = db
        .selectFrom('webhookEndpoints')
        .leftJoin('events', 'events.id', 'webhookEndpoints.eventId')
        .selectAll('webhookEndpoints')
        .select('events.title as eventTitle')
        .orderBy('webhookEndpoints.createdAt', 'desc');
      if (eventId) {
        query = query.where('webhookEndpoints.eventId', '=', eventId);
      }
      return query.execute();
    },

    findEndpoint(id: string) {
      return db
        .selectFrom('webhookEndpoints')
        .leftJoin('events', 'events.id', 'webhookEndpoints.eventId')
        .selectAll('webhookEndpoints')
        .select('events.title as eventTitle')
        .where('webhookEndpoints.id', '=', id)
        .executeTakeFirst();
    },

    async countFailed(endpointIds: string[]): Promise<Map<string, number>> {
      if (endpointIds.length === 0) {
        return new Map();
      }
      const rows = await db
        .selectFrom('webhookDeliveries')
        .select(['endpointId', db.fn.countAll<string | number>().as('n')])
        .where('endpointId', 'in', endpointIds)
        .where('status', '=', 'failed')
        .groupBy('endpointId')
        .execute();
      return new Map(rows.map((r) => [r.endpointId, Number(r.n)]));
    },

    async insertEndpoint(row: EndpointRow): Promise<void> {
      await db.insertInto('webhookEndpoints').values(row).execute();
    },

    async updateEndpoint(id: string, values: Updateable<WebhookEndpointsTable>): Promise<boolean> {
      const result = await db
        .updateTable('webhookEndpoints')
        .set(values)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteEndpoint(id: string): Promise<boolean> {
      await db.deleteFrom('webhookDeliveries').where('endpointId', '=', id).execute();
      const result = await db.deleteFrom('webhookEndpoints').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    listDeliveries(endpointId: string, status: WebhookDeliveryStatus | undefined, limit: number) {
      let query = db
        .selectFrom('webhookDeliveries')
        .innerJoin('webhookMessages', 'webhookMessages.id', 'webhookDeliveries.messageId')
        .selectAll('webhookDeliveries')
        .select('webhookMessages.type')
        .where('webhookDeliveries.endpointId', '=', endpointId)
        .orderBy('webhookDeliveries.createdAt', 'desc')
        .orderBy('webhookDeliveries.id', 'desc')
        .limit(limit);
      if (status) {
        query = query.where('webhookDeliveries.status', '=', status);
      }
      return query.execute();
    },

    findDelivery(id: string) {
      return db.selectFrom('webhookDeliveries').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async updateDelivery(id: string, values: Updateable<WebhookDeliveriesTable>): Promise<void> {
      await db.updateTable('webhookDeliveries').set(values).where('id', '=', id).execute();
    },
  };
}
export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
