import type { Kysely, Selectable } from 'kysely';
import type { Database, RetrospectivePhotosTable, RetrospectivesTable } from '../../db/schema.js';

export type RetrospectiveRow = Selectable<RetrospectivesTable>;
export type PhotoMeta = Omit<Selectable<RetrospectivePhotosTable>, 'contentBase64' | 'inDraft'>;

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
     * reads), and deletes the photos removed from the draft: the new version (or none) no longer shows
     * them. False when there is no retrospective.
     */
    async setPublishedAt(
      eventId: string,
      publishedAt: string | null,
      publishedVersion: string | null,
      now: string,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('retrospectives')
          .set({ publishedAt, publishedVersion, updatedAt: now })
          .where('eventId', '=', eventId)
          .executeTakeFirst();
        await trx
          .deleteFrom('retrospectivePhotos')
          .where('eventId', '=', eventId)
          .where('inDraft', '=', 0)
          .execute();
        return Number(result.numUpdatedRows) > 0;
      });
    },

    /**
     * Overwrites the draft with a published version: its columns, and its photos (back in the draft
     * with their texts and order; photos added since are deleted). False when there is no retrospective.
     */
    async replaceDraft(
      eventId: string,
      fields: Pick<RetrospectiveRow, DraftColumn | 'updatedAt' | 'updatedBy'>,
      photos: readonly { id: string; alt: string; caption: string }[] | undefined,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('retrospectives')
          .set(fields)
          .where('eventId', '=', eventId)
          .executeTakeFirst();
        if (photos) {
          let added = trx.deleteFrom('retrospectivePhotos').where('eventId', '=', eventId);
          if (photos.length > 0) {
            added = added.where(
              'id',
              'not in',
              photos.map((p) => p.id),
            );
          }
          await added.execute();
          for (const [position, photo] of photos.entries()) {
            await trx
              .updateTable('retrospectivePhotos')
              .set({ alt: photo.alt, caption: photo.caption, position, inDraft: 1 })
              .where('id', '=', photo.id)
              .where('eventId', '=', eventId)
              .execute();
          }
        }
        return Number(result.numUpdatedRows) > 0;
      });
    },

    /** The photos of the draft, in order. */
    async listPhotos(eventId: string): Promise<PhotoMeta[]> {
      return db
        .selectFrom('retrospectivePhotos')
        .select(PHOTO_META)
        .where('eventId', '=', eventId)
        .where('inDraft', '=', 1)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();
    },

    /** Every stored photo of the event, in the draft or only in the published version. */
    async listStoredPhotos(eventId: string): Promise<(PhotoMeta & { inDraft: number })[]> {
      return db
        .selectFrom('retrospectivePhotos')
        .select([...PHOTO_META, 'inDraft'])
        .where('eventId', '=', eventId)
        .execute();
    },

    async findPhoto(id: string) {
      return db.selectFrom('retrospectivePhotos').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Adds a photo at the end of the draft unless the draft already has `max` (decided in one transaction). */
    async insertPhoto(
      row: Omit<Selectable<RetrospectivePhotosTable>, 'position' | 'inDraft'>,
      max: number,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const count = await trx
          .selectFrom('retrospectivePhotos')
          .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('position').as('last')])
          .where('eventId', '=', row.eventId)
          .where('inDraft', '=', 1)
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
     * Gives the draft's photos the positions of `ids`, in one transaction; false (and nothing changed)
     * unless `ids` names every photo of the draft exactly once and no other.
     */
    async reorderPhotos(eventId: string, ids: readonly string[]): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const stored = await trx
          .selectFrom('retrospectivePhotos')
          .select('id')
          .where('eventId', '=', eventId)
          .where('inDraft', '=', 1)
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

    /** Changes a draft photo's texts; false when the photo is not in the draft. */
    async updatePhoto(id: string, fields: { alt: string; caption: string }): Promise<boolean> {
      const result = await db
        .updateTable('retrospectivePhotos')
        .set(fields)
        .where('id', '=', id)
        .where('inDraft', '=', 1)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /**
     * Takes a photo out of the draft: deleted at once unless the published version shows it, which
     * keeps it (marked as removed) until the next publish or withdrawal. False when not in the draft.
     */
    async removePhoto(id: string, publishedIds: readonly string[]): Promise<boolean> {
      const result = publishedIds.includes(id)
        ? await db
            .updateTable('retrospectivePhotos')
            .set({ inDraft: 0 })
            .where('id', '=', id)
            .where('inDraft', '=', 1)
            .executeTakeFirst()
            .then((r) => Number(r.numUpdatedRows))
        : await db
            .deleteFrom('retrospectivePhotos')
            .where('id', '=', id)
            .where('inDraft', '=', 1)
            .executeTakeFirst()
            .then((r) => Number(r.numDeletedRows));
      return result > 0;
    },
  };
}
export type RetrospectiveRepository = ReturnType<typeof createRetrospectiveRepository>;
