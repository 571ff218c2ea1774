export { createProgrammeAdminService, type ProgrammeAdminService } from './admin-service.js';
export { createAgendaService, type AgendaService } from './agenda-service.js';
export { programmeAdminRoutes } from './routes.js';
export { agendaRoutes } from './agenda-routes.js';
export { agendaPersonData } from './privacy.js';
export { findProgrammeConflicts, type ConflictSession } from './conflicts.js';
export { createSessionReader, type SessionReader, type SessionSummary } from './session-reader.js';
export type { AgendaAssignment, AgendaAssignmentSource } from './agenda-sources.js';
export { copyProgramme } from './edition-copy.js';
