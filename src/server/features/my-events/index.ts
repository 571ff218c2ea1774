export { createMyEventsService, type MyEventsService } from './service.js';
export { myEventsRoutes } from './routes.js';
