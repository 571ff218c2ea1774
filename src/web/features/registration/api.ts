import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  MyRegistration,
  RegistrationCreate,
  registrationCreatedSchema,
  registrationFormSchema,
  RegistrationStatusName,
} from '../../../contract/registration.js';
import { apiFetch } from '../../app/api.js';

export type RegistrationForm = z.infer<typeof registrationFormSchema>;
export type RegistrationCreated = z.infer<typeof registrationCreatedSchema>;
export type ReconfirmAnswer = 'yes' | 'release';

const enc = encodeURIComponent;

/** The base path of everything behind a personal link. */
export function myRegistrationPath(token: string): string {
  return `/api/v1/my-registration/${enc(token)}`;
}

/** The event's registration form: sectors in the current language, topics, questions, seats left. */
export function useRegistrationForm(slug: string, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['registration-form', slug, i18n.language],
    queryFn: () =>
      apiFetch<RegistrationForm>(`/api/v1/events/${enc(slug)}/registration-form?lang=${i18n.language}`),
    enabled,
    retry: false,
  });
}

/**
 * Registers a person. The caller passes one idempotency key per submission attempt, so a retry after a
 * lost answer does not register twice.
 */
export function useRegister(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: RegistrationCreate; key: string }) =>
      apiFetch<RegistrationCreated>(`/api/v1/events/${enc(slug)}/registrations`, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': key },
      }),
    // Seats left changed: the event page and the form show fresh numbers.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['events'] });
      void client.invalidateQueries({ queryKey: ['registration-form', slug] });
    },
  });
}

/** The double opt-in click (also accepts an offered seat); answers the state after it. */
export function useConfirmRegistration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch<{ id: string; status: RegistrationStatusName }>('/api/v1/registrations/confirm', {
        method: 'POST',
        body: { token },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['my-registration'] }),
  });
}

/** The registration behind a personal link. */
export function useMyRegistration(token: string, enabled = true) {
  return useQuery({
    queryKey: ['my-registration', token],
    queryFn: () => apiFetch<MyRegistration>(myRegistrationPath(token)),
    enabled,
    retry: false,
  });
}

/** Stores a changed registration answer in the cache so the page shows it at once. */
function useStoreMine(token: string) {
  const client = useQueryClient();
  return (data: MyRegistration) => client.setQueryData(['my-registration', token], data);
}

/** Changes one's own details and consents. */
export function useUpdateMyRegistration(token: string) {
  const store = useStoreMine(token);
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<MyRegistration>(myRegistrationPath(token), { method: 'PATCH', body }),
    onSuccess: store,
  });
}

/** Cancels one's own registration (a held seat goes to the waitlist). */
export function useCancelMyRegistration(token: string) {
  const store = useStoreMine(token);
  return useMutation({
    mutationFn: () => apiFetch<MyRegistration>(`${myRegistrationPath(token)}/cancel`, { method: 'POST' }),
    onSuccess: store,
  });
}

/** Asks once for more time on a seat offered from the waitlist. */
export function useExtendOffer(token: string) {
  const store = useStoreMine(token);
  return useMutation({
    mutationFn: () =>
      apiFetch<MyRegistration>(`${myRegistrationPath(token)}/extend-offer`, { method: 'POST' }),
    onSuccess: store,
  });
}

/** Answers "Are you still coming?". */
export function useReconfirm(token: string) {
  const store = useStoreMine(token);
  return useMutation({
    mutationFn: (answer: ReconfirmAnswer) =>
      apiFetch<MyRegistration>(`${myRegistrationPath(token)}/reconfirm`, {
        method: 'POST',
        body: { answer },
      }),
    onSuccess: store,
  });
}
