import { z } from 'zod';

/** The network's brand as shown when the organizers have set nothing: today's CrossDialog look. */
export const DEFAULT_BRANDING = {
  networkName: 'CrossDialog',
  primaryColour: '#0b4f8a',
  accentColour: '#083a66',
} as const;

/** Brand colours must read at this ratio (WCAG 2 AA for normal text) against every colour below. */
export const MIN_BRAND_CONTRAST = 4.5;
/**
 * What the brand colours meet: white (page background, and the text on the coloured header and
 * buttons) and the light surface of the footer and boxes (`--color-surface`), where links in the
 * brand colour sit.
 */
export const BRAND_CONTRAST_BACKGROUNDS = ['#ffffff', '#f3f5f8'] as const;

export const BRANDING_LIMITS = {
  networkNameMax: 120,
  senderNameMax: 120,
  imprintTextMax: 2_000,
  urlMax: 2_000,
  personNameMax: 200,
  roleMax: 200,
  emailMax: 254,
  phoneMax: 40,
  altMax: 300,
  /** Decoded bytes of the logo. */
  logoBytesMax: 512 * 1024,
} as const;

/** Raster only: an SVG can carry scripts and links, and PDF badges and mail clients take PNG and JPEG. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

const text = (max: number) => z.string().trim().max(max);
const emailCheck = z.email();
const urlCheck = z.url({ protocol: /^https?$/ });
// Empty means "not set"; the message keys name what is wrong (a union would only say "invalid").
const optionalEmail = z
  .string()
  .trim()
  .max(BRANDING_LIMITS.emailMax)
  .refine((v) => v === '' || emailCheck.safeParse(v).success, 'field.invalid_format.email');
const optionalUrl = z
  .string()
  .trim()
  .max(BRANDING_LIMITS.urlMax)
  .refine((v) => v === '' || urlCheck.safeParse(v).success, 'field.invalid_format.url');
const optionalColour = z
  .string()
  .trim()
  .regex(/^(#[0-9a-fA-F]{6})?$/, 'branding.colour_format');

/** What organizers save on the settings page; an empty text means "not set" (the default applies). */
export const brandingUpdateSchema = z
  .object({
    networkName: text(BRANDING_LIMITS.networkNameMax),
    primaryColour: optionalColour,
    accentColour: optionalColour,
    // A display name in a mail header: no line breaks, angle brackets or quotes (header injection).
    senderName: text(BRANDING_LIMITS.senderNameMax).regex(/^[^\r\n<>"]*$/, 'branding.sender_name_format'),
    replyTo: optionalEmail,
    imprintText: text(BRANDING_LIMITS.imprintTextMax),
    imprintUrl: optionalUrl,
    privacyUrl: optionalUrl,
    contactName: text(BRANDING_LIMITS.personNameMax),
    contactRole: text(BRANDING_LIMITS.roleMax),
    contactEmail: optionalEmail,
    contactPhone: text(BRANDING_LIMITS.phoneMax).regex(/^[0-9+()/.\s-]*$/, 'branding.phone_format'),
  })
  .strict();
export type BrandingUpdate = z.infer<typeof brandingUpdateSchema>;

export const logoUploadSchema = z
  .object({
    contentType: z.enum(LOGO_TYPES),
    /** The file, base64-encoded. */
    dataBase64: z
      .string()
      .min(4)
      .max(Math.ceil((BRANDING_LIMITS.logoBytesMax * 4) / 3) + 8),
    alt: z.string().trim().min(1).max(BRANDING_LIMITS.altMax),
  })
  .strict();
export type LogoUpload = z.input<typeof logoUploadSchema>;

export const contactPersonSchema = z.object({
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The brand every page, mail and PDF uses: defaults filled in, so readers never check for "unset". */
export const brandingSchema = z.object({
  networkName: z.string(),
  primaryColour: z.string(),
  accentColour: z.string(),
  logo: z.object({ url: z.string(), alt: z.string() }).nullable(),
  imprintText: z.string(),
  /** Where "Imprint" links: the organizers' address, or the site's own imprint page. */
  imprintUrl: z.string(),
  privacyUrl: z.string(),
  /** Null when no contact person is set (no name). */
  contact: contactPersonSchema.nullable(),
  /** Whether the organizers have set anything yet. */
  isCustomized: z.boolean(),
});
export type Branding = z.infer<typeof brandingSchema>;

/** The settings as saved (empty texts where nothing is set), for the organizers' form. */
export const brandingSettingsSchema = brandingUpdateSchema.extend({
  logo: z
    .object({ url: z.string(), alt: z.string(), contentType: z.string(), byteSize: z.number() })
    .nullable(),
  updatedAt: z.string().nullable(),
});
export type BrandingSettings = z.infer<typeof brandingSettingsSchema>;
