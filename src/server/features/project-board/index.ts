/**
 * What other features may use of the project board: its service (the dashboard and the retrospective
 * count ideas through it), its routes, and its part of a person's export and erasure.
 */
export { createProjectBoardService, type ProjectBoardDeps, type ProjectBoardService } from './service.js';
export { projectBoardRoutes } from './routes.js';
export { projectBoardAdminRoutes } from './admin-routes.js';
export { projectBoardPersonData } from './privacy.js';
