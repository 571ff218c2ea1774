export { createEventService, slugify, type EventService } from './service.js';
export { eventRoutes } from './routes.js';
export { isRegistrationOpen, toEventDetail } from './mapping.js';
export type { EventRow } from './repository.js';
export { parseEventDateTime, toLocalDateTime } from './time.js';
export type { EditionCopy, EditionCopyStep } from './edition.js';
export { nextEditionShiftDays, shiftDays } from './time.js';
