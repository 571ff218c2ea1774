import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkingContext, ProfileCard } from '../../src/contract/networking.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, get, profileInput, saveProfile } from './helpers.js';

describe.each(DIALECTS)('networking profiles on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
  });
  afterAll(async () => t.close());

  const put = (who: Caller, body: unknown, lang = 'de') =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/events/${event.slug}/networking/profile`,
      headers: { ...who.headers, cookie: `${who.headers.cookie}; cd_lang=${lang}` },
      payload: body as object,
    });

  it('offers the editor the lists and a prefill from the registration', async () => {
    const anna = await addParticipant(t, organizer, event.id, { organization: 'Anna AG', sector: 'it' });
    const context = await get<NetworkingContext>(t, anna, `/api/v1/events/${event.slug}/networking?lang=en`);
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({
      canView: true,
      canHaveProfile: true,
      inDirectory: false,
      profile: null,
    });
    expect(context.body.prefill).toEqual({ organization: 'Anna AG', sector: 'it', position: '' });
    expect(context.body.competences).toContainEqual({ key: 'charging', label: 'Charging infrastructure' });
    expect(context.body.competences).toHaveLength(14);
    expect(context.body.topics).toEqual(['Ladeinfrastruktur', 'Wasserstoff']);
  });

  it('joins the directory only with the consent, which is recorded with its time and address', async () => {
    const ben = await addParticipant(t, organizer, event.id);
    const refused = await put(ben, profileInput({ directoryConsent: undefined }));
    expect(refused.statusCode).toBe(422);
    const fields = refused.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields[0]?.field).toBe('directoryConsent');
    expect(fields[0]?.message).toContain('Teilnehmerverzeichnis');

    const saved = await put(ben, profileInput());
    expect(saved.statusCode, saved.body).toBe(200);
    const card = saved.json<ProfileCard>();
    expect(card).toMatchObject({
      personId: ben.personId,
      organization: 'Beispiel Energie GmbH',
      offerTags: ['charging'],
    });
    expect(saved.body).not.toContain(ben.email);
    expect(saved.body).not.toContain('+49');

    const db = t.database.handle.db;
    const consent = await db
      .selectFrom('consents')
      .selectAll()
      .where('personId', '=', ben.personId)
      .where('kind', '=', 'directory')
      .where('textVersion', '=', 'networking/directory')
      .executeTakeFirst();
    expect(consent?.granted).toBe(1);
    expect(consent?.eventId).toBe(event.id);
    const registration = await db
      .selectFrom('registrations')
      .select('consentDirectory')
      .where('personId', '=', ben.personId)
      .executeTakeFirstOrThrow();
    expect(registration.consentDirectory).toBe(1);

    // A later change needs no new consent.
    const changed = await put(ben, profileInput({ directoryConsent: undefined, position: 'Vorstand' }));
    expect(changed.statusCode).toBe(200);
    expect(changed.json<ProfileCard>().position).toBe('Vorstand');
  });

  it('names each field that is not on the event lists, in the language of the request', async () => {
    const cora = await addParticipant(t, organizer, event.id);
    const response = await put(
      cora,
      profileInput({ sector: 'raumfahrt', offerTags: ['charging', 'teleportation'], topics: ['Mondbasis'] }),
      'en',
    );
    expect(response.statusCode).toBe(422);
    const fields = response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['offerTags.1', 'sector', 'topics.0']);
    expect(fields.find((f) => f.field === 'offerTags.1')?.message).toBe(
      'This competence is not on the list of this event.',
    );
    const tooLong = await put(cora, profileInput({ offerText: 'x'.repeat(2001) }));
    expect(tooLong.statusCode).toBe(422);
  });

  it('refuses a profile to people without a confirmed registration for the event', async () => {
    const other = await createNetworkingEvent(t, organizer);
    const dora = await addParticipant(t, organizer, other.id);
    const response = await put(dora, profileInput());
    expect(response.statusCode).toBe(403);
    const byOrganizer = await put(organizer, profileInput());
    expect(byOrganizer.statusCode).toBe(403);
  });

  it('leaves the directory: profile deleted, consent withdrawal recorded, no longer listed', async () => {
    const emil = await addParticipant(t, organizer, event.id);
    await saveProfile(t, emil, event.slug);
    const left = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/events/${event.slug}/networking/profile`,
      headers: emil.headers,
    });
    expect(left.statusCode).toBe(200);
    const db = t.database.handle.db;
    const profile = await db
      .selectFrom('networkingProfiles')
      .select('personId')
      .where('personId', '=', emil.personId)
      .executeTakeFirst();
    expect(profile).toBeUndefined();
    const withdrawals = await db
      .selectFrom('consents')
      .select('granted')
      .where('personId', '=', emil.personId)
      .where('kind', '=', 'directory')
      .orderBy('recordedAt')
      .execute();
    expect(withdrawals.map((c) => c.granted)).toEqual([1, 0]);
    expect(await t.services.networking.isInDirectory(event.id, emil.personId)).toBe(false);
  });

  it('gives other features the card without contact details, directory membership and blocks', async () => {
    const fritz = await addParticipant(t, organizer, event.id, { phone: '+49 351 999999' });
    const gerda = await addParticipant(t, organizer, event.id);
    await saveProfile(t, fritz, event.slug);
    const card = await t.services.networking.getProfileCard(event.id, fritz.personId);
    expect(card?.personId).toBe(fritz.personId);
    expect(JSON.stringify(card)).not.toMatch(/@|999999/);
    expect(await t.services.networking.getProfileCard(event.id, gerda.personId)).toBeNull();
    expect(await t.services.networking.isInDirectory(event.id, fritz.personId)).toBe(true);

    const block = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/blocks/${fritz.personId}`,
      headers: gerda.headers,
    });
    expect(block.statusCode).toBe(200);
    expect(await t.services.networking.isBlocked(fritz.personId, gerda.personId)).toBe(true);
    expect([...(await t.services.networking.listBlocked(fritz.personId))]).toEqual([gerda.personId]);
    const list = await get<{ blocked: { personId: string }[] }>(t, gerda, '/api/v1/me/blocks');
    expect(list.body.blocked.map((b) => b.personId)).toEqual([fritz.personId]);
    const self = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/blocks/${gerda.personId}`,
      headers: gerda.headers,
    });
    expect(self.statusCode).toBe(400);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/blocks/${fritz.personId}`,
      headers: gerda.headers,
    });
    expect(await t.services.networking.isBlocked(gerda.personId, fritz.personId)).toBe(false);
  });

  it('exports the profiles with the person data and erases them with the person', async () => {
    const hanna = await addParticipant(t, organizer, event.id);
    await saveProfile(t, hanna, event.slug, { offerText: 'Wasserstoff-Elektrolyseure' });
    const exported = await get<{ networking: { profiles: { offerText: string; offerTags: string[] }[] } }>(
      t,
      hanna,
      '/api/v1/me/export',
    );
    expect(exported.body.networking.profiles).toHaveLength(1);
    expect(exported.body.networking.profiles[0]).toMatchObject({
      offerText: 'Wasserstoff-Elektrolyseure',
      offerTags: ['charging'],
    });
    const erased = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: hanna.headers });
    expect(erased.statusCode).toBe(200);
    const left = await t.database.handle.db
      .selectFrom('networkingProfiles')
      .select('personId')
      .where('personId', '=', hanna.personId)
      .execute();
    expect(left).toEqual([]);
  });

  it('lets organizers edit the competence list; profiles then choose from the new list', async () => {
    const url = `/api/v1/admin/events/${event.id}/competences`;
    const initial = await get<{ competences: { key: string }[] }>(t, organizer, url);
    expect(initial.body.competences).toHaveLength(14);
    const duplicate = await t.app.inject({
      method: 'PUT',
      url,
      headers: organizer.headers,
      payload: {
        competences: [
          { key: 'a', label: { de: 'A', en: 'A' } },
          { key: 'a', label: { de: 'B', en: 'B' } },
        ],
      },
    });
    expect(duplicate.statusCode).toBe(422);
    const replaced = await t.app.inject({
      method: 'PUT',
      url,
      headers: organizer.headers,
      payload: {
        competences: [...initial.body.competences, { key: 'drones', label: { de: 'Drohnen', en: 'Drones' } }],
      },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const ida = await addParticipant(t, organizer, event.id);
    await saveProfile(t, ida, event.slug, { offerTags: ['drones'] });
  });
});
