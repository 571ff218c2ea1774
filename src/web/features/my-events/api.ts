import { useQuery } from '@tanstack/react-query';
import type { MyEventAnswer, MyEvents } from '../../../contract/my-events.js';
import { apiFetch } from '../../app/api.js';

/** The signed-in person's events with what they can do at each. */
export function useMyEvents(enabled: boolean) {
  return useQuery({
    queryKey: ['my-events'],
    queryFn: () => apiFetch<MyEvents>('/api/v1/me/events'),
    enabled,
  });
}

/** The signed-in person's registration for one event (null when none). */
export function useMyEvent(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['my-events', slug],
    queryFn: () => apiFetch<MyEventAnswer>(`/api/v1/me/events/${encodeURIComponent(slug)}`),
    enabled,
  });
}

/** The QR code of the person's ticket for the event (served with the session cookie). */
export function ticketImagePath(slug: string): string {
  return `/api/v1/me/events/${encodeURIComponent(slug)}/ticket.svg`;
}
