import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdminRetrospective,
  Photo,
  PhotoList,
  PublicRetrospective,
} from '../../src/contract/retrospective.js';
import * as photoDraftMigration from '../../src/server/db/migrations/202612081000_retrospective_photo_draft.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { send } from '../program/helpers.js';
import { createPastEvent } from './factory.js';

/** The smallest valid PNG (1×1 pixel). */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type ErrorBody = { error: { code: string; fields: { field: string; message: string }[] } };

describe.each(DIALECTS)('retrospective photos: alt text, order and draft on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let other: { id: string; slug: string };
  const ids: string[] = [];
  let foreignId = '';

  const base = (eventId = event.id) => `/api/v1/admin/events/${eventId}/retrospective`;
  const upload = async (eventId: string, alt: string) => {
    const response = await send<Photo>(t, organizer, 'POST', `${base(eventId)}/photos`, {
      contentType: 'image/png',
      dataBase64: PNG_BASE64,
      alt,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const publicAlts = async () => {
    const page = await send<PublicRetrospective>(
      t,
      null,
      'GET',
      `/api/v1/events/${event.slug}/retrospective`,
    );
    expect(page.status).toBe(200);
    return page.body.photos.map((p) => p.alt);
  };
  const publish = async () => {
    const published = await send<AdminRetrospective>(t, organizer, 'POST', `${base()}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.hasUnpublishedChanges).toBe(false);
  };
  const editor = async () => (await send<AdminRetrospective>(t, organizer, 'GET', base())).body;
  /** The status of a photo's bytes for anonymous visitors and for the organizer. */
  const photoStatus = async (id: string) => {
    const url = `/api/v1/retrospective-photos/${id}`;
    return {
      visitor: (await t.app.inject({ method: 'GET', url })).statusCode,
      organizer: (await t.app.inject({ method: 'GET', url, headers: organizer.headers })).statusCode,
    };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createPastEvent(t, organizer);
    other = await createPastEvent(t, organizer);
    for (const e of [event, other]) {
      await send(t, organizer, 'PUT', base(e.id), { headline: 'Rückblick' });
    }
    for (const alt of ['Foto A', 'Foto B', 'Foto C']) {
      ids.push(await upload(event.id, alt));
    }
    foreignId = await upload(other.id, 'Fremdes Foto');
    expect((await send(t, organizer, 'POST', `${base()}/publish`)).status).toBe(200);
  });
  afterAll(async () => t.close());

  it('changes a photo’s alt text and caption in the draft; the public page shows them once published', async () => {
    const changed = await send<Photo>(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${ids[0]}`, {
      alt: '  Blick in den vollen Saal  ',
      caption: 'Gläserne Manufaktur, 6. Februar',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      alt: 'Blick in den vollen Saal',
      caption: 'Gläserne Manufaktur, 6. Februar',
    });
    // A draft: the public still reads the published texts; the editor says there is something to publish.
    expect(await publicAlts()).toEqual(['Foto A', 'Foto B', 'Foto C']);
    expect((await editor()).hasUnpublishedChanges).toBe(true);
    const preview = await send<PublicRetrospective>(t, organizer, 'GET', `${base()}/preview`);
    expect(preview.body.photos[0]?.alt).toBe('Blick in den vollen Saal');
    await publish();
    const page = await send<PublicRetrospective>(
      t,
      null,
      'GET',
      `/api/v1/events/${event.slug}/retrospective`,
    );
    expect(page.body.photos[0]).toMatchObject({
      id: ids[0],
      alt: 'Blick in den vollen Saal',
      caption: 'Gläserne Manufaktur, 6. Februar',
    });
  });

  it('refuses an empty or too long alt text with 422 naming the field, and keeps the old one', async () => {
    const empty = await send<ErrorBody>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/retrospective-photos/${ids[0]}`,
      { alt: '   ', caption: 'neu' },
      'en',
    );
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toEqual([
      expect.objectContaining({ field: 'alt', message: 'This field is required.' }),
    ]);
    const long = await send<ErrorBody>(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${ids[0]}`, {
      alt: 'x'.repeat(301),
    });
    expect(long.status).toBe(422);
    expect(long.body.error.fields[0]).toMatchObject({
      field: 'alt',
      message: 'Bitte geben Sie höchstens 300 Zeichen ein.',
    });
    const page = await send<PublicRetrospective>(
      t,
      null,
      'GET',
      `/api/v1/events/${event.slug}/retrospective`,
    );
    expect(page.body.photos[0]).toMatchObject({
      alt: 'Blick in den vollen Saal',
      caption: 'Gläserne Manufaktur, 6. Februar',
    });
  });

  it('reorders the photos; the public page follows the new order once published', async () => {
    const order = [ids[2]!, ids[0]!, ids[1]!];
    const response = await send<PhotoList>(t, organizer, 'PUT', `${base()}/photos/order`, {
      photoIds: order,
    });
    expect(response.status).toBe(200);
    expect(response.body.photos.map((p) => p.id)).toEqual(order);
    expect(await publicAlts()).toEqual(['Blick in den vollen Saal', 'Foto B', 'Foto C']);
    expect((await editor()).hasUnpublishedChanges).toBe(true);
    await publish();
    expect(await publicAlts()).toEqual(['Foto C', 'Blick in den vollen Saal', 'Foto B']);
  });

  it('refuses an order that leaves a photo out, repeats one or names another event’s, and keeps the old one', async () => {
    const before = await publicAlts();
    const bad = [
      [ids[0]!, ids[1]!],
      [ids[2]!, ids[0]!, ids[1]!, foreignId],
      [ids[2]!, ids[0]!, foreignId],
      [ids[2]!, ids[0]!, ids[0]!],
    ];
    for (const photoIds of bad) {
      const response = await send<ErrorBody>(
        t,
        organizer,
        'PUT',
        `${base()}/photos/order`,
        { photoIds },
        'en',
      );
      expect(response.status).toBe(422);
      expect(response.body.error.fields[0]?.field).toBe('photoIds');
      expect(response.body.error.fields[0]?.message).toMatch(
        /every photo of this retrospective exactly once/,
      );
    }
    expect(await publicAlts()).toEqual(before);
    // The other event's photo stays where it was, too.
    const otherEditor = await send<{ photos: Photo[] }>(t, organizer, 'GET', base(other.id));
    expect(otherEditor.body.photos.map((p) => p.id)).toEqual([foreignId]);
  });

  it('adds a new photo at the end after removals and reordering; both go public only when published', async () => {
    // Left: "Foto B" at position 2 of one photo; a new one must still come after it.
    for (const id of [ids[2]!, ids[0]!]) {
      expect((await send(t, organizer, 'DELETE', `/api/v1/admin/retrospective-photos/${id}`)).status).toBe(
        200,
      );
    }
    ids.push(await upload(event.id, 'Foto D'));
    expect((await editor()).photos.map((p) => p.alt)).toEqual(['Foto B', 'Foto D']);
    // Until published, the public page keeps the removed photos (and their bytes), and the new one is
    // nobody's business but the organizers'.
    expect(await publicAlts()).toEqual(['Foto C', 'Blick in den vollen Saal', 'Foto B']);
    expect(await photoStatus(ids[2]!)).toEqual({ visitor: 200, organizer: 200 });
    expect(await photoStatus(ids[3]!)).toEqual({ visitor: 404, organizer: 200 });
    // A removed photo is out of the draft: it cannot be edited or removed twice.
    expect(
      (await send(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${ids[2]}`, { alt: 'x' })).status,
    ).toBe(404);
    expect((await send(t, organizer, 'DELETE', `/api/v1/admin/retrospective-photos/${ids[2]}`)).status).toBe(
      404,
    );
    await publish();
    expect(await publicAlts()).toEqual(['Foto B', 'Foto D']);
    expect(await photoStatus(ids[3]!)).toEqual({ visitor: 200, organizer: 200 });
    // Published without them: the removed photos are gone for good.
    expect(await photoStatus(ids[2]!)).toEqual({ visitor: 404, organizer: 404 });
    expect(await photoStatus(ids[0]!)).toEqual({ visitor: 404, organizer: 404 });
  });

  it('lets no one but an organizer change alt text or order', async () => {
    const participant = await signInParticipant(t);
    const edit = `/api/v1/admin/retrospective-photos/${ids[1]}`;
    const order = `${base()}/photos/order`;
    const photoIds = [ids[3]!, ids[1]!];
    expect((await send(t, null, 'PUT', edit, { alt: 'Gekapert' })).status).toBe(401);
    expect((await send(t, participant, 'PUT', edit, { alt: 'Gekapert' })).status).toBe(403);
    expect((await send(t, null, 'PUT', order, { photoIds })).status).toBe(401);
    expect((await send(t, participant, 'PUT', order, { photoIds })).status).toBe(403);
    expect(await publicAlts()).toEqual(['Foto B', 'Foto D']);
  });

  it('answers 404 for an unknown photo or event', async () => {
    const unknown = '0190f1e2-0000-7000-8000-000000000000';
    expect(
      (await send(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${unknown}`, { alt: 'x' })).status,
    ).toBe(404);
    expect((await send(t, organizer, 'PUT', `${base(unknown)}/photos/order`, { photoIds: [] })).status).toBe(
      404,
    );
  });

  it('discards photo changes with the draft: the published photos, texts and order come back', async () => {
    const published = await publicAlts();
    const newId = await upload(event.id, 'Foto E');
    await send(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${ids[1]}`, { alt: 'Umbenannt' });
    await send(t, organizer, 'DELETE', `/api/v1/admin/retrospective-photos/${ids[3]}`);
    expect((await editor()).photos.map((p) => p.alt)).toEqual(['Umbenannt', 'Foto E']);
    expect((await editor()).hasUnpublishedChanges).toBe(true);

    const discarded = await send<AdminRetrospective>(t, organizer, 'POST', `${base()}/discard-draft`);
    expect(discarded.status).toBe(200);
    expect(discarded.body.photos.map((p) => p.alt)).toEqual(published);
    expect(discarded.body.photos.map((p) => p.id)).toEqual([ids[1], ids[3]]);
    expect(discarded.body.hasUnpublishedChanges).toBe(false);
    expect(await publicAlts()).toEqual(published);
    // The photo added in the discarded draft is deleted.
    expect(await photoStatus(newId)).toEqual({ visitor: 404, organizer: 404 });
  });

  it('withdrawing deletes photos removed from the draft; the draft keeps the others', async () => {
    await send(t, organizer, 'DELETE', `/api/v1/admin/retrospective-photos/${ids[3]}`);
    expect(await photoStatus(ids[3]!)).toEqual({ visitor: 200, organizer: 200 });
    expect((await send(t, organizer, 'POST', `${base()}/unpublish`)).status).toBe(200);
    expect(await photoStatus(ids[3]!)).toEqual({ visitor: 404, organizer: 404 });
    expect(await photoStatus(ids[1]!)).toEqual({ visitor: 404, organizer: 200 });
    expect((await editor()).photos.map((p) => p.id)).toEqual([ids[1]]);
    await publish();
    expect(await publicAlts()).toEqual(['Foto B']);
  });

  it('gives a retrospective published before the photo draft its photos as published, in order', async () => {
    const before = await publicAlts();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema around the migration
    const db = t.database.handle.db as Kysely<any>;
    await photoDraftMigration.down(db);
    await photoDraftMigration.up(db);
    expect(await publicAlts()).toEqual(before);
    expect((await editor()).hasUnpublishedChanges).toBe(false);
    // From now on photo changes are drafted here too.
    await send(t, organizer, 'PUT', `/api/v1/admin/retrospective-photos/${ids[1]}`, { alt: 'Später' });
    expect(await publicAlts()).toEqual(before);
    await publish();
  });
});
