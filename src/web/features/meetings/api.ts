import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Availability,
  MeetingCandidate,
  MeetingNotices,
  MeetingRequestInput,
  MeetingRun,
  MeetingSetup,
  MeetingsOverview,
  MyMeeting,
  MyMeetings,
  SlotOptions,
  TablePlan,
  TablesInput,
} from '../../../contract/meetings.js';
import { apiFetch } from '../../app/api.js';

const eventBase = (slug: string) => `/api/v1/events/${encodeURIComponent(slug)}/meetings`;

/** The signed-in person's meetings of one event. */
export function useMyMeetings(slug: string) {
  return useQuery({
    queryKey: ['meetings', slug, 'mine'],
    queryFn: () => apiFetch<MyMeetings>(`${eventBase(slug)}/mine`),
    retry: false,
  });
}

/** Whether the person may be asked for a meeting, and who they are. */
export function useMeetingCandidate(slug: string, personId: string) {
  return useQuery({
    queryKey: ['meetings', slug, 'with', personId],
    queryFn: () => apiFetch<MeetingCandidate>(`${eventBase(slug)}/with/${encodeURIComponent(personId)}`),
    retry: false,
  });
}

/** Sends a meeting request. */
export function useRequestMeeting(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingRequestInput) => apiFetch<MyMeeting>(eventBase(slug), { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', slug] }),
  });
}

export type MeetingAction = 'accept' | 'decline' | 'cancel';

/**
 * Accepts, declines or cancels a meeting; `onDone` gets the variables' message. It is called here and
 * not per `mutate` call because the card moves to another group (unmounts) when its status changes.
 */
export function useMeetingAction(slug: string, onDone: (message: string) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: MeetingAction; message: string }) =>
      apiFetch<MyMeeting>(`/api/v1/meetings/${id}/${action}`, { method: 'POST' }),
    onSuccess: (_data, { message }) => {
      onDone(message);
      return client.invalidateQueries({ queryKey: ['meetings', slug] });
    },
  });
}

/** Slots both people could pick for a meeting (loaded when asked for). */
export function useSlotOptions(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'slot-options', meetingId],
    queryFn: () => apiFetch<SlotOptions>(`/api/v1/meetings/${meetingId}/slot-options`),
    enabled,
  });
}

/** Picks a slot for a meeting. */
export function usePickSlot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, slotId }: { id: string; slotId: string }) =>
      apiFetch<MyMeeting>(`/api/v1/meetings/${id}/slot`, { method: 'PUT', body: { slotId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

/** The meeting slots with the person's blocked times. */
export function useAvailability(slug: string) {
  return useQuery({
    queryKey: ['meetings', slug, 'availability'],
    queryFn: () => apiFetch<Availability>(`${eventBase(slug)}/availability`),
    retry: false,
  });
}

/** Blocks or frees one slot. */
export function useSetBlocked(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ slotId, blocked }: { slotId: string; blocked: boolean }) =>
      apiFetch<Availability>(`${eventBase(slug)}/availability/${slotId}`, {
        method: blocked ? 'PUT' : 'DELETE',
      }),
    onSuccess: (data) => client.setQueryData(['meetings', slug, 'availability'], data),
  });
}

/** The person's meeting notices. */
export function useMeetingNotices() {
  return useQuery({
    queryKey: ['meetings', 'notices'],
    queryFn: () => apiFetch<MeetingNotices>('/api/v1/me/meeting-notices'),
  });
}

/** Marks all notices read. */
export function useMarkNoticesRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch('/api/v1/me/meeting-notices/read', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', 'notices'] }),
  });
}

const adminKey = (eventId: string) => ['admin', 'meetings', eventId];

/** The organizer's set-up of an event's meetings. */
export function useMeetingSetup(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'setup'],
    queryFn: () => apiFetch<MeetingSetup>(`/api/v1/admin/events/${eventId}/meetings/setup`),
  });
}

export type SetupChange =
  | { kind: 'self-pick'; allowed: boolean }
  | { kind: 'block'; sessionId: string; slotMinutes: number }
  | { kind: 'add-tables'; body: TablesInput }
  | { kind: 'delete-table'; id: string };

/** Changes the set-up and refreshes every organizer view of the event's meetings. */
export function useSetupChange(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: SetupChange) => {
      const base = `/api/v1/admin/events/${eventId}/meetings`;
      switch (change.kind) {
        case 'self-pick':
          return apiFetch<MeetingSetup>(`${base}/settings`, {
            method: 'PUT',
            body: { selfPickAllowed: change.allowed },
          });
        case 'block':
          return apiFetch<MeetingSetup>(`${base}/blocks/${change.sessionId}`, {
            method: 'PUT',
            body: { slotMinutes: change.slotMinutes },
          });
        case 'add-tables':
          return apiFetch<MeetingSetup>(`${base}/tables`, { method: 'POST', body: change.body });
        case 'delete-table':
          return apiFetch<MeetingSetup>(`/api/v1/admin/meeting-tables/${change.id}`, { method: 'DELETE' });
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: adminKey(eventId) }),
  });
}

/** Counts, unscheduled meetings with reasons, and the latest run. */
export function useMeetingsOverview(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'overview'],
    queryFn: () => apiFetch<MeetingsOverview>(`/api/v1/admin/events/${eventId}/meetings/overview`),
  });
}

/** A scheduler run, polled every second while it is running. */
export function useMeetingRun(runId: string | null) {
  return useQuery({
    queryKey: ['admin', 'meeting-run', runId],
    queryFn: () => apiFetch<MeetingRun>(`/api/v1/admin/meeting-runs/${runId}`),
    enabled: runId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

/** Starts a run or publishes one. */
export function useRunAction(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'start' } | { kind: 'publish'; runId: string }) =>
      action.kind === 'start'
        ? apiFetch<MeetingRun>(`/api/v1/admin/events/${eventId}/meetings/runs`, { method: 'POST' })
        : apiFetch<MeetingRun>(`/api/v1/admin/meeting-runs/${action.runId}/publish`, { method: 'POST' }),
    onSuccess: (run) => {
      client.setQueryData(['admin', 'meeting-run', run.id], run);
      return client.invalidateQueries({ queryKey: adminKey(eventId) });
    },
  });
}

/** The published table plan. */
export function useTablePlan(eventId: string) {
  return useQuery({
    queryKey: [...adminKey(eventId), 'plan'],
    queryFn: () => apiFetch<TablePlan>(`/api/v1/admin/events/${eventId}/meetings/plan`),
  });
}
