import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BrandingSettings, BrandingUpdate, LogoUpload } from '../../../contract/branding.js';
import { apiFetch } from '../../app/api.js';
import { BRANDING_QUERY_KEY } from '../../app/branding.js';

const SETTINGS_KEY = ['admin', 'branding'];

/** The saved settings for the form. */
export function useBrandingSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => apiFetch<BrandingSettings>('/api/v1/admin/branding'),
  });
}

/** Save, upload a logo, remove it: each refreshes the settings and the brand every page shows. */
export function useBrandingActions() {
  const client = useQueryClient();
  const onSuccess = (settings: BrandingSettings) => {
    client.setQueryData(SETTINGS_KEY, settings);
    return client.invalidateQueries({ queryKey: BRANDING_QUERY_KEY });
  };
  return {
    save: useMutation({
      mutationFn: (body: BrandingUpdate) =>
        apiFetch<BrandingSettings>('/api/v1/admin/branding', { method: 'PUT', body }),
      onSuccess,
    }),
    uploadLogo: useMutation({
      mutationFn: (body: LogoUpload) =>
        apiFetch<BrandingSettings>('/api/v1/admin/branding/logo', { method: 'PUT', body }),
      onSuccess,
    }),
    removeLogo: useMutation({
      mutationFn: () => apiFetch<BrandingSettings>('/api/v1/admin/branding/logo', { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
