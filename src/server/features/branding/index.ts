export { createBrandingService, type BrandingService } from './service.js';
export { brandingRoutes } from './routes.js';
export { type BrandState } from './brand-state.js';
export { createMailBrand } from './mail-brand.js';
export { exportBrandingData, eraseBrandingData } from './person-data.js';
