import type { Kysely } from 'kysely';
import type { Locale } from '../../../contract/locale.js';
import {
  RETROSPECTIVE_LIMITS,
  type AdminRetrospective,
  type Photo,
  type PhotoFields,
  type PhotoList,
  type PhotoUpload,
  type PublicRetrospective,
  type RetrospectiveFields,
} from '../../../contract/retrospective.js';
import { photoUploadSchema } from '../../../contract/retrospective.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import { renderMarkdown } from '../../markdown.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow, EventService } from '../events/index.js';
import { computeFigures } from './figures.js';
import {
  eventHead,
  hasUnpublishedChanges,
  publicRow,
  publishableFigures,
  publishedVersionOf,
  snapshotOf,
  storedFields,
  toPhoto,
  versionColumns,
  type PhotoEntry,
} from './mapping.js';
import { decodePhoto } from './photo-check.js';
import { assertCanEditRetrospective, canSeeDrafts } from './policy.js';
import { createRetrospectiveRepository, type RetrospectiveRow } from './repository.js';

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  events: Pick<EventService, 'findEventRowById' | 'findEventRowBySlug'>;
}

/** Writing, previewing, publishing and showing an event's retrospective, and serving its photos. */
export function createRetrospectiveService({ db, clock, events }: Deps) {
  const repo = createRetrospectiveRepository(db);

  async function eventFor(actor: Actor, eventId: string): Promise<EventRow> {
    assertCanEditRetrospective(actor);
    const event = await events.findEventRowById(eventId);
    if (!event) {
      throw new AppError('not_found');
    }
    return event;
  }

  /** The draft's photos, in order. */
  async function photosOf(eventId: string): Promise<Photo[]> {
    return (await repo.listPhotos(eventId)).map(toPhoto);
  }

  /**
   * The photos of the published version, in its order and with its texts (a version from before photos
   * were drafted has no list: then the draft's photos, as it was).
   */
  async function publishedPhotosOf(row: RetrospectiveRow): Promise<Photo[]> {
    const entries = publishedVersionOf(row)?.photos;
    if (!entries) {
      return photosOf(row.eventId);
    }
    const stored = new Set((await repo.listStoredPhotos(row.eventId)).map((p) => p.id));
    return entries
      .filter((entry) => stored.has(entry.id))
      .map((entry) => ({ ...entry, url: `/api/v1/retrospective-photos/${entry.id}` }));
  }

  function entriesOf(photos: readonly Photo[]): PhotoEntry[] {
    return photos.map(({ id, alt, caption }) => ({ id, alt, caption }));
  }

  /**
   * The page built from the draft (the organizer's preview) or from the published version (the public
   * page); published or not: the caller decides who may see a draft.
   */
  async function render(
    event: EventRow,
    locale: Locale,
    version: 'draft' | 'published',
  ): Promise<PublicRetrospective> {
    const found = await repo.find(event.id);
    if (!found) {
      throw new AppError('not_found');
    }
    const row = version === 'published' ? publicRow(found) : found;
    const stored = storedFields(row);
    const figures = await computeFigures(db, event.id, locale, clock.now(), stored.figureKeys);
    return {
      event: eventHead(event),
      headline: row.headline,
      lead: row.lead,
      bodyHtml: renderMarkdown(row.body),
      reportUrl: row.reportUrl ?? '',
      contact: stored.contact,
      quotes: stored.quotes,
      photos: version === 'published' ? await publishedPhotosOf(found) : await photosOf(event.id),
      figures: publishableFigures(figures, stored.figureKeys),
      publishedAt: row.publishedAt,
    };
  }

  return {
    /** The editor's view: stored fields (or defaults from the event) and every figure with its suppression. */
    async getForEditing(actor: Actor, eventId: string, locale: Locale): Promise<AdminRetrospective> {
      const event = await eventFor(actor, eventId);
      const row = await repo.find(eventId);
      const stored = storedFields(row);
      const photos = await photosOf(eventId);
      return {
        event: { ...eventHead(event), isPast: new Date(event.endsAt).getTime() <= clock.now().getTime() },
        exists: row !== undefined,
        headline: row?.headline ?? '',
        lead: row?.lead ?? '',
        body: row?.body ?? '',
        reportUrl: row?.reportUrl ?? '',
        contact: stored.contact,
        quotes: stored.quotes,
        figureKeys: stored.figureKeys,
        photos,
        figures: await computeFigures(db, eventId, locale, clock.now()),
        publishedAt: row?.publishedAt ?? null,
        hasUnpublishedChanges: hasUnpublishedChanges(row, entriesOf(photos)),
      };
    },

    /**
     * Saves the text fields and the chosen figures into the draft; a published retrospective stays
     * published and the public keeps seeing the published version until the organizer publishes again.
     */
    async save(actor: Actor, eventId: string, fields: RetrospectiveFields, locale: Locale) {
      await eventFor(actor, eventId);
      await repo.save({
        eventId,
        headline: fields.headline,
        lead: fields.lead,
        body: fields.body,
        reportUrl: fields.reportUrl === '' ? null : fields.reportUrl,
        contact: fields.contact ? JSON.stringify(fields.contact) : null,
        quotes: JSON.stringify(fields.quotes),
        figures: JSON.stringify([...new Set(fields.figureKeys)]),
        updatedAt: clock.now().toISOString(),
        updatedBy: actor.kind === 'person' ? actor.personId : null,
      });
      return this.getForEditing(actor, eventId, locale);
    },

    /** The public page exactly as it would look, for the organizer, published or not. */
    async preview(actor: Actor, eventId: string, locale: Locale): Promise<PublicRetrospective> {
      return render(await eventFor(actor, eventId), locale, 'draft');
    },

    /**
     * Publishes the draft as it stands, texts, figures and photos (only once the event is over;
     * publishing again publishes the changes) or withdraws the retrospective.
     */
    async setPublished(actor: Actor, eventId: string, publish: boolean, locale: Locale) {
      const event = await eventFor(actor, eventId);
      const now = clock.now();
      if (publish && (new Date(event.endsAt).getTime() > now.getTime() || event.status === 'draft')) {
        throw new AppError('invalid_state');
      }
      const stamp = now.toISOString();
      const row = await repo.find(eventId);
      const version = publish && row ? snapshotOf(row, entriesOf(await photosOf(eventId))) : null;
      if (!row || !(await repo.setPublishedAt(eventId, publish ? stamp : null, version, stamp))) {
        throw new AppError('not_found');
      }
      return this.getForEditing(actor, eventId, locale);
    },

    /**
     * Throws the draft away: the editor gets the published version back, texts and photos (409 when
     * nothing is published).
     */
    async discardDraft(actor: Actor, eventId: string, locale: Locale) {
      await eventFor(actor, eventId);
      const row = await repo.find(eventId);
      const version = row?.publishedAt ? publishedVersionOf(row) : undefined;
      if (!row) {
        throw new AppError('not_found');
      }
      if (!version) {
        throw new AppError('invalid_state');
      }
      await repo.replaceDraft(
        eventId,
        {
          ...versionColumns(version),
          updatedAt: clock.now().toISOString(),
          updatedBy: actor.kind === 'person' ? actor.personId : null,
        },
        version.photos,
      );
      return this.getForEditing(actor, eventId, locale);
    },

    /** The published retrospective of a public event by its slug; 404 while unpublished. */
    async getPublished(slug: string, locale: Locale): Promise<PublicRetrospective> {
      const event = await events.findEventRowBySlug(slug);
      if (!event || event.status === 'draft') {
        throw new AppError('not_found');
      }
      const page = await render(event, locale, 'published');
      if (!page.publishedAt) {
        throw new AppError('not_found');
      }
      return page;
    },

    /** Whether the event (by slug) has a published retrospective: the web shell's head uses it. */
    async findPublishedHead(slug: string) {
      const event = await events.findEventRowBySlug(slug);
      const found = event && event.status !== 'draft' ? await repo.find(event.id) : undefined;
      const row = found ? publicRow(found) : undefined;
      return event && row?.publishedAt ? { title: row.headline, description: row.lead, event } : null;
    },

    /** Stores an uploaded photo in the draft after checking its bytes; alt text is required. */
    async addPhoto(actor: Actor, eventId: string, upload: PhotoUpload): Promise<Photo> {
      await eventFor(actor, eventId);
      const input = photoUploadSchema.parse(upload);
      const bytes = decodePhoto(input.dataBase64, input.contentType);
      const id = newId();
      const stored = await repo.insertPhoto(
        {
          id,
          eventId,
          contentType: input.contentType,
          contentBase64: bytes.toString('base64'),
          byteSize: bytes.length,
          alt: input.alt,
          caption: input.caption,
          createdAt: clock.now().toISOString(),
        },
        RETROSPECTIVE_LIMITS.photosMax,
      );
      if (!stored) {
        throw fieldError('dataBase64', 'retrospective.photos_full', {
          maximum: RETROSPECTIVE_LIMITS.photosMax,
        });
      }
      return { id, url: `/api/v1/retrospective-photos/${id}`, alt: input.alt, caption: input.caption };
    },

    /**
     * Puts the event's photos in the given order (every photo's id exactly once); a list that does not
     * match the stored photos is refused with a 422 naming `photoIds`, and the order stays as it was.
     */
    async reorderPhotos(actor: Actor, eventId: string, photoIds: readonly string[]): Promise<PhotoList> {
      await eventFor(actor, eventId);
      if (!(await repo.reorderPhotos(eventId, photoIds))) {
        throw fieldError('photoIds', 'retrospective.photo_order_mismatch');
      }
      return { photos: await photosOf(eventId) };
    },

    /** Changes a draft photo's alt text (required) and caption; the public sees it once published. */
    async updatePhoto(actor: Actor, photoId: string, fields: PhotoFields): Promise<Photo> {
      assertCanEditRetrospective(actor);
      if (!(await repo.updatePhoto(photoId, fields))) {
        throw new AppError('not_found');
      }
      return { id: photoId, url: `/api/v1/retrospective-photos/${photoId}`, ...fields };
    },

    /** Takes a photo out of the draft; the published version keeps showing it until published again. */
    async deletePhoto(actor: Actor, photoId: string): Promise<void> {
      assertCanEditRetrospective(actor);
      const photo = await repo.findPhoto(photoId);
      const row = photo ? await repo.find(photo.eventId) : undefined;
      const published = (row && publishedVersionOf(row)?.photos) ?? [];
      if (
        !photo ||
        !(await repo.removePhoto(
          photoId,
          published.map((p) => p.id),
        ))
      ) {
        throw new AppError('not_found');
      }
    },

    /** A photo's bytes: for everyone once its retrospective is published, for organizers always. */
    async readPhoto(actor: Actor, photoId: string): Promise<{ contentType: string; bytes: Buffer }> {
      const photo = await repo.findPhoto(photoId);
      if (!photo) {
        throw new AppError('not_found');
      }
      if (!canSeeDrafts(actor)) {
        const row = await repo.find(photo.eventId);
        const event = await events.findEventRowById(photo.eventId);
        if (!row?.publishedAt || !event || event.status === 'draft') {
          throw new AppError('not_found');
        }
        // Only the published version's photos: one added to the draft stays private until published.
        const shown = await publishedPhotosOf(row);
        if (!shown.some((p) => p.id === photoId)) {
          throw new AppError('not_found');
        }
      }
      return { contentType: photo.contentType, bytes: Buffer.from(photo.contentBase64, 'base64') };
    },
  };
}
export type RetrospectiveService = ReturnType<typeof createRetrospectiveService>;
