import type { Kysely } from 'kysely';
import {
  BRAND_CONTRAST_BACKGROUNDS,
  MIN_BRAND_CONTRAST,
  type Branding,
  type BrandingSettings,
  type BrandingUpdate,
  type LogoUpload,
} from '../../../contract/branding.js';
import { contrastRatio, formatRatio } from '../../../contract/colour-contrast.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, type FieldProblem } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { brandStateOf, LOGO_PATH, type BrandState } from './brand-state.js';
import { decodeLogo } from './logo-check.js';
import { assertCanEditBranding } from './policy.js';
import { createBrandingRepository, type BrandingRow } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/** A colour field whose contrast against a background is below AA, or null when it reads well. */
function contrastProblem(field: 'primaryColour' | 'accentColour', colour: string): FieldProblem | null {
  if (!colour) {
    return null;
  }
  for (const background of BRAND_CONTRAST_BACKGROUNDS) {
    const ratio = contrastRatio(colour, background);
    if (ratio < MIN_BRAND_CONTRAST) {
      return {
        field,
        key: 'branding.contrast_too_low',
        params: { ratio: formatRatio(ratio), minimum: MIN_BRAND_CONTRAST, background },
      };
    }
  }
  return null;
}

function settingsOf(row: BrandingRow | undefined): BrandingSettings {
  return {
    networkName: row?.networkName ?? '',
    primaryColour: row?.primaryColour ?? '',
    accentColour: row?.accentColour ?? '',
    senderName: row?.senderName ?? '',
    replyTo: row?.replyTo ?? '',
    imprintText: row?.imprintText ?? '',
    imprintUrl: row?.imprintUrl ?? '',
    privacyUrl: row?.privacyUrl ?? '',
    contactName: row?.contactName ?? '',
    contactRole: row?.contactRole ?? '',
    contactEmail: row?.contactEmail ?? '',
    contactPhone: row?.contactPhone ?? '',
    logo:
      row?.logoContentType && row.logoAlt !== null
        ? {
            url: `${LOGO_PATH}?v=${row.version}`,
            alt: row.logoAlt,
            contentType: row.logoContentType,
            byteSize: row.logoByteSize ?? 0,
          }
        : null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/**
 * The network's brand: set once by organizers, read by every page, mail and PDF. Readers get it from
 * memory (`current()`, no query: mails are written inside other features' transactions); it is
 * reloaded after every save here and by `refresh()` on a timer, so other instances follow.
 */
export function createBrandingService({ db, clock }: Deps) {
  const repo = createBrandingRepository(db);
  let state: BrandState = brandStateOf(undefined);

  async function refresh(): Promise<BrandState> {
    state = brandStateOf(await repo.findSettings());
    return state;
  }

  function updatedByOf(actor: Actor): string | null {
    return actor.kind === 'person' ? actor.personId : null;
  }

  return {
    /** The brand as last loaded (defaults until `refresh()` ran once). */
    current(): BrandState {
      return state;
    },

    /** Reloads the brand from the database (at start, after saves, and on the job timer). */
    refresh,

    /** The public brand for pages. */
    getBranding(): Branding {
      return state.branding;
    },

    /** The saved settings for the organizers' form (empty texts where nothing is set). */
    async getSettings(actor: Actor): Promise<BrandingSettings> {
      assertCanEditBranding(actor);
      return settingsOf(await repo.findSettings());
    },

    /** Saves the settings; a colour below AA contrast is refused with a 422 naming its field. */
    async saveSettings(actor: Actor, input: BrandingUpdate): Promise<BrandingSettings> {
      assertCanEditBranding(actor);
      const normalized = {
        ...input,
        primaryColour: input.primaryColour.toLowerCase(),
        accentColour: input.accentColour.toLowerCase(),
      };
      const problems = [
        contrastProblem('primaryColour', normalized.primaryColour),
        contrastProblem('accentColour', normalized.accentColour),
      ].filter((p): p is FieldProblem => p !== null);
      if (problems.length > 0) {
        throw new AppError('validation_failed', problems);
      }
      await repo.saveSettings(normalized, clock.now().toISOString(), updatedByOf(actor));
      await refresh();
      return settingsOf(await repo.findSettings());
    },

    /** Stores the logo (PNG or JPEG only, checked by its bytes) with its alt text. */
    async saveLogo(actor: Actor, upload: LogoUpload): Promise<BrandingSettings> {
      assertCanEditBranding(actor);
      const bytes = decodeLogo(upload.dataBase64, upload.contentType);
      await repo.saveLogo(
        {
          contentType: upload.contentType,
          base64: bytes.toString('base64'),
          byteSize: bytes.length,
          alt: upload.alt.trim(),
        },
        clock.now().toISOString(),
        updatedByOf(actor),
      );
      await refresh();
      return settingsOf(await repo.findSettings());
    },

    /** Removes the logo; the header shows the network's name alone again. */
    async deleteLogo(actor: Actor): Promise<BrandingSettings> {
      assertCanEditBranding(actor);
      await repo.clearLogo(clock.now().toISOString(), updatedByOf(actor));
      await refresh();
      return settingsOf(await repo.findSettings());
    },

    /** The logo's bytes, or not_found when none is set. */
    async readLogo(): Promise<{ contentType: string; bytes: Buffer }> {
      const logo = await repo.readLogo();
      if (!logo) {
        throw new AppError('not_found');
      }
      return { contentType: logo.contentType, bytes: Buffer.from(logo.base64, 'base64') };
    },

    /** The logo for PDFs (null when none is set). */
    async findLogoBytes(): Promise<{ contentType: string; bytes: Buffer; alt: string } | null> {
      const logo = await repo.readLogo();
      if (!logo) {
        return null;
      }
      return {
        contentType: logo.contentType,
        bytes: Buffer.from(logo.base64, 'base64'),
        alt: state.branding.logo?.alt ?? '',
      };
    },
  };
}
export type BrandingService = ReturnType<typeof createBrandingService>;
