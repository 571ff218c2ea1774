export { createRetrospectiveService, type RetrospectiveService } from './service.js';
export { retrospectiveAdminRoutes, retrospectiveRoutes } from './routes.js';
export {
  attendeeBasis,
  computeFigures,
  crossSectorFigure,
  meetingsFigure,
  participantsFigure,
  pollsFigure,
  sectorsFigure,
  surveyFigure,
  topQuestionsFigure,
} from './figures.js';
export { parseSectors, sectorLabel } from './figure-shape.js';
export { assertCanEditRetrospective } from './policy.js';
export { retrospectiveHeadTags } from './head.js';
