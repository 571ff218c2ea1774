import { DEFAULT_BRANDING, type Branding } from '../../../contract/branding.js';
import type { BrandingRow } from './repository.js';

/** The brand as the server uses it: the public view plus what only mails need. */
export interface BrandState {
  branding: Branding;
  /** The From display name, or null to keep MAIL_FROM as configured. */
  senderName: string | null;
  replyTo: string | null;
  version: number;
}

export const LOGO_PATH = '/api/v1/branding/logo';

/** Fills in the defaults: a row with empty texts (or none) gives today's CrossDialog brand. */
export function brandStateOf(row: BrandingRow | undefined): BrandState {
  const networkName = row?.networkName || DEFAULT_BRANDING.networkName;
  const contactName = row?.contactName ?? '';
  return {
    branding: {
      networkName,
      primaryColour: (row?.primaryColour || DEFAULT_BRANDING.primaryColour).toLowerCase(),
      accentColour: (row?.accentColour || DEFAULT_BRANDING.accentColour).toLowerCase(),
      logo:
        row?.logoContentType && row.logoAlt !== null
          ? { url: `${LOGO_PATH}?v=${row.version}`, alt: row.logoAlt }
          : null,
      imprintText: row?.imprintText ?? '',
      imprintUrl: row?.imprintUrl || '/imprint',
      privacyUrl: row?.privacyUrl || '/privacy',
      contact: contactName
        ? {
            name: contactName,
            role: row?.contactRole ?? '',
            email: row?.contactEmail ?? '',
            phone: row?.contactPhone ?? '',
          }
        : null,
      isCustomized: (row?.version ?? 0) > 0,
    },
    senderName: row?.senderName || row?.networkName || null,
    replyTo: row?.replyTo || null,
    version: row?.version ?? 0,
  };
}
