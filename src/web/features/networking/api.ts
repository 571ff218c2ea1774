import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BlockList,
  CompetenceList,
  DirectoryPage,
  NetworkingContext,
  ProfileCard,
  ProfileInput,
  Recommendations,
} from '../../../contract/networking.js';
import { apiFetch } from '../../app/api.js';

const base = (slug: string) => `/api/v1/events/${encodeURIComponent(slug)}/networking`;

/** Filters of the directory as they appear in the address bar. */
export interface DirectoryFilters {
  q: string;
  sector: string;
  tag: string;
  topic: string;
}

/** My rights, my profile and the event's lists (in the current language). */
export function useNetworkingContext(slug: string, language: string) {
  return useQuery({
    queryKey: ['networking', slug, 'context', language],
    queryFn: () => apiFetch<NetworkingContext>(`${base(slug)}?lang=${language}`),
    retry: false,
  });
}

function directoryUrl(slug: string, filters: DirectoryFilters, offset: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'sector', 'tag', 'topic'] as const) {
    if (filters[key]) {
      params.set(key, filters[key]);
    }
  }
  params.set('offset', String(offset));
  return `${base(slug)}/directory?${params.toString()}`;
}

/** A page of the directory from `offset` (for "Show more"). */
export function fetchDirectoryPage(slug: string, filters: DirectoryFilters, offset: number) {
  return apiFetch<DirectoryPage>(directoryUrl(slug, filters, offset));
}

/** The first page of the directory for the filters. */
export function useDirectory(slug: string, filters: DirectoryFilters, enabled: boolean) {
  const url = directoryUrl(slug, filters, 0);
  return useQuery({
    queryKey: ['networking', slug, 'directory', url],
    queryFn: () => apiFetch<DirectoryPage>(url),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** "People to meet" for the signed-in participant. */
export function useRecommendations(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['networking', slug, 'recommendations'],
    queryFn: () => apiFetch<Recommendations>(`${base(slug)}/recommendations?limit=10`),
    enabled,
  });
}

/** Saves my profile (joining the directory with the consent) or leaves the directory. */
export function useProfileChange(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { kind: 'save'; body: ProfileInput } | { kind: 'leave' }) =>
      change.kind === 'save'
        ? apiFetch<ProfileCard>(`${base(slug)}/profile`, { method: 'PUT', body: change.body })
        : apiFetch(`${base(slug)}/profile`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['networking', slug] }),
  });
}

/** Blocks or unblocks a person; every networking list is refreshed. */
export function useBlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, blocked }: { personId: string; blocked: boolean }) =>
      apiFetch(`/api/v1/me/blocks/${encodeURIComponent(personId)}`, { method: blocked ? 'PUT' : 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['networking'] }),
  });
}

/** The people I blocked. */
export function useMyBlocks() {
  return useQuery({
    queryKey: ['networking', 'blocks'],
    queryFn: () => apiFetch<BlockList>('/api/v1/me/blocks'),
  });
}

/** The organizer's competence list of an event. */
export function useCompetences(eventId: string) {
  return useQuery({
    queryKey: ['admin', 'competences', eventId],
    queryFn: () => apiFetch<CompetenceList>(`/api/v1/admin/events/${eventId}/competences`),
  });
}

/** Replaces the competence list of an event. */
export function useSaveCompetences(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CompetenceList) =>
      apiFetch<CompetenceList>(`/api/v1/admin/events/${eventId}/competences`, { method: 'PUT', body }),
    onSuccess: (data) => client.setQueryData(['admin', 'competences', eventId], data),
  });
}
