export { createSitePageService, type SitePageService } from './service.js';
export { sitePageRoutes } from './routes.js';
