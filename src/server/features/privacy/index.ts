export {
  createPrivacyService,
  type ConsentRecorder,
  type PersonDataEraser,
  type PersonDataExporter,
  type PrivacyService,
} from './service.js';
export { privacyRoutes } from './routes.js';
export { createRetentionJob, type RetentionCounts, type RetentionJob } from './retention.js';
