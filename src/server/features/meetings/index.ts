export { createMeetingsFeature, type MeetingsFeature } from './feature.js';
export {
  programmePort,
  type DirectoryPort,
  type IslandSeatPort,
  type MeetingsDeps,
  type ProgrammePort,
} from './ports.js';
export { inlineSchedulerRunner, workerSchedulerRunner, type SchedulerRunner } from './run-scheduler.js';
export { exportMeetings, eraseMeetings } from './privacy.js';
export { copyMeetingSetup } from './edition-copy.js';
