export { createSurveyService, type SurveyService } from './service.js';
export { createSurveyJobs, type SurveyJobs, SURVEY_SEND_WINDOW_DAYS } from './jobs.js';
export { surveyRoutes } from './routes.js';
export { copySurveySettings } from './edition-copy.js';
