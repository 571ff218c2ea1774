export { createPollsFeature, type PollsFeature } from './feature.js';
export { createPollService, type PollService } from './service.js';
export { exportPollPersonData, erasePollPersonData } from './privacy.js';
export { normalizeWord } from './words.js';
