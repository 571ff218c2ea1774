import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminRetrospective,
  Photo,
  PhotoEdit,
  PhotoList,
  PhotoUpload,
  PublicRetrospective,
  RetrospectiveInput,
} from '../../../contract/retrospective.js';
import { apiFetch } from '../../app/api.js';

/** The published retrospective of an event (404 while there is none). */
export function usePublicRetrospective(slug: string) {
  return useQuery({
    queryKey: ['retrospective', slug],
    queryFn: () => apiFetch<PublicRetrospective>(`/api/v1/events/${encodeURIComponent(slug)}/retrospective`),
    retry: false,
  });
}

/** The organizer's editor state. */
export function useAdminRetrospective(eventId: string) {
  return useQuery({
    queryKey: ['admin-retrospective', eventId],
    queryFn: () => apiFetch<AdminRetrospective>(`/api/v1/admin/events/${eventId}/retrospective`),
  });
}

/** The public page as it would look, for the organizer. */
export function useRetrospectivePreview(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['admin-retrospective', eventId, 'preview'],
    queryFn: () => apiFetch<PublicRetrospective>(`/api/v1/admin/events/${eventId}/retrospective/preview`),
    enabled,
    retry: false,
  });
}

/** Save, publish, unpublish, discard the draft, photo upload, edit, order and removal: each refreshes the editor. */
export function useRetrospectiveActions(eventId: string) {
  const client = useQueryClient();
  const base = `/api/v1/admin/events/${eventId}/retrospective`;
  const refresh = () => client.invalidateQueries({ queryKey: ['admin-retrospective', eventId] });
  return {
    save: useMutation({
      mutationFn: (input: RetrospectiveInput) =>
        apiFetch<AdminRetrospective>(base, { method: 'PUT', body: input }),
      onSuccess: refresh,
    }),
    setPublished: useMutation({
      mutationFn: (publish: boolean) =>
        apiFetch<AdminRetrospective>(`${base}/${publish ? 'publish' : 'unpublish'}`, { method: 'POST' }),
      onSuccess: refresh,
    }),
    discardDraft: useMutation({
      mutationFn: () => apiFetch<AdminRetrospective>(`${base}/discard-draft`, { method: 'POST' }),
      onSuccess: refresh,
    }),
    upload: useMutation({
      mutationFn: (upload: PhotoUpload) =>
        apiFetch<Photo>(`${base}/photos`, { method: 'POST', body: upload }),
      onSuccess: refresh,
    }),
    editPhoto: useMutation({
      mutationFn: ({ id, fields }: { id: string; fields: PhotoEdit }) =>
        apiFetch<Photo>(`/api/v1/admin/retrospective-photos/${id}`, { method: 'PUT', body: fields }),
      onSuccess: refresh,
    }),
    // One order at a time, in the order they were asked for: the last move wins on the server too.
    reorderPhotos: useMutation({
      mutationFn: (photoIds: string[]) =>
        apiFetch<PhotoList>(`${base}/photos/order`, { method: 'PUT', body: { photoIds } }),
      scope: { id: `retrospective-photo-order-${eventId}` },
    }),
    refresh,
    removePhoto: useMutation({
      mutationFn: (id: string) => apiFetch(`/api/v1/admin/retrospective-photos/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
  };
}
