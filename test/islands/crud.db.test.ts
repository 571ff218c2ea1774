import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  HostCandidate,
  IslandAdmin,
  IslandSettings,
  IslandsOverview,
  PublicIslands,
} from '../../src/contract/islands.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addIsland, addParticipant, createIslandEvent, send } from './helpers.js';

interface ErrorAnswer {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('islands: editor, hosts and settings on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  it('creates, reads, changes and removes islands; rounds come from the programme', async () => {
    const event = await createIslandEvent(t, organizer, 2);
    const energy = await addIsland(t, organizer, event.id, { guidingQuestions: ['Wer lädt wo?'] });
    await addIsland(t, organizer, event.id, { theme: 'Mobilität', tableLabel: 'Tisch 4' });
    const overview = await send<IslandsOverview>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/islands`,
    );
    expect(overview.status).toBe(200);
    expect(overview.body.islands.map((i) => [i.theme, i.position])).toEqual([
      ['Energie', 1],
      ['Mobilität', 2],
    ]);
    expect(overview.body.rounds.map((r) => [r.id, r.number])).toEqual([
      [event.roundIds[0], 1],
      [event.roundIds[1], 2],
    ]);
    expect(overview.body.settings).toMatchObject({ status: 'none', maxSectorSharePercent: 40 });

    const changed = await send<IslandAdmin>(t, organizer, 'PUT', `/api/v1/admin/islands/${energy.id}`, {
      theme: 'Energie und Wasserstoff',
      capacity: 8,
      place: 'Halle B',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      theme: 'Energie und Wasserstoff',
      capacity: 8,
      guidingQuestions: [],
    });

    const removed = await send(t, organizer, 'DELETE', `/api/v1/admin/islands/${energy.id}`);
    expect(removed.status).toBe(200);
    const visitors = await send<PublicIslands>(t, null, 'GET', `/api/v1/events/${event.slug}/islands`);
    expect(visitors.body.islands.map((i) => i.theme)).toEqual(['Mobilität']);
    expect(visitors.body.published).toBe(false);
  });

  it("offers the reference event's five islands in the organizer's language, once", async () => {
    const event = await createIslandEvent(t, organizer, 1);
    await addIsland(t, organizer, event.id, { theme: 'Energie' });
    const url = `/api/v1/admin/events/${event.id}/islands/defaults`;
    const first = await send<{ islands: IslandAdmin[] }>(t, organizer, 'POST', url);
    expect(first.body.islands.map((i) => i.theme)).toEqual([
      'Energie',
      'Innovation',
      'Produktion',
      'Mobilität',
      'Unterstützung und Förderung',
    ]);
    expect(first.body.islands[1]!.guidingQuestions.length).toBeGreaterThan(0);
    const again = await send<{ islands: IslandAdmin[] }>(t, organizer, 'POST', url);
    expect(again.body.islands).toHaveLength(5);

    const english = await createIslandEvent(t, organizer, 1);
    const en = await send<{ islands: IslandAdmin[] }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${english.id}/islands/defaults`,
      undefined,
      'en',
    );
    expect(en.body.islands.map((i) => i.theme)).toContain('Support and funding');
  });

  it('answers bad input with a localized 4xx naming the field', async () => {
    const event = await createIslandEvent(t, organizer, 1);
    const url = `/api/v1/admin/events/${event.id}/islands`;
    const de = await send<ErrorAnswer>(t, organizer, 'POST', url, { theme: '', capacity: 0 });
    expect(de.status).toBe(422);
    expect(de.body.error.fields?.map((f) => f.field).sort()).toEqual(['capacity', 'theme']);
    const en = await send<ErrorAnswer>(t, organizer, 'POST', url, { theme: 'X', capacity: 1.5 }, 'en');
    expect(en.status).toBe(422);
    expect(en.body.error.fields?.map((f) => f.field)).toEqual(['capacity']);
    expect(en.body.error.message).toBe('Please check your input.');
    expect(de.body.error.message).toBe('Bitte prüfen Sie Ihre Eingaben.');
    const settings = await send<ErrorAnswer>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${event.id}/island-settings`,
      { rankingDeadline: '2027-02-31T10:00', maxSectorSharePercent: 40 },
    );
    expect(settings.status).toBe(422);
    expect(settings.body.error.fields?.[0]?.field).toBe('rankingDeadline');
    const share = await send<ErrorAnswer>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${event.id}/island-settings`,
      { rankingDeadline: null, maxSectorSharePercent: 5 },
    );
    expect(share.body.error.fields?.[0]?.field).toBe('maxSectorSharePercent');
    const unknown = await send<ErrorAnswer>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/islands/${event.roundIds[0]}`,
      {
        theme: 'X',
        capacity: 2,
      },
    );
    expect(unknown.status).toBe(404);
  });

  it('stores the deadline in the event zone and the sector cap', async () => {
    const event = await createIslandEvent(t, organizer, 1);
    const saved = await send<IslandSettings>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${event.id}/island-settings`,
      {
        rankingDeadline: '2027-02-01T18:00',
        maxSectorSharePercent: 50,
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      rankingDeadline: '2027-02-01T17:00:00.000Z',
      rankingDeadlineLocal: '2027-02-01T18:00',
      maxSectorSharePercent: 50,
    });
  });

  it('offers no one from the waitlist as a host and refuses them', async () => {
    const event = await createIslandEvent(t, organizer, 1);
    const island = await addIsland(t, organizer, event.id);
    const seated = await addParticipant(t, organizer, event.id, 'energy');
    await t.database.handle.db
      .updateTable('events')
      .set((eb) => ({ capacity: eb.ref('seatsTaken') }))
      .where('id', '=', event.id)
      .execute();
    const waiting = await addParticipant(t, organizer, event.id, 'it');
    const candidates = await send<{ people: HostCandidate[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/island-host-candidates`,
    );
    expect(candidates.body.people.map((p) => p.personId)).toEqual([seated.personId]);
    const refused = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/islands/${island.id}/hosts`,
      {
        personId: waiting.personId,
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({
        field: 'personId',
        message: expect.stringContaining('Warteliste') as string,
      }),
    ]);
  });

  it('adds hosts from the registrants or by name and address, issues and replaces their link', async () => {
    const event = await createIslandEvent(t, organizer, 1);
    const island = await addIsland(t, organizer, event.id);
    const person = await addParticipant(t, organizer, event.id, 'energy');
    const candidates = await send<{ people: HostCandidate[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/island-host-candidates`,
    );
    expect(candidates.body.people.map((p) => p.personId)).toEqual([person.personId]);

    const hosts = `/api/v1/admin/islands/${island.id}/hosts`;
    const byPerson = await send<IslandAdmin>(t, organizer, 'POST', hosts, { personId: person.personId });
    expect(byPerson.status).toBe(201);
    expect(byPerson.body.hosts[0]).toMatchObject({ name: person.name, email: person.email, hasLink: false });

    const missing = await send<ErrorAnswer>(t, organizer, 'POST', hosts, { name: 'Gast' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields?.map((f) => f.field)).toEqual(['email']);
    const stranger = await send<ErrorAnswer>(t, organizer, 'POST', hosts, { personId: randomUUID() });
    expect(stranger.body.error.fields?.map((f) => f.field)).toEqual(['personId']);

    const byName = await send<IslandAdmin>(t, organizer, 'POST', hosts, {
      name: 'Dr. Helga Gastgeberin',
      email: 'helga@example.org',
      organization: 'Stadtwerke (Test)',
    });
    const hostId = byName.body.hosts.find((h) => h.email === 'helga@example.org')!.id;
    const first = await send<{ url: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/island-hosts/${hostId}/link`,
    );
    const second = await send<{ url: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/island-hosts/${hostId}/link`,
    );
    expect(first.body.url).toMatch(/\/islands\/host\/[\w-]{40,}$/);
    const token = (url: string) => url.split('/').pop()!;
    const old = await send(t, null, 'GET', `/api/v1/island-hosts/${token(first.body.url)}/list`);
    expect(old.status).toBe(410);
    const current = await send(t, null, 'GET', `/api/v1/island-hosts/${token(second.body.url)}/list`);
    expect(current.status).toBe(200);

    const visitors = await send<PublicIslands>(t, null, 'GET', `/api/v1/events/${event.slug}/islands`);
    expect(visitors.body.islands[0]!.hosts).toEqual([
      { name: 'Dr. Helga Gastgeberin', organization: 'Stadtwerke (Test)' },
      { name: person.name, organization: person.organization },
    ]);
    expect(JSON.stringify(visitors.body)).not.toContain('@example.org');

    expect((await send(t, organizer, 'DELETE', `/api/v1/admin/island-hosts/${hostId}`)).status).toBe(200);
    const gone = await send(t, null, 'GET', `/api/v1/island-hosts/${token(second.body.url)}/list`);
    expect(gone.status).toBe(410);
  });
});
