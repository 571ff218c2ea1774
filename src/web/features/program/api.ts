import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminSession,
  Agenda,
  Programme,
  ProgrammeConflict,
  SessionInput,
  Speaker,
  SpeakerInput,
} from '../../../contract/program.js';
import { apiFetch } from '../../app/api.js';

/** The public timetable of an event. */
export function useProgramme(slug: string) {
  return useQuery({
    queryKey: ['programme', slug],
    queryFn: () => apiFetch<Programme>(`/api/v1/events/${encodeURIComponent(slug)}/programme`),
    retry: false,
  });
}

/** The signed-in person's agenda of one event: starred sessions and assignments (island seats, meetings). */
export function useAgenda(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['agenda', slug],
    queryFn: () => apiFetch<Agenda>(`/api/v1/me/agenda?event=${encodeURIComponent(slug)}`),
    enabled,
  });
}

/** Stars or unstars a session. */
export function useToggleStar(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, starred }: { sessionId: string; starred: boolean }) =>
      apiFetch(`/api/v1/me/agenda/${sessionId}`, { method: starred ? 'PUT' : 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agenda', slug] }),
  });
}

/** Issues a new secret calendar feed URL. */
export function useIssueFeed() {
  return useMutation({
    mutationFn: () => apiFetch<{ url: string }>('/api/v1/me/agenda-feed', { method: 'POST' }),
  });
}

const adminKey = (eventId: string) => ['admin', 'programme', eventId];

/** The organizer's sessions, speakers and conflicts of one event. */
export function useAdminProgramme(eventId: string) {
  const sessions = useQuery({
    queryKey: [...adminKey(eventId), 'sessions'],
    queryFn: () =>
      apiFetch<{ sessions: AdminSession[] }>(`/api/v1/admin/events/${eventId}/sessions`).then(
        (r) => r.sessions,
      ),
  });
  const speakers = useQuery({
    queryKey: [...adminKey(eventId), 'speakers'],
    queryFn: () =>
      apiFetch<{ speakers: Speaker[] }>(`/api/v1/admin/events/${eventId}/speakers`).then((r) => r.speakers),
  });
  const conflicts = useQuery({
    queryKey: [...adminKey(eventId), 'conflicts'],
    queryFn: () =>
      apiFetch<{ conflicts: ProgrammeConflict[] }>(
        `/api/v1/admin/events/${eventId}/programme-conflicts`,
      ).then((r) => r.conflicts),
  });
  return { sessions, speakers, conflicts };
}

type Change =
  | { kind: 'session'; id: string | null; body: SessionInput }
  | { kind: 'speaker'; id: string | null; body: SpeakerInput }
  | { kind: 'delete-session' | 'delete-speaker'; id: string };

/** Saves or removes a session or speaker and refreshes the editor. */
export function useProgrammeChange(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) => {
      switch (change.kind) {
        case 'session':
          return change.id
            ? apiFetch(`/api/v1/admin/sessions/${change.id}`, { method: 'PUT', body: change.body })
            : apiFetch(`/api/v1/admin/events/${eventId}/sessions`, { method: 'POST', body: change.body });
        case 'speaker':
          return change.id
            ? apiFetch(`/api/v1/admin/speakers/${change.id}`, { method: 'PUT', body: change.body })
            : apiFetch(`/api/v1/admin/events/${eventId}/speakers`, { method: 'POST', body: change.body });
        case 'delete-session':
          return apiFetch(`/api/v1/admin/sessions/${change.id}`, { method: 'DELETE' });
        case 'delete-speaker':
          return apiFetch(`/api/v1/admin/speakers/${change.id}`, { method: 'DELETE' });
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: adminKey(eventId) }),
  });
}
