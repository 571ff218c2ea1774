export { createDashboardService, computeDashboard, type DashboardService } from './service.js';
export { dashboardRoutes } from './routes.js';
