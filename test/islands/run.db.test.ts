// The organizer's run of the assignment and what follows it: these tests need the pure module
// (src/server/features/islands/assignment.ts) and check the stored result against the hard rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView, IslandAdmin, MyIslands, PlacementView } from '../../src/contract/islands.js';
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
  type IslandEvent,
  type Participant,
} from './helpers.js';

const SECTORS = ['oem', 'energy', 'it', 'logistics'];

/** The hard rules, checked on the stored placements. */
function expectHardRules(view: AssignmentView): void {
  const perRound = new Set<string>();
  const perIsland = new Set<string>();
  const seated = new Map<string, number>();
  for (const p of view.placements) {
    expect(perRound.has(`${p.roundId}|${p.personId}`), 'one island per round').toBe(false);
    expect(perIsland.has(`${p.islandId}|${p.personId}`), 'never the same island twice').toBe(false);
    perRound.add(`${p.roundId}|${p.personId}`);
    perIsland.add(`${p.islandId}|${p.personId}`);
    const key = `${p.roundId}|${p.islandId}`;
    seated.set(key, (seated.get(key) ?? 0) + 1);
    const person = view.participants.find((x) => x.personId === p.personId)!;
    expect(person.excluded).not.toContain(p.islandId);
  }
  for (const island of view.islands) {
    for (const round of view.rounds) {
      expect(seated.get(`${round.id}|${island.id}`) ?? 0).toBeLessThanOrEqual(island.capacity);
    }
  }
}

const key = (p: PlacementView) => `${p.roundId}|${p.personId}|${p.islandId}`;

/** Someone in the first round and an island with a free seat they may move to (hard rules kept). */
function movable(view: AssignmentView): { person: { personId: string }; target: { id: string } } {
  const round = view.rounds[0]!.id;
  for (const person of view.participants) {
    const theirs = view.placements.filter((p) => p.personId === person.personId);
    for (const island of view.islands) {
      const seated = view.placements.filter((p) => p.roundId === round && p.islandId === island.id).length;
      const ok =
        seated < island.capacity &&
        !theirs.some((p) => p.islandId === island.id) &&
        !person.excluded.includes(island.id);
      if (ok) {
        return { person, target: island };
      }
    }
  }
  throw new Error('no hand move possible');
}

describe.each(DIALECTS)('islands: the assignment run and late registrants on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: IslandEvent;
  let islands: IslandAdmin[];
  let people: Participant[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createIslandEvent(t, organizer, 2);
    islands = [
      await addIsland(t, organizer, event.id, { theme: 'Innovation', capacity: 5 }),
      await addIsland(t, organizer, event.id, { theme: 'Produktion', capacity: 5 }),
      await addIsland(t, organizer, event.id, { theme: 'Energie', capacity: 5 }),
    ];
    people = [];
    for (let i = 0; i < 12; i += 1) {
      people.push(await addParticipant(t, organizer, event.id, SECTORS[i % SECTORS.length]));
    }
    // Most want Energie first; one leaves Innovation out; a few say nothing.
    for (const [index, person] of people.slice(0, 9).entries()) {
      const ranking = index % 3 === 0 ? [islands[2]!.id, islands[0]!.id] : [islands[2]!.id, islands[1]!.id];
      const excluded = index === 1 ? [islands[0]!.id] : [];
      await rank(t, await personalLink(t, person.registrationId), ranking, excluded);
    }
  });
  afterAll(async () => t.close());

  it('runs a draft that keeps every hard rule, mixes sectors and reports its quality', async () => {
    const view = await assignmentAction(t, organizer, event.id, 'run');
    expect(view.settings.status).toBe('draft');
    expect(view.placements).toHaveLength(24);
    expectHardRules(view);
    expect(view.report).toMatchObject({
      participants: 12,
      placements: 24,
      unplaced: [],
      sectorCapViolations: [],
    });
    expect(view.report.firstChoiceShare).toBeGreaterThan(0);
    expect(view.report.sectorMix).toHaveLength(6);
    for (const island of islands) {
      const counters = await seatCounters(t, island.id);
      const stored = view.placements.filter((p) => p.islandId === island.id);
      expect(Object.values(counters).reduce((a, b) => a + b, 0)).toBe(stored.length);
    }
    // Participants see nothing of a draft.
    const mine = await send<MyIslands>(
      t,
      null,
      'GET',
      `/api/v1/my-registration/${await personalLink(t, people[0]!.registrationId)}/islands`,
    );
    expect(mine.body.placements).toEqual([]);
  });

  it('keeps hand moves on a re-run; locked drafts do not run', async () => {
    const view = await send<AssignmentView>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/island-assignment`,
    );
    const { person, target } = movable(view.body);
    const moved = await send<AssignmentView>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/island-assignment/move`,
      {
        personId: person.personId,
        roundId: event.roundIds[0],
        islandId: target.id,
      },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const again = await assignmentAction(t, organizer, event.id, 'run');
    expect(again.placements).toContainEqual(
      expect.objectContaining({
        personId: person.personId,
        roundId: event.roundIds[0],
        islandId: target.id,
        source: 'manual',
      }),
    );
    expectHardRules(again);
    await assignmentAction(t, organizer, event.id, 'lock');
    expect(
      (await send(t, organizer, 'POST', `/api/v1/admin/events/${event.id}/island-assignment/run`)).status,
    ).toBe(409);
  });

  it('seats a late registrant into free seats after publishing without moving anyone', async () => {
    const before = await assignmentAction(t, organizer, event.id, 'publish');
    const late = await addParticipant(t, organizer, event.id, 'it');
    const mine = await rank(t, await personalLink(t, late.registrationId), [islands[2]!.id, islands[1]!.id]);
    // Every round: a free seat, or (when only islands visited already are free) the waitlist.
    expect(mine.placements.length).toBeGreaterThan(0);
    expect([...mine.placements, ...mine.waitlist].map((p) => p.roundId).sort()).toEqual(
      [...event.roundIds].sort(),
    );
    const after = await send<AssignmentView>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/island-assignment`,
    );
    const others = after.body.placements.filter((p) => p.personId !== late.personId);
    expect(others.map(key).sort()).toEqual(before.placements.map(key).sort());
    expect(
      after.body.placements.filter((p) => p.personId === late.personId).every((p) => p.source === 'late'),
    ).toBe(true);
    expectHardRules(after.body);
  });

  it('puts newcomers on the waitlist where every island is full; a cancellation moves them up', async () => {
    // Newcomers until the first round is full everywhere (15 seats).
    const round = event.roundIds[0]!;
    let full = await assignmentAction(t, organizer, event.id, 'sync');
    for (let i = 0; i < 6 && full.placements.filter((p) => p.roundId === round).length < 15; i += 1) {
      await addParticipant(t, organizer, event.id, SECTORS[i % SECTORS.length]);
      full = await assignmentAction(t, organizer, event.id, 'sync');
    }
    expect(full.placements.filter((p) => p.roundId === round)).toHaveLength(15);
    expectHardRules(full);

    const waiting = await addParticipant(t, organizer, event.id, 'energy');
    const mine = await rank(t, await personalLink(t, waiting.registrationId), [
      islands[0]!.id,
      islands[1]!.id,
    ]);
    expect(mine.placements.some((p) => p.roundId === round)).toBe(false);
    // The best-ranked island the person has not visited in another round.
    const wish = mine.waitlist.find((w) => w.roundId === round)?.islandId;
    const visited = mine.placements.map((p) => p.islandId);
    expect(wish).toBe([islands[0]!.id, islands[1]!.id].find((id) => !visited.includes(id)));

    // Someone at that island in round 1 cancels; the sync frees the seat and the first waiting moves up.
    const leaving = full.placements.find((p) => p.roundId === round && p.islandId === wish)!;
    const registration = await t.database.handle.db
      .selectFrom('registrations')
      .select('id')
      .where('eventId', '=', event.id)
      .where('personId', '=', leaving.personId)
      .executeTakeFirstOrThrow();
    const cancelled = await send(
      t,
      organizer,
      'POST',
      `/api/v1/admin/registrations/${registration.id}/cancel`,
      {},
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const synced = await assignmentAction(t, organizer, event.id, 'sync');
    expect(synced.placements.some((p) => p.personId === leaving.personId)).toBe(false);
    expect(synced.placements).toContainEqual(
      expect.objectContaining({ personId: waiting.personId, roundId: round, islandId: wish }),
    );
    expectHardRules(synced);
  });
});
