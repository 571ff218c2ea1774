import type { Kysely, Selectable } from 'kysely';
import type { BrandingUpdate } from '../../../contract/branding.js';
import type { BrandingTable, Database } from '../../db/schema.js';

/** The one row of the `branding` table. */
export const BRANDING_ROW_ID = 'network';

export type BrandingRow = Omit<Selectable<BrandingTable>, 'logoBase64'>;

const COLUMNS = [
  'id',
  'networkName',
  'primaryColour',
  'accentColour',
  'senderName',
  'replyTo',
  'imprintText',
  'imprintUrl',
  'privacyUrl',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'logoContentType',
  'logoByteSize',
  'logoAlt',
  'version',
  'updatedAt',
  'updatedBy',
] as const;

const EMPTY: BrandingUpdate = {
  networkName: '',
  primaryColour: '',
  accentColour: '',
  senderName: '',
  replyTo: '',
  imprintText: '',
  imprintUrl: '',
  privacyUrl: '',
  contactName: '',
  contactRole: '',
  contactEmail: '',
  contactPhone: '',
};

/** The only code that touches the `branding` table. */
export function createBrandingRepository(db: Kysely<Database>) {
  async function ensureRow(now: string, updatedBy: string | null): Promise<void> {
    await db
      .insertInto('branding')
      .values({ id: BRANDING_ROW_ID, ...EMPTY, version: 0, updatedAt: now, updatedBy })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  return {
    /** The settings without the logo's bytes; undefined before anything was saved. */
    async findSettings(): Promise<BrandingRow | undefined> {
      return db.selectFrom('branding').select(COLUMNS).where('id', '=', BRANDING_ROW_ID).executeTakeFirst();
    },

    async saveSettings(input: BrandingUpdate, now: string, updatedBy: string | null): Promise<void> {
      await ensureRow(now, updatedBy);
      await db
        .updateTable('branding')
        .set((eb) => ({ ...input, version: eb('version', '+', 1), updatedAt: now, updatedBy }))
        .where('id', '=', BRANDING_ROW_ID)
        .execute();
    },

    async saveLogo(
      logo: { contentType: string; base64: string; byteSize: number; alt: string },
      now: string,
      updatedBy: string | null,
    ): Promise<void> {
      await ensureRow(now, updatedBy);
      await db
        .updateTable('branding')
        .set((eb) => ({
          logoContentType: logo.contentType,
          logoBase64: logo.base64,
          logoByteSize: logo.byteSize,
          logoAlt: logo.alt,
          version: eb('version', '+', 1),
          updatedAt: now,
          updatedBy,
        }))
        .where('id', '=', BRANDING_ROW_ID)
        .execute();
    },

    async clearLogo(now: string, updatedBy: string | null): Promise<void> {
      await db
        .updateTable('branding')
        .set((eb) => ({
          logoContentType: null,
          logoBase64: null,
          logoByteSize: null,
          logoAlt: null,
          version: eb('version', '+', 1),
          updatedAt: now,
          updatedBy,
        }))
        .where('id', '=', BRANDING_ROW_ID)
        .execute();
    },

    async readLogo(): Promise<{ contentType: string; base64: string; version: number } | undefined> {
      const row = await db
        .selectFrom('branding')
        .select(['logoContentType', 'logoBase64', 'version'])
        .where('id', '=', BRANDING_ROW_ID)
        .executeTakeFirst();
      if (!row?.logoContentType || !row.logoBase64) {
        return undefined;
      }
      return { contentType: row.logoContentType, base64: row.logoBase64, version: row.version };
    },
  };
}
export type BrandingRepository = ReturnType<typeof createBrandingRepository>;

/** The contact person's fields when they belong to the person (same email), and whether they last saved. */
export async function findBrandingOfPerson(db: Kysely<Database>, personId: string) {
  const person = await db.selectFrom('people').select('email').where('id', '=', personId).executeTakeFirst();
  const row = await db
    .selectFrom('branding')
    .select(['contactName', 'contactRole', 'contactEmail', 'contactPhone', 'updatedAt', 'updatedBy'])
    .where('id', '=', BRANDING_ROW_ID)
    .executeTakeFirst();
  if (!person || !row) {
    return null;
  }
  const isContact = row.contactEmail !== '' && row.contactEmail.toLowerCase() === person.email.toLowerCase();
  return { row, isContact, isLastEditor: row.updatedBy === personId };
}

/** Removes the person from the brand: the contact person's fields if they are theirs, and the editor mark. */
export async function eraseBrandingOfPerson(trx: Kysely<Database>, personId: string): Promise<void> {
  const found = await findBrandingOfPerson(trx, personId);
  if (!found) {
    return;
  }
  if (found.isContact) {
    await trx
      .updateTable('branding')
      .set({ contactName: '', contactRole: '', contactEmail: '', contactPhone: '' })
      .where('id', '=', BRANDING_ROW_ID)
      .execute();
  }
  await trx
    .updateTable('branding')
    .set({ updatedBy: null })
    .where('id', '=', BRANDING_ROW_ID)
    .where('updatedBy', '=', personId)
    .execute();
}
