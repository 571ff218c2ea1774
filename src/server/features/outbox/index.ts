export { createOutboxService, type OutboxService } from './service.js';
export { outboxRoutes } from './routes.js';
