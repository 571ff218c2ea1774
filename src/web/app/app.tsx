import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { EventsPage } from '../features/events/events-page.js';
import { EventPage } from '../features/events/event-page.js';
import { AdminEventsPage } from '../features/events/admin-events-page.js';
import { EventHubPage } from '../features/events/event-hub-page.js';
import { EventCreatePage, EventEditPage } from '../features/events/event-edit-page.js';
import { SignInPage } from '../features/accounts/signin-page.js';
import { MagicLinkPage } from '../features/accounts/magic-link-page.js';
import { InvitePage } from '../features/accounts/invite-page.js';
import { AdminLayout } from '../features/admin/admin-layout.js';
import { OrganizersPage } from '../features/admin/organizers-page.js';
import { TokensPage } from '../features/admin/tokens-page.js';
import { SitePagesEditor } from '../features/admin/site-pages-editor.js';
import { PeoplePage } from '../features/privacy/people-page.js';
import { MyDataPage } from '../features/privacy/my-data-page.js';
import { SitePage } from '../features/site-pages/site-page.js';
import { ConfirmPage } from '../features/registration/confirm-page.js';
import { MyRegistrationPage } from '../features/registration/my-registration-page.js';
import { ReconfirmPage } from '../features/registration/reconfirm-page.js';
import { RegistrationsPage } from '../features/registration-admin/registrations-page.js';
import { RegistrationDetailPage } from '../features/registration-admin/registration-detail-page.js';
import { RegistrationSettingsPage } from '../features/registration-admin/registration-settings-page.js';
import { CheckinPage } from '../features/checkin/checkin-page.js';
import { ProgrammeAdminPage } from '../features/program/programme-admin-page.js';
import { MyMeetingsPage } from '../features/meetings/my-meetings-page.js';
import { RequestMeetingPage } from '../features/meetings/request-page.js';
import { MeetingsAdminPage } from '../features/meetings/meetings-admin-page.js';
import { TablePlanPage } from '../features/meetings/table-plan-page.js';
import { ParticipantPage } from '../features/live/participant-page.js';
import { ModeratorPage } from '../features/live/moderator-page.js';
import { SpeakerPage } from '../features/live/speaker-page.js';
import { ScreenPage } from '../features/live/screen-page.js';
import { JoinPage } from '../features/live/join-page.js';
import { IslandsAdminPage } from '../features/islands/islands-admin-page.js';
import { DashboardPage } from '../features/dashboard/dashboard-page.js';
import { NetworkPage } from '../features/dashboard/network-page.js';
import { EventIslandsPage, MyIslandsByLinkPage } from '../features/islands/my-islands-page.js';
import { HostListAdminPage, HostListByLinkPage } from '../features/islands/host-list-page.js';
import { HallPlanPage } from '../features/islands/hall-plan-page.js';
import { NetworkingPage } from '../features/networking/networking-page.js';
import { ProfilePage } from '../features/networking/profile-page.js';
import { CompetencesPage } from '../features/networking/competences-page.js';
import { RetrospectivePage } from '../features/retrospective/retrospective-page.js';
import { RetrospectiveEditorPage } from '../features/retrospective/editor-page.js';
import { SurveyPage } from '../features/survey/survey-page.js';
import { SurveyResultsPage } from '../features/survey/results-page.js';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// Each feature adds its pages here; keep the list flat and readable.
const router = createBrowserRouter([
  // The hall screen fills the projector: no site header or footer around it.
  { path: '/sessions/:id/screen', element: <ScreenPage /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <EventsPage /> },
      { path: '/events', element: <EventsPage /> },
      { path: '/events/:slug', element: <EventPage /> },
      { path: '/events/:slug/meetings', element: <MyMeetingsPage /> },
      { path: '/events/:slug/meetings/request/:personId', element: <RequestMeetingPage /> },
      { path: '/live', element: <JoinPage /> },
      { path: '/join/:code', element: <JoinPage /> },
      { path: '/sessions/:id/live', element: <ParticipantPage /> },
      { path: '/sessions/:id/moderate', element: <ModeratorPage /> },
      { path: '/sessions/:id/speaker', element: <SpeakerPage /> },
      { path: '/events/:slug/networking', element: <NetworkingPage /> },
      { path: '/events/:slug/retrospective', element: <RetrospectivePage /> },
      { path: '/survey/:token', element: <SurveyPage /> },
      { path: '/events/:slug/networking/profile', element: <ProfilePage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/auth/magic', element: <MagicLinkPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      { path: '/me', element: <MyDataPage /> },
      { path: '/registration/confirm', element: <ConfirmPage /> },
      { path: '/registrations/confirm', element: <ConfirmPage /> },
      { path: '/my-registration/:token', element: <MyRegistrationPage /> },
      { path: '/my-registration/:token/islands', element: <MyIslandsByLinkPage /> },
      { path: '/events/:slug/islands', element: <EventIslandsPage /> },
      { path: '/events/:slug/island-plan', element: <HallPlanPage /> },
      { path: '/islands/host/:token', element: <HostListByLinkPage /> },
      { path: '/my-registration/:token/reconfirm', element: <ReconfirmPage /> },
      { path: '/imprint', element: <SitePage key="imprint" pageKey="imprint" /> },
      { path: '/privacy', element: <SitePage key="privacy" pageKey="privacy" /> },
      { path: '/accessibility', element: <SitePage key="accessibility" pageKey="accessibility" /> },
      {
        path: '/admin',
        element: <AdminLayout />,
        children: [
          { index: true, element: <Navigate to="/admin/events" replace /> },
          { path: 'events', element: <AdminEventsPage /> },
          { path: 'events/new', element: <EventCreatePage /> },
          { path: 'events/:id', element: <EventHubPage /> },
          { path: 'events/:id/edit', element: <EventEditPage /> },
          { path: 'events/:id/registrations', element: <RegistrationsPage /> },
          { path: 'events/:id/registration-settings', element: <RegistrationSettingsPage /> },
          { path: 'events/:id/checkin', element: <CheckinPage /> },
          { path: 'events/:id/programme', element: <ProgrammeAdminPage /> },
          { path: 'events/:id/meetings', element: <MeetingsAdminPage /> },
          { path: 'events/:id/meetings/plan', element: <TablePlanPage /> },
          { path: 'events/:id/islands', element: <IslandsAdminPage /> },
          { path: 'events/:id/dashboard', element: <DashboardPage /> },
          { path: 'network', element: <NetworkPage /> },
          { path: 'events/:id/islands/:islandId/list', element: <HostListAdminPage /> },
          { path: 'events/:id/competences', element: <CompetencesPage /> },
          { path: 'events/:id/retrospective', element: <RetrospectiveEditorPage /> },
          { path: 'events/:id/survey', element: <SurveyResultsPage /> },
          { path: 'registrations/:id', element: <RegistrationDetailPage /> },
          { path: 'organizers', element: <OrganizersPage /> },
          { path: 'tokens', element: <TokensPage /> },
          { path: 'pages', element: <SitePagesEditor /> },
          { path: 'people', element: <PeoplePage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
