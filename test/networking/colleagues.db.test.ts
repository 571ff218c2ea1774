import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recommendations } from '../../src/contract/networking.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, get, saveProfile } from './helpers.js';

// Two people of one utility whose organization names share no word: only the mail domain tells.
const GRID = {
  sector: 'energy',
  offerText: 'Wir planen Netzanschlüsse und Trafostationen für Gewerbegebiete.',
  seekText: 'Lastmanagement-Software für unsere Ladeparks.',
  offerTags: [],
  seekTags: [],
};
const SOFTWARE = {
  sector: 'it',
  offerText: 'We build load management software for charging parks.',
  seekText: 'A grid connection and a transformer station for our new depot.',
  offerTags: [],
  seekTags: [],
  textLanguage: 'en' as const,
};

describe.each(DIALECTS)('colleagues by mail domain on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
  });
  afterAll(async () => t.close());

  it('never recommends people whose addresses share their organization’s domain, whatever names they wrote', async () => {
    const grid = await addParticipant(t, organizer, event.id, { mailDomain: 'ev-nordhain.de' });
    const software = await addParticipant(t, organizer, event.id, { mailDomain: 'mail.ev-nordhain.de' });
    const outsider = await addParticipant(t, organizer, event.id, { mailDomain: 'lastwerk.example.de' });
    await saveProfile(t, grid, event.slug, { ...GRID, organization: 'Energieversorgung Nordhain GmbH' });
    await saveProfile(t, software, event.slug, { ...SOFTWARE, organization: 'EVN Digital Labs' });
    await saveProfile(t, outsider, event.slug, { ...SOFTWARE, organization: 'Lastwerk GmbH' });

    const people = `/api/v1/events/${event.slug}/networking/recommendations`;
    const forGrid = await get<Recommendations>(t, grid, people);
    expect(forGrid.status).toBe(200);
    const ids = forGrid.body.recommendations.map((r) => r.card.personId);
    // The outsider with the same profile is recommended: only the domain keeps the colleague out.
    expect(ids).toContain(outsider.personId);
    expect(ids).not.toContain(software.personId);
    const forSoftware = await get<Recommendations>(t, software, people);
    expect(forSoftware.body.recommendations.map((r) => r.card.personId)).not.toContain(grid.personId);
  });
});
