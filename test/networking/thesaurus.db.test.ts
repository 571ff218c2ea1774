import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recommendations, ThesaurusExtension } from '../../src/contract/networking.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, get, saveProfile } from './helpers.js';

// A subject the shipped thesaurus does not know.
const BEES = {
  id: 'beekeeping',
  prefLabel: { de: 'Imkerei', en: 'beekeeping' },
  altLabel: { de: ['Bienenvölker', 'Firmenbienen'], en: ['bee colonies', 'corporate beehives'] },
  broader: ['agriculture-food'],
};

describe.each(DIALECTS)('an event’s own thesaurus concepts on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
  });
  afterAll(async () => t.close());

  const url = () => `/api/v1/admin/events/${event.id}/thesaurus`;
  const put = (body: unknown, lang = 'de') =>
    t.app.inject({
      method: 'PUT',
      url: url(),
      headers: { ...organizer.headers, cookie: `${organizer.headers.cookie}; cd_lang=${lang}` },
      payload: body as object,
    });

  it('exports the shipped thesaurus and the event’s own concepts (none at first), for organizers only', async () => {
    const base = await get<ThesaurusExtension>(t, organizer, '/api/v1/admin/thesaurus');
    expect(base.status).toBe(200);
    expect(base.body.concepts.length).toBeGreaterThanOrEqual(230);
    expect(base.body.concepts.find((c) => c.id === 'battery-recycling')?.prefLabel.de).toBe(
      'Batterierecycling',
    );
    expect((await get<ThesaurusExtension>(t, organizer, url())).body).toEqual({ concepts: [] });
    const participant = await addParticipant(t, organizer, event.id);
    expect((await get(t, participant, url())).status).toBe(403);
    expect((await get(t, null, url())).status).toBe(401);
  });

  it('refuses concepts naming unknown relations or an id twice, naming the field in the request’s language', async () => {
    const unknown = await put({ concepts: [{ ...BEES, broader: ['no-such-concept'] }] });
    expect(unknown.statusCode).toBe(422);
    const fields = unknown.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field)).toEqual(['concepts.0.broader.0']);
    expect(fields[0]?.message).toContain('Begriff');
    expect(fields[0]?.message).toContain('no-such-concept');
    const english = await put({ concepts: [BEES, BEES] }, 'en');
    expect(english.statusCode).toBe(422);
    expect(
      english.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields[0],
    ).toMatchObject({
      field: 'concepts.1.id',
      message: 'This key appears twice.',
    });
    expect((await put({ concepts: [{ id: 'x' }] })).statusCode).toBe(422);
  });

  it('imports concepts that then match profiles of this event, and exports them again', async () => {
    const seller = await addParticipant(t, organizer, event.id, { organization: 'Imkerei Erzgebirge' });
    const buyer = await addParticipant(t, organizer, event.id, { organization: 'Modehaus Chemnitz' });
    await saveProfile(t, seller, event.slug, {
      organization: 'Imkerei Erzgebirge',
      sector: 'supplier',
      offerText: 'Bienenvölker für Ihr Firmengelände',
      seekText: 'Solarcarports für unseren Parkplatz',
      offerTags: [],
      seekTags: [],
    });
    await saveProfile(t, buyer, event.slug, {
      organization: 'Modehaus Chemnitz',
      sector: 'other',
      offerText: 'We build solar carports.',
      seekText: 'Bee colonies for the roof of our store.',
      offerTags: [],
      seekTags: [],
    });
    const people = `/api/v1/events/${event.slug}/networking/recommendations`;
    const before = await get<Recommendations>(t, buyer, people);
    expect(before.body.recommendations.map((r) => r.card.personId)).not.toContain(seller.personId);

    const saved = await put({ concepts: [BEES] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get<ThesaurusExtension>(t, organizer, url())).body).toEqual({ concepts: [BEES] });

    const after = await get<Recommendations>(t, buyer, people);
    const top = after.body.recommendations.find((r) => r.card.personId === seller.personId);
    expect(top?.reason.theyOfferYouSeekTerms).toEqual(['Bienenvölker']);
  });
});
