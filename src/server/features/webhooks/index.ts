export { createWebhookDispatcher, type WebhookDispatcher } from './dispatcher.js';
export { webhooksOpenApi } from './openapi.js';
export { createWebhookOutbox, type WebhookOutbox } from './outbox.js';
export { webhookRoutes } from './routes.js';
export { createWebhookService, type WebhookService } from './service.js';
