import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../contract/accounts.js';
import { apiFetch } from '../../app/api.js';
import { SESSION_QUERY_KEY, useSetSession } from '../../app/session.js';
import { forgetDeviceData } from '../../app/device-data.js';

/** Organizer sign-in with email and password; stores the new session. */
export function useSignIn() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiFetch<SessionInfo>('/api/v1/auth/sign-in', { method: 'POST', body }),
    onSuccess: setSession,
  });
}

/** Asks for a one-time sign-in link; the answer is the same whether the address is known or not. */
export function useRequestMagicLink() {
  return useMutation({
    mutationFn: (body: { email: string; redirectTo?: string }) =>
      apiFetch<{ message: string }>('/api/v1/auth/magic-link', { method: 'POST', body }),
  });
}

/** Signs in with a magic link token; answers where to go next. */
export function useConsumeMagicLink() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch<SessionInfo & { redirectTo: string }>('/api/v1/auth/magic-link/consume', {
        method: 'POST',
        body: { token },
      }),
    onSuccess: setSession,
  });
}

export interface InviteAcceptBody {
  token: string;
  firstName: string;
  lastName: string;
  organization: string;
  password: string;
  privacyConsent: boolean;
}

/** Accepts an organizer invitation and signs the new organizer in. */
export function useAcceptInvite() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: InviteAcceptBody) =>
      apiFetch<SessionInfo>('/api/v1/auth/invites/accept', { method: 'POST', body }),
    onSuccess: setSession,
  });
}

/** Ends the session and forgets everything cached for the person. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch('/api/v1/auth/sign-out', { method: 'POST' }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['admin'] });
      client.removeQueries({ queryKey: ['my-events'] });
      await forgetDeviceData();
      await client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}

export { safeNextPath } from '../../../contract/accounts.js';
