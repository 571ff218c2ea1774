import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MailHistory, OutboxPage } from '../../../contract/outbox.js';
import { apiFetch } from '../../app/api.js';

export const MAILS_KEY = ['admin', 'mails'];

export interface OutboxFilters {
  eventId: string;
  status: string;
  q: string;
}

/** The outbox, newest first, page by page ("load older"), with the filters set. */
export function useOutbox(filters: OutboxFilters) {
  const params = new URLSearchParams({ limit: '25' });
  for (const key of ['eventId', 'status', 'q'] as const) {
    if (filters[key]) {
      params.set(key, filters[key]);
    }
  }
  return useInfiniteQuery({
    queryKey: [...MAILS_KEY, 'outbox', params.toString()],
    queryFn: ({ pageParam }) =>
      apiFetch<OutboxPage>(
        `/api/v1/admin/outbox?${params.toString()}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The mails about one registration (and sign-in links to its address), newest first. */
export function useRegistrationMails(registrationId: string) {
  return useQuery({
    queryKey: [...MAILS_KEY, 'registration', registrationId],
    queryFn: () =>
      apiFetch<MailHistory>(`/api/v1/admin/registrations/${encodeURIComponent(registrationId)}/mails`),
  });
}
