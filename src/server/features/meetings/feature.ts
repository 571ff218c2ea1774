import { createMeetingAgendaSource } from './agenda-source.js';
import { meetingAdminRoutes } from './admin-routes.js';
import { createMeetingsContext } from './context.js';
import { createMeetingNoticeService } from './notices-service.js';
import { createMeetingPickService } from './pick-service.js';
import type { MeetingsDeps } from './ports.js';
import { createMeetingReportService } from './report-service.js';
import { createMeetingRequestService } from './request-service.js';
import { meetingRoutes } from './routes.js';
import { createMeetingRunService } from './run-service.js';
import { createMeetingSetupService } from './setup-service.js';

/** Every meetings service over one set of dependencies, with the routes and the agenda source. */
export function createMeetingsFeature(deps: MeetingsDeps) {
  const ctx = createMeetingsContext(deps);
  const requests = createMeetingRequestService(deps, ctx);
  const picks = createMeetingPickService(deps, ctx);
  const notices = createMeetingNoticeService(deps);
  const setup = createMeetingSetupService(deps, ctx);
  const runs = createMeetingRunService(deps, ctx);
  const reports = createMeetingReportService(deps, ctx);
  return {
    requests,
    picks,
    notices,
    setup,
    runs,
    reports,
    agendaSource: createMeetingAgendaSource(deps),
    routes: meetingRoutes({ requests, picks, notices }),
    adminRoutes: meetingAdminRoutes({ setup, runs, reports }),
  };
}
export type MeetingsFeature = ReturnType<typeof createMeetingsFeature>;
