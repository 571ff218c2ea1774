import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminIdeas,
  IdeaBoard,
  IdeaDetail,
  IdeaInput,
  IdeaSuggestions,
  RoleSuggestions,
} from '../../../contract/project-board.js';
import { apiFetch } from '../../app/api.js';

const boardUrl = (slug: string) => `/api/v1/events/${encodeURIComponent(slug)}/ideas`;

/** The event's project ideas and the lists of the idea form, in the current language. */
export function useIdeaBoard(slug: string, language: string) {
  return useQuery({
    queryKey: ['ideas', slug, 'board', language],
    queryFn: () => apiFetch<IdeaBoard>(`${boardUrl(slug)}?lang=${language}`),
    retry: false,
  });
}

/** Ideas whose roles fit my offers. */
export function useIdeaSuggestions(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ideas', slug, 'suggestions'],
    queryFn: () => apiFetch<IdeaSuggestions>(`/api/v1/events/${encodeURIComponent(slug)}/idea-suggestions`),
    enabled,
  });
}

/** One idea with its consortium. */
export function useIdea(id: string) {
  return useQuery({
    queryKey: ['ideas', 'idea', id],
    queryFn: () => apiFetch<IdeaDetail>(`/api/v1/ideas/${encodeURIComponent(id)}`),
    retry: false,
  });
}

/** The best candidates per role (initiator and organizers). */
export function useRoleSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ideas', 'idea', id, 'suggestions'],
    queryFn: () => apiFetch<RoleSuggestions>(`/api/v1/ideas/${encodeURIComponent(id)}/suggestions`),
    enabled,
  });
}

/** Posts a new idea. */
export function useCreateIdea(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IdeaInput) => apiFetch<IdeaDetail>(boardUrl(slug), { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ideas'] }),
  });
}

export type IdeaAction =
  | { kind: 'interest'; roleId: string; note: string }
  | { kind: 'withdraw'; roleId: string }
  | { kind: 'accept' | 'decline'; interestId: string };

/** Interest in a role, its withdrawal, and the initiator's decisions; the idea is refreshed from the answer. */
export function useIdeaAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: IdeaAction) => {
      switch (action.kind) {
        case 'interest':
          return apiFetch<IdeaDetail>(`/api/v1/idea-roles/${action.roleId}/interest`, {
            method: 'PUT',
            body: { note: action.note },
          });
        case 'withdraw':
          return apiFetch<IdeaDetail>(`/api/v1/idea-roles/${action.roleId}/interest`, { method: 'DELETE' });
        case 'accept':
        case 'decline':
          return apiFetch<IdeaDetail>(`/api/v1/idea-interests/${action.interestId}/${action.kind}`, {
            method: 'POST',
          });
      }
    },
    onSuccess: (data) => {
      client.setQueryData(['ideas', 'idea', id], data);
      void client.invalidateQueries({ queryKey: ['ideas'], refetchType: 'none' });
    },
  });
}

/** The organizer's list of ideas with open roles. */
export function useAdminIdeas(eventId: string) {
  return useQuery({
    queryKey: ['admin', 'ideas', eventId],
    queryFn: () => apiFetch<AdminIdeas>(`/api/v1/admin/events/${eventId}/ideas`),
  });
}

/** An organizer's nudge of a candidate by mail. */
export function useNudge() {
  return useMutation({
    mutationFn: ({ roleId, personId }: { roleId: string; personId: string }) =>
      apiFetch(`/api/v1/admin/idea-roles/${roleId}/nudge`, { method: 'POST', body: { personId } }),
  });
}
