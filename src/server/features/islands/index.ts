import { createIslandAdminService, type IslandDeps } from './admin-service.js';
import { createIslandAgendaSource } from './agenda-source.js';
import { createIslandAssignmentService } from './seating-service.js';
import { createIslandHostService } from './host-service.js';
import { createIslandParticipantService } from './participant-service.js';
import { listSeatTimesForPeople } from './seat-times.js';

export type { IslandDeps } from './admin-service.js';
export { islandAdminRoutes } from './admin-routes.js';
export { islandRoutes } from './routes.js';
export { exportIslandData, eraseIslandData } from './privacy.js';
export { listSeatTimesForPeople, type SeatTime } from './seat-times.js';
export { createIslandAdminService, createIslandAssignmentService, createIslandParticipantService };

/** Every island service, wired once from the same dependencies. */
export function createIslandServices(deps: IslandDeps) {
  return {
    admin: createIslandAdminService(deps),
    assignment: createIslandAssignmentService(deps),
    participants: createIslandParticipantService(deps),
    hosts: createIslandHostService(deps),
    agendaSource: createIslandAgendaSource(deps),
    /** person id -> the rounds of their published seats (1:1 meetings treat them as taken). */
    listSeatTimesForPeople: (eventId: string) => listSeatTimesForPeople(deps, eventId),
  };
}
export type IslandServices = ReturnType<typeof createIslandServices>;
export { copyIslands } from './edition-copy.js';
