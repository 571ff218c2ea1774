import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventAdmin } from '../../../contract/events.js';
import type { RegistrationAdmin, RegistrationCounters } from '../../../contract/registration.js';
import type {
  RegistrationList,
  RegistrationSettingsInput,
  RegistrationSettingsStored,
} from '../../../contract/registration-admin.js';
import { useEffect } from 'react';
import { ApiError, apiFetch } from '../../app/api.js';
import { entityKey } from '../../app/live-client.js';
import { useLiveRoom } from '../../app/use-live-room.js';

export const REGISTRATIONS_KEY = ['admin', 'registrations'];
/**
 * The counters are pushed over the live socket as they change; only while it is down (or refused)
 * they are fetched this often instead.
 */
export const COUNTERS_FALLBACK_REFRESH_MS = 60_000;
export const PAGE_SIZE = 50;

export interface ListFilters {
  q: string;
  status: string;
  sector: string;
  checkedIn: string;
  sort: string;
}

/** The query string of the list and the exports: only the filters set. */
export function filterQuery(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'sector', 'checkedIn', 'sort'] as const) {
    const value = filters[key];
    if (value) {
      params.set(key, value);
    }
  }
  return params;
}

const eventPath = (eventId: string) => `/api/v1/admin/events/${encodeURIComponent(eventId)}`;
const regPath = (id: string) => `/api/v1/admin/registrations/${encodeURIComponent(id)}`;

/** The event (title, sectors, time zone) the registration pages are about. */
export function useEventForAdmin(eventId: string) {
  return useQuery({
    queryKey: ['admin', 'events', eventId],
    queryFn: () => apiFetch<EventAdmin>(eventPath(eventId)),
    // A 404 or 403 stays; a network failure (the door's flaky Wi-Fi) is tried again.
    retry: (count, error) => !(error instanceof ApiError) && count < 3,
  });
}

/** One page of the registrations matching the filters. */
export function useRegistrationList(eventId: string, filters: ListFilters, offset: number) {
  const params = filterQuery(filters);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(offset));
  return useQuery({
    queryKey: [...REGISTRATIONS_KEY, eventId, 'list', params.toString()],
    queryFn: () => apiFetch<RegistrationList>(`${eventPath(eventId)}/registrations?${params.toString()}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * The live counters: loaded once, then kept current by the organizers' live room of the event (each
 * pushed state goes into the query's cache); polled slowly only while the socket is not live.
 */
export function useCounters(eventId: string) {
  const queryClient = useQueryClient();
  const queryKey = [...REGISTRATIONS_KEY, eventId, 'counters'];
  // The room of server/features/registration/live.ts (countersRoom): organizers only.
  const room = useLiveRoom(`registration-counters:${eventId}`);
  const live = room.status === 'live';
  const pushed = room.entities.get(entityKey('registration-counters', eventId))?.data as
    RegistrationCounters | undefined;
  useEffect(() => {
    if (pushed) {
      queryClient.setQueryData([...REGISTRATIONS_KEY, eventId, 'counters'], pushed);
    }
  }, [pushed, queryClient, eventId]);
  const query = useQuery({
    queryKey,
    queryFn: () => apiFetch<RegistrationCounters>(`${eventPath(eventId)}/registrations/counters`),
    refetchInterval: live ? false : COUNTERS_FALLBACK_REFRESH_MS,
  });
  // While the first connection is being made the pushed figures are about to flow: not "offline" yet.
  return { query, offline: room.status === 'reconnecting' || room.status === 'refused' };
}

/** One registration with every field and its opt-in evidence. */
export function useRegistration(id: string) {
  return useQuery({
    queryKey: [...REGISTRATIONS_KEY, 'one', id],
    queryFn: () => apiFetch<RegistrationAdmin>(regPath(id)),
    retry: false,
  });
}

export type SeatAction = 'cancel' | 'promote' | 'resend';

/** Cancel, promote or resend the mail of a registration; refreshes lists and counters. */
export function useSeatAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: SeatAction }) =>
      apiFetch<RegistrationAdmin>(`${regPath(id)}/${action}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: REGISTRATIONS_KEY }),
  });
}

/** Adds a participant by hand (optionally as a guest outside the public capacity). */
export function useAddRegistration(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<RegistrationAdmin>(`${eventPath(eventId)}/registrations`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: REGISTRATIONS_KEY }),
  });
}

/** Changes fields that do not move seats, and the notes. */
export function useUpdateRegistration(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<RegistrationAdmin>(regPath(id), { method: 'PATCH', body }),
    onSuccess: async (saved) => {
      client.setQueryData([...REGISTRATIONS_KEY, 'one', id], saved);
      await client.invalidateQueries({ queryKey: REGISTRATIONS_KEY });
    },
  });
}

const settingsKey = (eventId: string) => [...REGISTRATIONS_KEY, eventId, 'settings'];

/** Registration settings and custom questions of an event. */
export function useRegistrationSettings(eventId: string) {
  return useQuery({
    queryKey: settingsKey(eventId),
    queryFn: () => apiFetch<RegistrationSettingsStored>(`${eventPath(eventId)}/registration-settings`),
    retry: false,
  });
}

/** Replaces the settings and questions. */
export function useSaveRegistrationSettings(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationSettingsInput) =>
      apiFetch<RegistrationSettingsStored>(`${eventPath(eventId)}/registration-settings`, {
        method: 'PUT',
        body,
      }),
    onSuccess: async (saved) => {
      client.setQueryData(settingsKey(eventId), saved);
      await client.invalidateQueries({ queryKey: ['admin', 'events'] });
    },
  });
}
