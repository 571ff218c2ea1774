import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EventDetail, EventSummary } from '../../../contract/events.js';
import { apiFetch } from '../../app/api.js';

/** Published events, upcoming first. */
export function usePublicEvents() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['events', 'public', i18n.language],
    queryFn: () => apiFetch<{ events: EventSummary[] }>('/api/v1/events').then((r) => r.events),
  });
}

/** One event by slug, sector labels in the current language. */
export function usePublicEvent(slug: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['events', 'detail', slug, i18n.language],
    queryFn: () => apiFetch<EventDetail>(`/api/v1/events/${encodeURIComponent(slug)}?lang=${i18n.language}`),
    retry: false,
  });
}
