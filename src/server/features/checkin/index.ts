export { createCheckinService, type CheckinService } from './service.js';
export { checkinRoutes } from './routes.js';
