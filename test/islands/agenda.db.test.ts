import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/contract/program.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  addIsland,
  addParticipant,
  assignmentAction,
  createIslandEvent,
  seatCounters,
  send,
  signInAs,
} from './helpers.js';

function feedEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    location: String(event.getFirstPropertyValue('location')),
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    tzid: event.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
  }));
}

describe.each(DIALECTS)('islands in "Mein Programm", its feed and the data export on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function seated() {
    const event = await createIslandEvent(t, organizer, 2);
    const energy = await addIsland(t, organizer, event.id, { theme: 'Energie' });
    const mobility = await addIsland(t, organizer, event.id, {
      theme: 'Mobilität',
      place: '',
      tableLabel: '',
    });
    const person = await addParticipant(t, organizer, event.id, 'energy');
    const move = (round: number, islandId: string) =>
      send(t, organizer, 'POST', `/api/v1/admin/events/${event.id}/island-assignment/move`, {
        personId: person.personId,
        roundId: event.roundIds[round],
        islandId,
      });
    await move(0, energy.id);
    await move(1, mobility.id);
    return { event, energy, mobility, person, move, caller: await signInAs(t, person.email) };
  }

  it('shows published seats only, in both languages, with the place', async () => {
    const { event, caller } = await seated();
    const url = `/api/v1/me/agenda?event=${event.slug}`;
    const draft = await send<Agenda>(t, caller, 'GET', url);
    expect(draft.body.assignments).toEqual([]);
    await assignmentAction(t, organizer, event.id, 'publish');
    const agenda = await send<Agenda>(t, caller, 'GET', url);
    expect(agenda.status).toBe(200);
    expect(agenda.body.sessions).toEqual([]);
    expect(agenda.body.assignments.map((a) => a.summary)).toEqual([
      {
        de: 'Runde 1, 10:00: Insel Energie, Halle A, Tisch 3',
        en: 'Round 1, 10:00 am: Island Energie, Halle A, Tisch 3',
      },
      // No place of its own: the round's room stands in.
      { de: 'Runde 2, 11:00: Insel Mobilität, Galerie', en: 'Round 2, 11:00 am: Island Mobilität, Galerie' },
    ]);
    expect(agenda.body.assignments[0]).toMatchObject({
      kind: 'island',
      sessionId: event.roundIds[0],
      event: { slug: event.slug, timeZone: 'Europe/Berlin' },
      details: { theme: 'Energie', roundNumber: 1, tableLabel: 'Tisch 3' },
    });
  });

  it('puts seats in the calendar feed; a move keeps the UID and raises the sequence', async () => {
    const { event, energy, caller, move } = await seated();
    await assignmentAction(t, organizer, event.id, 'publish');
    const issued = await send<{ url: string }>(t, caller, 'POST', '/api/v1/me/agenda-feed');
    const path = new URL(issued.body.url).pathname;
    const first = feedEvents((await t.app.inject({ method: 'GET', url: `${path}?lang=en` })).body);
    expect(first).toHaveLength(2);
    expect(first[0]).toMatchObject({
      summary: 'Round 1, 10:00 am: Island Energie, Halle A, Tisch 3',
      tzid: 'Europe/Berlin',
      sequence: 0,
    });
    expect(first[0]!.location).toContain('Halle A, Tisch 3, Gläserne Manufaktur Dresden');
    expect(first[0]!.uid).toMatch(/^island-.+@crossdialog$/);

    const other = await addIsland(t, organizer, event.id, { theme: 'Innovation', tableLabel: 'Tisch 1' });
    expect((await move(0, other.id)).status).toBe(200);
    const second = feedEvents((await t.app.inject({ method: 'GET', url: path })).body);
    expect(second[0]).toMatchObject({ uid: first[0]!.uid, sequence: 1 });
    expect(second[0]!.summary).toBe('Runde 1, 10:00: Insel Innovation, Halle A, Tisch 1');
    expect(energy.id).not.toBe(other.id);
  });

  it("exports and erases the person's island data; erasure gives the seats back", async () => {
    const { energy, mobility, caller, event, person } = await seated();
    await send(t, caller, 'PUT', `/api/v1/me/events/${event.slug}/island-preferences`, {
      ranking: [energy.id, mobility.id],
    });
    const exported = await send<{ islands: { placements: unknown[]; preferences: unknown[] } }>(
      t,
      caller,
      'GET',
      '/api/v1/me/export',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.islands.placements).toHaveLength(2);
    expect(exported.body.islands.preferences).toEqual([
      expect.objectContaining({ eventId: event.id, ranking: [energy.id, mobility.id] }),
    ]);
    expect((await send(t, caller, 'DELETE', '/api/v1/me')).status).toBe(200);
    expect(await seatCounters(t, energy.id)).toEqual({ [event.roundIds[0]!]: 0 });
    const left = await t.database.handle.db
      .selectFrom('islandPreferences')
      .select('personId')
      .where('personId', '=', person.personId)
      .execute();
    expect(left).toEqual([]);
  });
});
