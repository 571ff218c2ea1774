import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AnnouncerProvider } from '../components/announcer.js';
import { loadNamespaces } from '../i18n/setup.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { PageLoading, RouteError } from './route-states.js';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/**
 * A route's `lazy`: loads the page's module (its own chunk) on the first visit and shows its export
 * `name`. `namespaces` are the texts the page needs beyond `common` (each a chunk per language, see
 * i18n/setup.ts), fetched together with the code; one left out is fetched when the page first renders
 * (it suspends meanwhile), one round trip later.
 */
function page<M>(load: () => Promise<M>, name: keyof M, namespaces: string[] = []) {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: module[name] as ComponentType };
  };
}

// The namespaces of the pages a visitor reaches first (the event page also shows programme, islands,
// networking and retrospective sections).
const EVENT_PAGE_TEXTS = [
  'events',
  'registration',
  'program',
  'islands',
  'networking',
  'retrospective',
  'my-events',
];

// Each feature adds its pages here; keep the list flat and readable. Every page is a `lazy` route: its
// code is a separate chunk, fetched on the first visit, so a participant on a phone does not download
// the organizer area, the charts or the QR scanner. The shell (layout, header, language switch, i18n)
// stays in the entry chunk. Import pages only with import() here, or they land in the entry chunk again
// (`npx tsx bench/web-bundle.ts` checks).
const router = createBrowserRouter([
  // The hall screen fills the projector: no site header or footer around it.
  {
    path: '/sessions/:id/screen',
    lazy: page(() => import('../features/live/screen-page.js'), 'ScreenPage', ['live-qa']),
    HydrateFallback: PageLoading,
    errorElement: <RouteError />,
  },
  // The island plan for the hall screen: all rounds on one screen, no site header either.
  {
    path: '/events/:slug/island-plan',
    lazy: page(() => import('../features/islands/hall-plan-page.js'), 'HallPlanPage', ['islands']),
    HydrateFallback: PageLoading,
    errorElement: <RouteError />,
  },
  {
    element: <Layout />,
    children: [
      {
        // Inside the layout: the first load of a page and a page that fails keep header and footer.
        HydrateFallback: PageLoading,
        errorElement: <RouteError />,
        children: [
          {
            path: '/',
            lazy: page(() => import('../features/events/events-page.js'), 'EventsPage', ['events']),
          },
          {
            path: '/events',
            lazy: page(() => import('../features/events/events-page.js'), 'EventsPage', ['events']),
          },
          {
            path: '/events/:slug',
            lazy: page(() => import('../features/events/event-page.js'), 'EventPage', EVENT_PAGE_TEXTS),
          },
          {
            path: '/events/:slug/meetings',
            lazy: page(() => import('../features/meetings/my-meetings-page.js'), 'MyMeetingsPage'),
          },
          {
            path: '/events/:slug/meetings/request/:personId',
            lazy: page(() => import('../features/meetings/request-page.js'), 'RequestMeetingPage'),
          },
          { path: '/live', lazy: page(() => import('../features/live/join-page.js'), 'JoinPage') },
          { path: '/join/:code', lazy: page(() => import('../features/live/join-page.js'), 'JoinPage') },
          {
            path: '/sessions/:id/live',
            lazy: page(() => import('../features/live/participant-page.js'), 'ParticipantPage', ['live-qa']),
          },
          {
            path: '/sessions/:id/moderate',
            lazy: page(() => import('../features/live/moderator-page.js'), 'ModeratorPage'),
          },
          {
            path: '/sessions/:id/speaker',
            lazy: page(() => import('../features/live/speaker-page.js'), 'SpeakerPage'),
          },
          {
            path: '/events/:slug/networking',
            lazy: page(() => import('../features/networking/networking-page.js'), 'NetworkingPage'),
          },
          {
            path: '/events/:slug/retrospective',
            lazy: page(() => import('../features/retrospective/retrospective-page.js'), 'RetrospectivePage'),
          },
          {
            path: '/survey/:token',
            lazy: page(() => import('../features/survey/survey-page.js'), 'SurveyPage'),
          },
          {
            path: '/events/:slug/ideas',
            lazy: page(() => import('../features/project-board/board-page.js'), 'BoardPage', [
              'project-board',
              'networking',
            ]),
          },
          {
            path: '/events/:slug/ideas/new',
            lazy: page(() => import('../features/project-board/idea-form-page.js'), 'IdeaFormPage', [
              'project-board',
            ]),
          },
          {
            path: '/events/:slug/ideas/:id',
            lazy: page(() => import('../features/project-board/idea-page.js'), 'IdeaPage', [
              'project-board',
              'networking',
            ]),
          },
          {
            path: '/events/:slug/networking/profile',
            lazy: page(() => import('../features/networking/profile-page.js'), 'ProfilePage'),
          },
          { path: '/signin', lazy: page(() => import('../features/accounts/signin-page.js'), 'SignInPage') },
          {
            path: '/auth/magic',
            lazy: page(() => import('../features/accounts/magic-link-page.js'), 'MagicLinkPage'),
          },
          {
            path: '/invite/:token',
            lazy: page(() => import('../features/accounts/invite-page.js'), 'InvitePage'),
          },
          { path: '/me', lazy: page(() => import('../features/privacy/my-data-page.js'), 'MyDataPage') },
          {
            path: '/me/events',
            lazy: page(() => import('../features/my-events/my-events-page.js'), 'MyEventsPage'),
          },
          {
            path: '/registration/confirm',
            lazy: page(() => import('../features/registration/confirm-page.js'), 'ConfirmPage'),
          },
          {
            path: '/registrations/confirm',
            lazy: page(() => import('../features/registration/confirm-page.js'), 'ConfirmPage'),
          },
          {
            path: '/my-registration/:token',
            lazy: page(
              () => import('../features/registration/my-registration-page.js'),
              'MyRegistrationPage',
            ),
          },
          {
            path: '/my-registration/:token/islands',
            lazy: page(() => import('../features/islands/my-islands-page.js'), 'MyIslandsByLinkPage'),
          },
          {
            path: '/events/:slug/islands',
            lazy: page(() => import('../features/islands/my-islands-page.js'), 'EventIslandsPage'),
          },
          {
            path: '/islands/host/:token',
            lazy: page(() => import('../features/islands/host-list-page.js'), 'HostListByLinkPage'),
          },
          {
            path: '/my-registration/:token/reconfirm',
            lazy: page(() => import('../features/registration/reconfirm-page.js'), 'ReconfirmPage'),
          },
          {
            path: '/imprint',
            lazy: () =>
              import('../features/site-pages/site-page.js').then((m) => ({
                element: <m.SitePage key="imprint" pageKey="imprint" />,
              })),
          },
          {
            path: '/privacy',
            lazy: () =>
              import('../features/site-pages/site-page.js').then((m) => ({
                element: <m.SitePage key="privacy" pageKey="privacy" />,
              })),
          },
          {
            path: '/accessibility',
            lazy: () =>
              import('../features/site-pages/site-page.js').then((m) => ({
                element: <m.SitePage key="accessibility" pageKey="accessibility" />,
              })),
          },
          {
            path: '/admin',
            lazy: page(() => import('../features/admin/admin-layout.js'), 'AdminLayout'),
            children: [
              { index: true, element: <Navigate to="/admin/events" replace /> },
              {
                path: 'events',
                // Its rows use another namespace: fetched with the page, or they suspend the shown page.
                lazy: page(() => import('../features/events/admin-events-page.js'), 'AdminEventsPage', [
                  'admin',
                  'dashboard',
                  'registration-admin',
                ]),
              },
              {
                path: 'events/new',
                lazy: page(() => import('../features/events/event-edit-page.js'), 'EventCreatePage'),
              },
              {
                path: 'events/:id',
                lazy: page(() => import('../features/events/event-hub-page.js'), 'EventHubPage'),
              },
              {
                path: 'events/:id/edit',
                lazy: page(() => import('../features/events/event-edit-page.js'), 'EventEditPage'),
              },
              {
                path: 'events/:id/registrations',
                lazy: page(
                  () => import('../features/registration-admin/registrations-page.js'),
                  'RegistrationsPage',
                ),
              },
              {
                path: 'events/:id/registration-settings',
                lazy: page(
                  () => import('../features/registration-admin/registration-settings-page.js'),
                  'RegistrationSettingsPage',
                ),
              },
              {
                path: 'events/:id/checkin',
                lazy: page(() => import('../features/checkin/checkin-page.js'), 'CheckinPage'),
              },
              {
                path: 'events/:id/programme',
                lazy: page(() => import('../features/program/programme-admin-page.js'), 'ProgrammeAdminPage'),
              },
              {
                path: 'events/:id/meetings',
                lazy: page(() => import('../features/meetings/meetings-admin-page.js'), 'MeetingsAdminPage'),
              },
              {
                path: 'events/:id/meetings/plan',
                lazy: page(() => import('../features/meetings/table-plan-page.js'), 'TablePlanPage'),
              },
              {
                path: 'events/:id/islands',
                lazy: page(() => import('../features/islands/islands-admin-page.js'), 'IslandsAdminPage'),
              },
              {
                path: 'events/:id/dashboard',
                lazy: page(() => import('../features/dashboard/dashboard-page.js'), 'DashboardPage'),
              },
              {
                path: 'network',
                lazy: page(() => import('../features/dashboard/network-page.js'), 'NetworkPage'),
              },
              {
                path: 'events/:id/islands/:islandId/list',
                lazy: page(() => import('../features/islands/host-list-page.js'), 'HostListAdminPage'),
              },
              {
                path: 'events/:id/competences',
                lazy: page(() => import('../features/networking/competences-page.js'), 'CompetencesPage'),
              },
              {
                path: 'events/:id/retrospective',
                lazy: page(
                  () => import('../features/retrospective/editor-page.js'),
                  'RetrospectiveEditorPage',
                ),
              },
              {
                path: 'events/:id/survey',
                lazy: page(() => import('../features/survey/results-page.js'), 'SurveyResultsPage'),
              },
              {
                path: 'registrations/:id',
                lazy: page(
                  () => import('../features/registration-admin/registration-detail-page.js'),
                  'RegistrationDetailPage',
                ),
              },
              { path: 'mails', lazy: page(() => import('../features/outbox/outbox-page.js'), 'OutboxPage') },
              {
                path: 'organizers',
                lazy: page(() => import('../features/admin/organizers-page.js'), 'OrganizersPage'),
              },
              { path: 'tokens', lazy: page(() => import('../features/admin/tokens-page.js'), 'TokensPage') },
              {
                path: 'webhooks',
                lazy: page(() => import('../features/webhooks/webhooks-page.js'), 'WebhooksPage', [
                  'webhooks',
                ]),
              },
              {
                path: 'webhooks/:id',
                lazy: page(() => import('../features/webhooks/webhook-page.js'), 'WebhookPage', ['webhooks']),
              },
              {
                path: 'pages',
                lazy: page(() => import('../features/admin/site-pages-editor.js'), 'SitePagesEditor'),
              },
              {
                path: 'branding',
                lazy: page(
                  () => import('../features/branding/branding-settings-page.js'),
                  'BrandingSettingsPage',
                  ['branding'],
                ),
              },
              {
                path: 'people',
                lazy: page(() => import('../features/privacy/people-page.js'), 'PeoplePage'),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        {/* A text namespace not yet fetched suspends its page; the layout catches that around the page, this
          catches it for the hall screen (no layout). */}
        <Suspense fallback={<PageLoading />}>
          <RouterProvider router={router} />
        </Suspense>
      </AnnouncerProvider>
    </QueryClientProvider>
  );
}
