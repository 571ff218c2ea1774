import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminRetrospective, Photo, PublicRetrospective } from '../../src/contract/retrospective.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import * as draftMigration from '../../src/server/db/migrations/202612071800_retrospective_draft.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { send } from '../program/helpers.js';
import { createPastEvent, insertRegistrations } from './factory.js';
import { insertSurveyResponse } from './live-factory.js';

/** The smallest valid PNG (1×1 pixel). */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const draft = {
  headline: 'Rückblick: Partner über Branchengrenzen',
  lead: 'Ein Tag, viele neue Kontakte.',
  body: 'Wir danken allen.\n\n**Fett**\n\n<script>alert(1)</script>',
  reportUrl: 'https://example.org/bericht.pdf',
  contact: { name: 'Dr. Katrin Beispiel', role: 'Netzwerkmanagerin', email: 'kb@example.org', phone: '' },
  quotes: [
    { text: 'Ich habe zwei Partner gefunden.', attribution: 'Teilnehmerin aus der Energiewirtschaft' },
  ],
  figureKeys: ['participants', 'sectors', 'survey'],
};

describe.each(DIALECTS)('retrospective routes on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createPastEvent(t, organizer);
    const db = t.database.handle.db;
    await insertRegistrations(db, event.id, 4, { sector: 'energy', checkedIn: true });
    await insertRegistrations(db, event.id, 1, { sector: 'it', checkedIn: true });
    // Two survey answers only: the survey figure is chosen but must never be published.
    await insertSurveyResponse(db, event.id, { rating: 5, met: true, again: 'yes' });
    await insertSurveyResponse(db, event.id, { rating: 4, met: false, again: 'no' });
  });
  afterAll(async () => t.close());

  const base = () => `/api/v1/admin/events/${event.id}/retrospective`;

  it('starts empty, saves, and the editor says why a figure is hidden', async () => {
    const empty = await send<AdminRetrospective>(t, organizer, 'GET', base());
    expect(empty.body).toMatchObject({ exists: false, headline: '', publishedAt: null });
    const saved = await send<AdminRetrospective>(t, organizer, 'PUT', base(), draft);
    expect(saved.status).toBe(200);
    expect(saved.body.figureKeys).toEqual(['participants', 'sectors', 'survey']);
    const survey = saved.body.figures.find((f) => f.key === 'survey');
    expect(survey).toMatchObject({ suppressed: true, reason: 'small-group', groupSize: 2, value: null });
  });

  it('refuses a photo without alt text, of the wrong type or lying about its type', async () => {
    const noAlt = await send(t, organizer, 'POST', `${base()}/photos`, {
      contentType: 'image/png',
      dataBase64: PNG_BASE64,
      alt: ' ',
    });
    expect(noAlt.status).toBe(422);
    const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000').toString('base64');
    const wrong = await send<{ error: { fields: { field: string }[] } }>(
      t,
      organizer,
      'POST',
      `${base()}/photos`,
      {
        contentType: 'image/png',
        dataBase64: gif,
        alt: 'Ein Bild',
      },
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields[0]?.field).toBe('dataBase64');
    const lying = await send(t, organizer, 'POST', `${base()}/photos`, {
      contentType: 'image/jpeg',
      dataBase64: PNG_BASE64,
      alt: 'x',
    });
    expect(lying.status).toBe(422);
  });

  it('previews for the organizer; the public sees nothing until it is published', async () => {
    const upload = await send<Photo>(t, organizer, 'POST', `${base()}/photos`, {
      contentType: 'image/png',
      dataBase64: PNG_BASE64,
      alt: 'Blick in den vollen Saal',
    });
    expect(upload.status).toBe(201);
    const preview = await send<PublicRetrospective>(t, organizer, 'GET', `${base()}/preview`);
    expect(preview.body.bodyHtml).toContain('<strong>Fett</strong>');
    expect(preview.body.bodyHtml).not.toContain('<script');
    expect(preview.body.photos).toEqual([expect.objectContaining({ alt: 'Blick in den vollen Saal' })]);
    expect((await send(t, null, 'GET', `/api/v1/events/${event.slug}/retrospective`)).status).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: upload.body.url })).statusCode).toBe(404);
  });

  it('publishes: public page with text, photo and figures, small groups absent', async () => {
    expect((await send(t, organizer, 'POST', `${base()}/publish`)).status).toBe(200);
    const page = await send<PublicRetrospective>(
      t,
      null,
      'GET',
      `/api/v1/events/${event.slug}/retrospective`,
    );
    expect(page.status).toBe(200);
    expect(page.body.headline).toBe(draft.headline);
    expect(page.body.figures.map((f) => f.key)).toEqual(['participants', 'sectors']);
    expect(page.body.figures[0]).toMatchObject({ value: 5, basis: 'checked-in' });
    // IT has one person: not listed; energy's four are.
    expect(page.body.figures[1]?.items).toEqual([{ label: 'Energieversorgung', value: 4, percent: 80 }]);
    const photo = await t.app.inject({ method: 'GET', url: page.body.photos[0]!.url });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(Buffer.from(PNG_BASE64, 'base64'))).toBe(true);
  });

  it('keeps edits to a published retrospective in a draft until they are published', async () => {
    const publicPage = () =>
      send<PublicRetrospective>(t, null, 'GET', `/api/v1/events/${event.slug}/retrospective`);
    const before = (await publicPage()).body;
    expect((await send<AdminRetrospective>(t, organizer, 'GET', base())).body.hasUnpublishedChanges).toBe(
      false,
    );
    const edited = {
      ...draft,
      headline: 'Neue Überschrift',
      body: 'Neuer Text',
      figureKeys: ['participants'],
    };
    const saved = await send<AdminRetrospective>(t, organizer, 'PUT', base(), edited);
    expect(saved.body).toMatchObject({ headline: 'Neue Überschrift', hasUnpublishedChanges: true });
    expect(saved.body.publishedAt).not.toBeNull();
    // The public answer is unchanged; the organizer's preview shows the draft.
    expect((await publicPage()).body).toEqual(before);
    const preview = await send<PublicRetrospective>(t, organizer, 'GET', `${base()}/preview`);
    expect(preview.body.headline).toBe('Neue Überschrift');

    // Discard: the editor gets the published version back, the public page still shows it.
    const discarded = await send<AdminRetrospective>(t, organizer, 'POST', `${base()}/discard-draft`);
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({
      headline: draft.headline,
      body: draft.body,
      figureKeys: draft.figureKeys,
      hasUnpublishedChanges: false,
    });
    expect((await publicPage()).body).toEqual(before);

    // Edit again and publish the changes: now the public sees them.
    await send(t, organizer, 'PUT', base(), edited);
    const republished = await send<AdminRetrospective>(t, organizer, 'POST', `${base()}/publish`);
    expect(republished.body.hasUnpublishedChanges).toBe(false);
    const after = (await publicPage()).body;
    expect(after.headline).toBe('Neue Überschrift');
    expect(after.bodyHtml).toContain('Neuer Text');
    expect(after.figures.map((f) => f.key)).toEqual(['participants']);
  });

  it('only organizers discard a draft: anonymous 401, participant 403', async () => {
    const url = `${base()}/discard-draft`;
    expect((await send(t, null, 'POST', url)).status).toBe(401);
    const participant = await signInParticipant(t);
    expect((await send(t, participant, 'POST', url)).status).toBe(403);
  });

  it('gives a retrospective published before the draft migration its published version', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema around the migration
    const db = t.database.handle.db as Kysely<any>;
    await draftMigration.down(db);
    await draftMigration.up(db);
    const publicPage = () =>
      send<PublicRetrospective>(t, null, 'GET', `/api/v1/events/${event.slug}/retrospective`);
    const before = (await publicPage()).body;
    expect(before.headline).toBe('Neue Überschrift');
    expect((await send<AdminRetrospective>(t, organizer, 'GET', base())).body.hasUnpublishedChanges).toBe(
      false,
    );
    await send(t, organizer, 'PUT', base(), { ...draft, headline: 'Nach der Migration' });
    expect((await publicPage()).body).toEqual(before);
  });

  it('unpublishes: the public page is gone again', async () => {
    expect((await send(t, organizer, 'POST', `${base()}/unpublish`)).status).toBe(200);
    expect((await send(t, null, 'GET', `/api/v1/events/${event.slug}/retrospective`)).status).toBe(404);
    // Nothing published: nothing to go back to.
    expect((await send(t, organizer, 'POST', `${base()}/discard-draft`)).status).toBe(409);
  });

  it('refuses to publish before the event is over, and names a bad field', async () => {
    const upcoming = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events',
      headers: organizer.headers,
      payload: (await import('../factories.js')).buildEventInput(),
    });
    const id = upcoming.json<{ id: string }>().id;
    await send(t, organizer, 'PUT', `/api/v1/admin/events/${id}/retrospective`, draft);
    expect(
      (await send(t, organizer, 'POST', `/api/v1/admin/events/${id}/retrospective/publish`)).status,
    ).toBe(409);
    const bad = await send<{ error: { fields: { field: string }[] } }>(
      t,
      organizer,
      'PUT',
      base(),
      { ...draft, reportUrl: 'javascript:alert(1)' },
      'en',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0]?.field).toBe('reportUrl');
  });
});
