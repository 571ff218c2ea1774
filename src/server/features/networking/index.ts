/**
 * What other features may use of networking. Meetings builds on it: a profile card (public to the
 * event's participants, never contact details), whether someone is in the directory, and blocks.
 */
export { createNetworkingService, type NetworkingService, type NetworkingDeps } from './service.js';
export { networkingRoutes } from './routes.js';
export { networkingAdminRoutes } from './admin-routes.js';
export { networkingPersonData } from './privacy.js';
export { organizationKey } from './mapping.js';
export type { ProfileCard } from '../../../contract/networking.js';
export {
  createRecommendationIndex,
  type PairScorer,
  type ProfileForMatching,
  type Recommendation,
  type RecommendationIndex,
  type RecommendationReason,
} from './recommender.js';
export { copyCompetences } from './edition-copy.js';
export {
  createNeedMatcher,
  type NeedCandidate,
  type NeedFit,
  type NeedForMatching,
  type NeedMatcher,
} from './need-matching.js';
