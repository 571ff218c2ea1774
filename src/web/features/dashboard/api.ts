import { useQuery } from '@tanstack/react-query';
import type { Dashboard, Network } from '../../../contract/dashboard.js';
import { apiFetch } from '../../app/api.js';

/** How often the dashboard refreshes its figures while open (polling; the figures are cheap to compute). */
export const DASHBOARD_REFRESH_MS = 10_000;

/** The event's dashboard, refreshed every 10 s while the page is open. */
export function useDashboard(eventId: string) {
  return useQuery({
    queryKey: ['dashboard', eventId],
    queryFn: () => apiFetch<Dashboard>(`/api/v1/admin/events/${encodeURIComponent(eventId)}/dashboard`),
    refetchInterval: DASHBOARD_REFRESH_MS,
    retry: false,
  });
}

/** The network view across events. */
export function useNetwork() {
  return useQuery({
    queryKey: ['dashboard', 'network'],
    queryFn: () => apiFetch<Network>('/api/v1/admin/network'),
    retry: false,
  });
}
