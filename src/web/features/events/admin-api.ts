import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventAdmin } from '../../../contract/events.js';
import { apiFetch } from '../../app/api.js';

export const ADMIN_EVENTS_KEY = ['admin', 'events'];
export type EventAction = 'publish' | 'unpublish' | 'duplicate' | 'archive';

/** Every event, any status, for the organizer. */
export function useAdminEvents() {
  return useQuery({
    queryKey: ADMIN_EVENTS_KEY,
    queryFn: () => apiFetch<{ events: EventAdmin[] }>('/api/v1/admin/events').then((r) => r.events),
  });
}

/** One event with every field, for the editor. */
export function useAdminEvent(id: string) {
  return useQuery({
    queryKey: [...ADMIN_EVENTS_KEY, id],
    queryFn: () => apiFetch<EventAdmin>(`/api/v1/admin/events/${encodeURIComponent(id)}`),
    retry: false,
  });
}

/** Creates (no id) or changes (id) an event; refreshes the lists. */
export function useSaveEvent(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      id
        ? apiFetch<EventAdmin>(`/api/v1/admin/events/${id}`, { method: 'PATCH', body })
        : apiFetch<EventAdmin>('/api/v1/admin/events', { method: 'POST', body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ADMIN_EVENTS_KEY });
      await client.invalidateQueries({ queryKey: ['events'] });
    },
  });
}

/** Publish, unpublish, duplicate or archive an event. */
export function useEventAction() {
  const client = useQueryClient();
  return useMutation({
    // confirmPast: publish an event that is already over (the server refuses it otherwise).
    mutationFn: ({ id, action, confirmPast }: { id: string; action: EventAction; confirmPast?: boolean }) =>
      apiFetch<EventAdmin>(`/api/v1/admin/events/${id}/${action}${confirmPast ? '?confirmPast=true' : ''}`, {
        method: 'POST',
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ADMIN_EVENTS_KEY });
      await client.invalidateQueries({ queryKey: ['events'] });
    },
  });
}
