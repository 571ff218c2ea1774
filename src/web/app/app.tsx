import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { EventsPage } from '../features/events/events-page.js';
import { EventPage } from '../features/events/event-page.js';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// Each feature adds its pages here; keep the list flat and readable.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <EventsPage /> },
      { path: '/events', element: <EventsPage /> },
      { path: '/events/:slug', element: <EventPage /> },
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
