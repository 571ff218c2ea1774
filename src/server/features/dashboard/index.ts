export { createDashboardService, computeDashboard, type DashboardService } from './service.js';
export { dashboardRoutes } from './routes.js';
export { bookedOutSince, countHeldMeetings, heldMeetingsQuery, listHeldMeetings } from './event-figures.js';
