import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentView,
  HallPlan,
  HostCandidate,
  HostInput,
  HostList,
  IslandInput,
  IslandSettingsInput,
  IslandsOverview,
  MoveInput,
  MyIslands,
  PreferencesInput,
  PublicIslands,
  PublishInput,
  WaitlistInput,
} from '../../../contract/islands.js';
import { apiFetch } from '../../app/api.js';

const enc = encodeURIComponent;

/** Where a participant's island calls go: behind their personal link, or signed in for an event. */
export type IslandsOwner = { kind: 'token'; token: string } | { kind: 'person'; slug: string };

function ownerBase(owner: IslandsOwner): { read: string; write: string } {
  return owner.kind === 'token'
    ? {
        read: `/api/v1/my-registration/${enc(owner.token)}/islands`,
        write: `/api/v1/my-registration/${enc(owner.token)}`,
      }
    : { read: `/api/v1/me/events/${enc(owner.slug)}/islands`, write: `/api/v1/me/events/${enc(owner.slug)}` };
}

/** The participant's islands: ranking, seats once published, waitlists. */
export function useMyIslands(owner: IslandsOwner, enabled = true) {
  return useQuery({
    queryKey: ['my-islands', owner],
    queryFn: () => apiFetch<MyIslands>(ownerBase(owner).read),
    enabled,
    retry: false,
  });
}

/** Saves the ranking, or joins or leaves a waitlist; the answer replaces the cached view. */
export function useMyIslandsChange(owner: IslandsOwner) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      change: { kind: 'preferences'; body: PreferencesInput } | { kind: 'waitlist'; body: WaitlistInput },
    ) =>
      apiFetch<MyIslands>(
        `${ownerBase(owner).write}/${change.kind === 'preferences' ? 'island-preferences' : 'island-waitlist'}`,
        { method: 'PUT', body: change.body },
      ),
    onSuccess: (data) => {
      client.setQueryData(['my-islands', owner], data);
      void client.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}

/** The public island information of an event. */
export function usePublicIslands(slug: string) {
  return useQuery({
    queryKey: ['islands', slug],
    queryFn: () => apiFetch<PublicIslands>(`/api/v1/events/${enc(slug)}/islands`),
    retry: false,
  });
}

/** The hall screen's plan; refreshed every 30 seconds while open. */
export function useHallPlan(slug: string) {
  return useQuery({
    queryKey: ['island-plan', slug],
    queryFn: () => apiFetch<HallPlan>(`/api/v1/events/${enc(slug)}/island-plan`),
    refetchInterval: 30_000,
    retry: false,
  });
}

/** A host's list, by personal link or (organizers) by island. */
export function useHostList(source: { token: string } | { islandId: string }) {
  const { i18n } = useTranslation();
  const url =
    'token' in source
      ? `/api/v1/island-hosts/${enc(source.token)}/list`
      : `/api/v1/admin/islands/${enc(source.islandId)}/host-list`;
  return useQuery({
    queryKey: ['host-list', source, i18n.language],
    queryFn: () => apiFetch<HostList>(`${url}?lang=${i18n.language}`),
    retry: false,
  });
}

const adminKey = (eventId: string) => ['admin', 'islands', eventId];

/** The organizer's islands of an event (with hosts, rounds, settings). */
export function useIslandsOverview(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'overview'],
    queryFn: () => apiFetch<IslandsOverview>(`/api/v1/admin/events/${eventId}/islands`),
  });
}

/** The event's registrants, to choose hosts from. */
export function useHostCandidates(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'candidates'],
    queryFn: () =>
      apiFetch<{ people: HostCandidate[] }>(`/api/v1/admin/events/${eventId}/island-host-candidates`).then(
        (r) => r.people,
      ),
  });
}

export type IslandChange =
  | { kind: 'island'; id: string | null; body: IslandInput }
  | { kind: 'delete-island'; id: string }
  | { kind: 'defaults' }
  | { kind: 'settings'; body: IslandSettingsInput }
  | { kind: 'host'; islandId: string; body: HostInput }
  | { kind: 'delete-host'; id: string };

function changeRequest(eventId: string, change: IslandChange): Promise<unknown> {
  switch (change.kind) {
    case 'island':
      return change.id
        ? apiFetch(`/api/v1/admin/islands/${change.id}`, { method: 'PUT', body: change.body })
        : apiFetch(`/api/v1/admin/events/${eventId}/islands`, { method: 'POST', body: change.body });
    case 'delete-island':
      return apiFetch(`/api/v1/admin/islands/${change.id}`, { method: 'DELETE' });
    case 'defaults':
      return apiFetch(`/api/v1/admin/events/${eventId}/islands/defaults`, { method: 'POST' });
    case 'settings':
      return apiFetch(`/api/v1/admin/events/${eventId}/island-settings`, {
        method: 'PUT',
        body: change.body,
      });
    case 'host':
      return apiFetch(`/api/v1/admin/islands/${change.islandId}/hosts`, {
        method: 'POST',
        body: change.body,
      });
    case 'delete-host':
      return apiFetch(`/api/v1/admin/island-hosts/${change.id}`, { method: 'DELETE' });
  }
}

/** Saves or removes an island, a host or the settings, and refreshes the organizer's views. */
export function useIslandChange(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: IslandChange) => changeRequest(eventId, change),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKey(eventId) }),
  });
}

/** Issues a new personal link for a host (shown once). */
export function useHostLink(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hostId: string) =>
      apiFetch<{ url: string }>(`/api/v1/admin/island-hosts/${hostId}/link`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...adminKey(eventId), 'overview'] }),
  });
}

/** The assignment, waitlist and quality report. */
export function useAssignment(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'assignment'],
    queryFn: () => apiFetch<AssignmentView>(`/api/v1/admin/events/${eventId}/island-assignment`),
  });
}

export type AssignmentAction = 'run' | 'lock' | 'unlock' | 'publish' | 'sync';

/** Runs an assignment action or a hand move; the answer replaces the cached assignment. */
export function useAssignmentChange(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { action: AssignmentAction }
        | { action: 'move'; body: MoveInput }
        | { action: 'publish'; body: PublishInput },
    ) =>
      apiFetch<AssignmentView>(`/api/v1/admin/events/${eventId}/island-assignment/${change.action}`, {
        method: 'POST',
        ...('body' in change ? { body: change.body } : {}),
      }),
    onSuccess: (data) => {
      client.setQueryData([...adminKey(eventId), 'assignment'], data);
      void client.invalidateQueries({ queryKey: [...adminKey(eventId), 'overview'] });
    },
  });
}
