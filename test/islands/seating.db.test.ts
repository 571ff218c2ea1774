import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView, HallPlan, HostList, MyIslands } from '../../src/contract/islands.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  addIsland,
  addParticipant,
  assignmentAction,
  createIslandEvent,
  personalLink,
  rank,
  seatCounters,
  send,
} from './helpers.js';

interface ErrorAnswer {
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('islands: seats by hand, publishing, waitlist and lists on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function setup(capacity = 1) {
    const event = await createIslandEvent(t, organizer, 2);
    const energy = await addIsland(t, organizer, event.id, { theme: 'Energie', capacity });
    const mobility = await addIsland(t, organizer, event.id, {
      theme: 'Mobilität',
      capacity,
      place: 'Halle B',
    });
    const people = [
      await addParticipant(t, organizer, event.id, 'energy'),
      await addParticipant(t, organizer, event.id, 'oem'),
      await addParticipant(t, organizer, event.id, 'it'),
    ];
    const move = (personIndex: number, round: number, islandId: string | null) =>
      send<AssignmentView & ErrorAnswer>(
        t,
        organizer,
        'POST',
        `/api/v1/admin/events/${event.id}/island-assignment/move`,
        {
          personId: people[personIndex]!.personId,
          roundId: event.roundIds[round]!,
          islandId,
        },
      );
    return { event, energy, mobility, people, move };
  }

  it('moves by hand within the hard rules: capacity, exclusions, never the same island twice', async () => {
    const { event, energy, mobility, people, move } = await setup(1);
    const first = await move(0, 0, energy.id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.settings.status).toBe('draft');
    expect(first.body.placements).toEqual([
      expect.objectContaining({ personId: people[0]!.personId, islandId: energy.id, source: 'manual' }),
    ]);

    const full = await move(1, 0, energy.id);
    expect(full.status).toBe(422);
    expect(full.body.error.fields?.[0]).toMatchObject({
      field: 'islandId',
      message: 'Diese Insel ist in dieser Runde voll.',
    });

    const twice = await move(0, 1, energy.id);
    expect(twice.body.error.fields?.[0]?.field).toBe('islandId');
    expect(twice.body.error.fields?.[0]?.message).toContain('bereits an dieser Insel');

    // Two rounds: the person must leave two islands open, so a third one is offered.
    await addIsland(t, organizer, event.id, { theme: 'Innovation', capacity: 1 });
    await rank(t, await personalLink(t, people[2]!.registrationId), [energy.id], [mobility.id]);
    const excluded = await move(2, 1, mobility.id);
    expect(excluded.body.error.fields?.[0]?.message).toBe('Diese Person hat die Insel ausgeschlossen.');

    const stranger = await addParticipant(t, organizer, (await createIslandEvent(t, organizer, 1)).id);
    const notHere = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/island-assignment/move`,
      {
        personId: stranger.personId,
        roundId: event.roundIds[0],
        islandId: energy.id,
      },
    );
    expect(notHere.body.error.fields?.[0]?.field).toBe('personId');
    const badRound = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/island-assignment/move`,
      {
        personId: people[0]!.personId,
        roundId: energy.id,
        islandId: energy.id,
      },
    );
    expect(badRound.body.error.fields?.[0]?.field).toBe('roundId');

    // Moving within a round frees the earlier seat.
    expect((await move(0, 0, mobility.id)).status).toBe(200);
    expect(await seatCounters(t, energy.id)).toEqual({ [event.roundIds[0]!]: 0 });
    expect(await seatCounters(t, mobility.id)).toEqual({ [event.roundIds[0]!]: 1 });
    const capacity = await send<ErrorAnswer>(t, organizer, 'PUT', `/api/v1/admin/islands/${mobility.id}`, {
      theme: 'Mobilität',
      capacity: 1,
    });
    expect(capacity.status).toBe(200);
  });

  it('decides the last seat in the database when two moves race for it', async () => {
    const { event, energy, move } = await setup(1);
    const answers = await Promise.all([move(0, 0, energy.id), move(1, 0, energy.id), move(2, 0, energy.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422, 422]);
    expect(await seatCounters(t, energy.id)).toEqual({ [event.roundIds[0]!]: 1 });
    const placed = await t.database.handle.db
      .selectFrom('islandPlacements')
      .select('personId')
      .where('islandId', '=', energy.id)
      .execute();
    expect(placed).toHaveLength(1);
  });

  it('locks against changes, publishes; each participant sees only their own seat', async () => {
    const { event, energy, mobility, people, move } = await setup(2);
    await move(0, 0, energy.id);
    await move(1, 0, energy.id);
    await move(0, 1, mobility.id);
    const tokens = [
      await personalLink(t, people[0]!.registrationId),
      await personalLink(t, people[1]!.registrationId),
    ];
    const before = await send<MyIslands>(t, null, 'GET', `/api/v1/my-registration/${tokens[0]}/islands`);
    expect(before.body.placements).toEqual([]);

    await assignmentAction(t, organizer, event.id, 'lock');
    expect((await move(2, 0, mobility.id)).status).toBe(409);
    expect(
      (await send(t, organizer, 'DELETE', `/api/v1/admin/islands/${energy.id}`)).status,
      'islands stay while locked',
    ).toBe(409);
    const published = await assignmentAction(t, organizer, event.id, 'publish');
    expect(published.settings.status).toBe('published');
    expect(published.settings.publishedAt).not.toBeNull();
    const run = await send(t, organizer, 'POST', `/api/v1/admin/events/${event.id}/island-assignment/run`);
    expect(run.status, 'no re-run after publishing').toBe(409);

    const mine = await send<MyIslands>(t, null, 'GET', `/api/v1/my-registration/${tokens[0]}/islands`);
    expect(mine.body.placements.map((p) => [p.roundId, p.islandId]).sort()).toEqual(
      [
        [event.roundIds[0], energy.id],
        [event.roundIds[1], mobility.id],
      ].sort(),
    );
    expect(JSON.stringify(mine.body)).not.toContain(people[1]!.personId);
    expect(JSON.stringify(mine.body)).not.toContain(people[1]!.name);
    const participant = await send(t, null, 'GET', `/api/v1/admin/events/${event.id}/island-assignment`);
    expect(participant.status).toBe(401);
  });

  it('keeps a waitlist for a full island and moves it up when a seat frees', async () => {
    const { event, energy, mobility, people, move } = await setup(1);
    await move(0, 0, energy.id);
    await move(1, 0, mobility.id);
    await assignmentAction(t, organizer, event.id, 'publish');
    const token = await personalLink(t, people[1]!.registrationId);
    const url = `/api/v1/my-registration/${token}/island-waitlist`;
    const joined = await send<MyIslands>(t, null, 'PUT', url, {
      roundId: event.roundIds[0],
      islandId: energy.id,
      join: true,
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body.waitlist).toEqual([{ roundId: event.roundIds[0], islandId: energy.id, position: 1 }]);
    const free = await send<ErrorAnswer>(t, null, 'PUT', url, {
      roundId: event.roundIds[1],
      islandId: energy.id,
      join: true,
    });
    expect(free.body.error.fields?.[0]).toMatchObject({ field: 'islandId' });

    // The organizer takes person 0's seat away: person 1 moves up from the waitlist, their old seat frees.
    const after = await move(0, 0, null);
    expect(after.status).toBe(200);
    expect(after.body.placements).toEqual([
      expect.objectContaining({ personId: people[1]!.personId, islandId: energy.id, source: 'waitlist' }),
    ]);
    expect(after.body.waitlist).toEqual([]);
    expect(await seatCounters(t, mobility.id)).toEqual({ [event.roundIds[0]!]: 0 });
  });

  it('gives hosts the list of their island only, the hall screen counts without names', async () => {
    const { event, energy, mobility, people, move } = await setup(3);
    await move(0, 0, energy.id);
    await move(1, 0, energy.id);
    await move(2, 0, mobility.id);
    const withHost = await send<{ hosts: { id: string }[] }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/islands/${energy.id}/hosts`,
      {
        name: 'Gastgeberin Energie',
        email: 'host-energie@example.org',
      },
    );
    const link = await send<{ url: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/island-hosts/${withHost.body.hosts[0]!.id}/link`,
    );
    const hostUrl = `/api/v1/island-hosts/${link.body.url.split('/').pop()!}/list`;

    const draft = await send<HostList>(t, null, 'GET', hostUrl);
    expect(draft.body).toMatchObject({ published: false, rounds: [] });
    expect((await send(t, null, 'GET', `/api/v1/events/${event.slug}/island-plan`)).status).toBe(404);
    const organizerList = await send<HostList>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/islands/${energy.id}/host-list`,
    );
    expect(organizerList.body.rounds[0]!.people).toHaveLength(2);

    await assignmentAction(t, organizer, event.id, 'publish');
    const list = await send<HostList>(t, null, 'GET', hostUrl);
    expect(list.body.island.theme).toBe('Energie');
    expect(list.body.rounds[0]!.people).toEqual(
      [
        { name: people[0]!.name, organization: people[0]!.organization, sector: 'Energieversorgung' },
        { name: people[1]!.name, organization: people[1]!.organization, sector: 'Automobilhersteller (OEM)' },
      ].sort((a, b) => a.name.localeCompare(b.name, 'de')),
    );
    expect(JSON.stringify(list.body)).not.toContain(people[2]!.name);
    const english = await send<HostList>(t, null, 'GET', hostUrl, undefined, 'en');
    expect(english.body.rounds[0]!.people.map((p) => p.sector)).toContain('Energy utilities');

    const plan = await send<HallPlan>(t, null, 'GET', `/api/v1/events/${event.slug}/island-plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.rounds[0]!.islands).toEqual([
      expect.objectContaining({
        theme: 'Energie',
        place: 'Halle A',
        tableLabel: 'Tisch 3',
        seated: 2,
        capacity: 3,
      }),
      expect.objectContaining({ theme: 'Mobilität', place: 'Halle B', seated: 1 }),
    ]);
    for (const person of people) {
      expect(JSON.stringify(plan.body)).not.toContain(person.name);
    }
  });
});
