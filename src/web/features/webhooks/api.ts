import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
} from '../../../contract/webhooks.js';
import { apiFetch } from '../../app/api.js';

export const WEBHOOKS_KEY = ['admin', 'webhooks'];

/** Every webhook endpoint, newest first. */
export function useWebhookEndpoints() {
  return useQuery({
    queryKey: WEBHOOKS_KEY,
    queryFn: () =>
      apiFetch<{ endpoints: WebhookEndpoint[] }>('/api/v1/admin/webhooks').then((r) => r.endpoints),
  });
}

/** One endpoint with its delivery log (refreshed every few seconds while pending ones are open). */
export function useDeliveries(endpointId: string) {
  return useQuery({
    queryKey: [...WEBHOOKS_KEY, endpointId, 'deliveries'],
    queryFn: () =>
      apiFetch<WebhookDeliveryList>(`/api/v1/admin/webhooks/${encodeURIComponent(endpointId)}/deliveries`),
    refetchInterval: (query) =>
      query.state.data?.deliveries.some((d) => d.status === 'pending') ? 2000 : false,
  });
}

export function useCreateEndpoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookEndpointCreate) =>
      apiFetch<WebhookEndpointWithSecret>('/api/v1/admin/webhooks', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useUpdateEndpoint(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookEndpointUpdate) =>
      apiFetch<WebhookEndpoint>(`/api/v1/admin/webhooks/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useRotateSecret(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<WebhookEndpointWithSecret>(`/api/v1/admin/webhooks/${encodeURIComponent(id)}/rotate-secret`, {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useDeleteEndpoint(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/admin/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useResendDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch(`/api/v1/admin/webhook-deliveries/${encodeURIComponent(deliveryId)}/resend`, {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}
