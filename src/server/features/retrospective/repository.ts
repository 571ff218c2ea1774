import type { Kysely, Selectable } from 'kysely';
import type { Database, RetrospectivePhotosTable, RetrospectivesTable } from '../../db/schema.js';

export type RetrospectiveRow = Selectable<RetrospectivesTable>;
export type PhotoMeta = Omit<Selectable<RetrospectivePhotosTable>, 'contentBase64'>;

/** The columns an organizer edits; the published version is a snapshot of exactly these. */
export const DRAFT_COLUMNS = [
  'headline',
  'lead',
  'body',
  'reportUrl',
  'contact',
  'quotes',
  'figures',
] as const;
export type DraftColumn = (typeof DRAFT_COLUMNS)[number];

const PHOTO_META = [
  'id',
  'eventId',
  'contentType',
  'byteSize',
  'alt',
  'caption',
  'position',
  'createdAt',
] as const;

/** The only code that touches the retrospective tables. */
export function createRetrospectiveRepository(db: Kysely<Database>) {
  return {
    async find(eventId: string): Promise<RetrospectiveRow | undefined> {
      return db.selectFrom('retrospectives').selectAll().where('eventId', '=', eventId).executeTakeFirst();
    },

    /** Inserts or replaces the text fields; publication state is left as it is. */
    async save(row: Omit<RetrospectiveRow, 'publishedAt' | 'publishedVersion'>): Promise<void> {
      const { eventId: _eventId, ...fields } = row;
      await db
        .insertInto('retrospectives')
        .values({ ...row, publishedAt: null, publishedVersion: null })
        .onConflict((oc) => oc.column('eventId').doUpdateSet(fields))
        .execute();
    },

    /**
     * Sets or clears the publication instant and the published version (the snapshot the public page
     * reads); false when there is no retrospective.
     */
    async setPublishedAt(
      eventId: string,
      publishedAt: string | null,
      publishedVersion: string | null,
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('retrospectives')
        .set({ publishedAt, publishedVersion, updatedAt: now })
        .where('eventId', '=', eventId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Overwrites the draft columns (with the published version's); false when there is no retrospective. */
    async replaceDraft(
      eventId: string,
      fields: Pick<RetrospectiveRow, DraftColumn | 'updatedAt' | 'updatedBy'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('retrospectives')
        .set(fields)
        .where('eventId', '=', eventId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async listPhotos(eventId: string): Promise<PhotoMeta[]> {
      return db
        .selectFrom('retrospectivePhotos')
        .select(PHOTO_META)
        .where('eventId', '=', eventId)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();
    },

    async findPhoto(id: string) {
      return db.selectFrom('retrospectivePhotos').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Adds a photo at the end unless the event already has `max` (decided in one transaction). */
    async insertPhoto(
      row: Omit<Selectable<RetrospectivePhotosTable>, 'position'>,
      max: number,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const count = await trx
          .selectFrom('retrospectivePhotos')
          .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('position').as('last')])
          .where('eventId', '=', row.eventId)
          .executeTakeFirstOrThrow();
        if (Number(count.n) >= max) {
          return false;
        }
        // After removals and reordering positions have gaps: the end is past the highest one, not the count.
        const position = count.last === null ? 0 : Number(count.last) + 1;
        await trx
          .insertInto('retrospectivePhotos')
          .values({ ...row, position })
          .execute();
        return true;
      });
    },

    /**
     * Gives the event's photos the positions of `ids`, in one transaction; false (and nothing changed)
     * unless `ids` names every photo of the event exactly once and no other.
     */
    async reorderPhotos(eventId: string, ids: readonly string[]): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const stored = await trx
          .selectFrom('retrospectivePhotos')
          .select('id')
          .where('eventId', '=', eventId)
          .execute();
        const storedIds = new Set(stored.map((p) => p.id));
        const sameSet =
          ids.length === storedIds.size &&
          new Set(ids).size === ids.length &&
          ids.every((id) => storedIds.has(id));
        if (!sameSet) {
          return false;
        }
        for (const [position, id] of ids.entries()) {
          await trx
            .updateTable('retrospectivePhotos')
            .set({ position })
            .where('id', '=', id)
            .where('eventId', '=', eventId)
            .execute();
        }
        return true;
      });
    },

    async updatePhoto(id: string, fields: { alt: string; caption: string }): Promise<boolean> {
      const result = await db
        .updateTable('retrospectivePhotos')
        .set(fields)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async deletePhoto(id: string): Promise<boolean> {
      const result = await db.deleteFrom('retrospectivePhotos').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
export type RetrospectiveRepository = ReturnType<typeof createRetrospectiveRepository>;
