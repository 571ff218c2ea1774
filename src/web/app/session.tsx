import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../contract/accounts.js';
import { apiFetch, setCsrfToken } from './api.js';

export const SESSION_QUERY_KEY = ['session'];

/** The signed-in person (or none), kept in the query cache; also primes the CSRF token. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async () => {
      const info = await apiFetch<SessionInfo>('/api/v1/auth/session');
      setCsrfToken(info.csrfToken);
      return info;
    },
    staleTime: 60_000,
  });
}

/** Stores a fresh session answer (after sign-in) so every page sees it at once. */
export function useSetSession() {
  const client = useQueryClient();
  return (info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    client.setQueryData(SESSION_QUERY_KEY, info);
  };
}
