import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPage, Recommendations } from '../../src/contract/networking.js';
import { createNetworkingService } from '../../src/server/features/networking/index.js';
import type { Actor } from '../../src/server/plugins/auth.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, get, saveProfile, type Participant } from './helpers.js';

const SUPPLIER = {
  organization: 'Leicht Teile GmbH',
  sector: 'supplier',
  offerText: 'Leichtbauteile aus Faserverbund, auch für Gehäuse.',
  seekText: 'Ladeinfrastruktur für unser Werk in Zwickau.',
  offerTags: ['lightweight'],
  seekTags: ['charging'],
  topics: ['Ladeinfrastruktur'],
  textLanguage: 'de' as const,
};

describe.each(DIALECTS)('directory search and recommendations on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let energy: Participant;
  let supplier: Participant;
  let colleague: Participant;
  let robotics: Participant;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    energy = await addParticipant(t, organizer, event.id, { firstName: 'Erika', lastName: 'Strom' });
    await saveProfile(t, energy, event.slug);
    supplier = await addParticipant(t, organizer, event.id, { firstName: 'Sven', lastName: 'Teile' });
    await saveProfile(t, supplier, event.slug, SUPPLIER);
    // Same organization as the energy profile (another spelling): never recommended to each other.
    colleague = await addParticipant(t, organizer, event.id, { firstName: 'Carla', lastName: 'Kollegin' });
    await saveProfile(t, colleague, event.slug, {
      organization: 'beispiel energie gmbh',
      sector: 'supplier',
      offerText: 'Lightweight carbon parts and battery housings.',
      seekText: 'Charging points for our depot.',
      offerTags: ['lightweight'],
      seekTags: ['charging'],
      textLanguage: 'en',
    });
    robotics = await addParticipant(t, organizer, event.id, { firstName: 'Rolf', lastName: 'Roboter' });
    await saveProfile(t, robotics, event.slug, {
      organization: 'Muldental Robotik',
      sector: 'machinery',
      offerText: 'Cobots for assembly lines and battery testing.',
      seekText: 'Funding for a pilot.',
      offerTags: ['automation'],
      seekTags: ['funding'],
      topics: ['Wasserstoff'],
      textLanguage: 'en',
    });
  });
  afterAll(async () => t.close());

  const directory = (who: Caller, query: string) =>
    get<DirectoryPage>(t, who, `/api/v1/events/${event.slug}/networking/directory${query}`);
  const names = (page: DirectoryPage) => page.entries.map((e) => e.card.lastName).sort();

  it('finds German and English word forms and compound parts', async () => {
    expect(names((await directory(supplier, '?q=Ladesäule')).body)).toEqual(['Strom']);
    expect(names((await directory(supplier, '?q=Ladesäulen')).body)).toEqual(['Strom']);
    expect(names((await directory(supplier, '?q=batteries')).body)).toEqual(['Kollegin', 'Roboter']);
    expect(names((await directory(supplier, '?q=Faserverbund%20Gehäuse')).body)).toEqual(['Teile']);
    // A competence label finds everyone with that tag, in either language.
    expect(names((await directory(supplier, '?q=Leichtbau')).body)).toEqual(['Kollegin', 'Strom', 'Teile']);
    expect(names((await directory(supplier, '?q=Roboter')).body)).toEqual(['Roboter']);
    expect((await directory(supplier, '?q=Quantencomputer')).body.total).toBe(0);
  });

  it('filters by sector, tag and topic', async () => {
    expect(names((await directory(supplier, '?sector=machinery')).body)).toEqual(['Roboter']);
    expect(names((await directory(supplier, '?tag=charging')).body)).toEqual(['Kollegin', 'Strom', 'Teile']);
    expect(names((await directory(supplier, '?topic=Wasserstoff')).body)).toEqual(['Roboter']);
    expect(names((await directory(supplier, '?tag=charging&sector=energy&q=Wallbox')).body)).toEqual([
      'Strom',
    ]);
  });

  it('says on each card why the person may matter to the viewer', async () => {
    const page = (await directory(supplier, '?q=Strom')).body;
    expect(page.entries[0]?.reason).toMatchObject({
      theyOfferYouSeekTags: ['charging'],
      youOfferTheySeekTags: ['lightweight'],
      otherSector: true,
    });
    const entry = await get<{ reason: { theyOfferYouSeekTerms: string[] } }>(
      t,
      supplier,
      `/api/v1/events/${event.slug}/networking/people/${energy.personId}`,
    );
    expect(entry.status).toBe(200);
    expect(entry.body.reason.theyOfferYouSeekTerms.length).toBeGreaterThan(0);
  });

  it('recommends reciprocal partners of other sectors with reasons, never colleagues', async () => {
    const mine = await get<Recommendations>(
      t,
      energy,
      `/api/v1/events/${event.slug}/networking/recommendations`,
    );
    expect(mine.status).toBe(200);
    expect(mine.body.hasProfile).toBe(true);
    expect(mine.body.recommendations.map((r) => r.card.personId)).toEqual([supplier.personId]);
    expect(mine.body.recommendations[0]?.reason).toMatchObject({
      theyOfferYouSeekTags: ['lightweight'],
      youOfferTheySeekTags: ['charging'],
      otherSector: true,
    });
    // One-sided interest is no recommendation: robotics seeks funding nobody offers.
    const theirs = await get<Recommendations>(
      t,
      robotics,
      `/api/v1/events/${event.slug}/networking/recommendations`,
    );
    expect(theirs.body.recommendations).toEqual([]);
  });

  it('follows a changed profile at once, and another instance follows through the version', async () => {
    const url = `/api/v1/events/${event.slug}/networking/recommendations`;
    const second = createNetworkingService({
      db: t.database.handle.db,
      clock: t.clock,
      consents: t.services.privacy,
      events: t.services.events,
    });
    const actor: Actor = {
      kind: 'person',
      personId: energy.personId,
      role: 'participant',
      sessionId: 'x',
      csrfToken: 'x',
      locale: 'de',
    };
    expect((await second.recommendFor(actor, event.slug, 10)).recommendations).toHaveLength(1);
    await saveProfile(t, supplier, event.slug, {
      ...SUPPLIER,
      seekTags: ['hydrogen'],
      seekText: 'Wasserstoff',
    });
    expect((await get<Recommendations>(t, energy, url)).body.recommendations).toEqual([]);
    expect((await second.recommendFor(actor, event.slug, 10)).recommendations).toEqual([]);
    await saveProfile(t, supplier, event.slug, SUPPLIER);
    expect((await second.recommendFor(actor, event.slug, 10)).recommendations).toHaveLength(1);
  });

  it('hides blocked people from recommendations both ways, and the blocker from the blocked', async () => {
    const url = `/api/v1/events/${event.slug}/networking/recommendations`;
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/blocks/${energy.personId}`,
      headers: supplier.headers,
    });
    expect((await get<Recommendations>(t, energy, url)).body.recommendations).toEqual([]);
    expect((await get<Recommendations>(t, supplier, url)).body.recommendations).toEqual([]);
    // The blocker still sees the blocked person (marked), the blocked person no longer sees the blocker.
    const seenByBlocker = (await directory(supplier, '?q=Strom')).body.entries;
    expect(seenByBlocker.map((e) => [e.card.lastName, e.blocked])).toEqual([['Strom', true]]);
    expect((await directory(energy, '?q=Sven')).body.total).toBe(0);
    expect((await directory(supplier, '?q=Sven')).body.total).toBe(1);
    const card = await get(t, energy, `/api/v1/events/${event.slug}/networking/people/${supplier.personId}`);
    expect(card.status).toBe(404);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/blocks/${energy.personId}`,
      headers: supplier.headers,
    });
    expect((await get<Recommendations>(t, energy, url)).body.recommendations).toHaveLength(1);
  });

  it('shows the directory to organizers; recommendations need a profile of one’s own', async () => {
    expect((await directory(organizer, '')).body.total).toBe(4);
    const token = await t.createToken('networking');
    expect((await directory(token, '?q=Roboter')).body.total).toBe(1);
    const withoutProfile = await addParticipant(t, organizer, event.id);
    const none = await get<Recommendations>(
      t,
      withoutProfile,
      `/api/v1/events/${event.slug}/networking/recommendations`,
    );
    expect(none.body).toEqual({ hasProfile: false, recommendations: [] });
    expect(colleague.personId).toBeTruthy();
  });
});
