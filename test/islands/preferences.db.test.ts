import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyIslands } from '../../src/contract/islands.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { addIsland, addParticipant, createIslandEvent, personalLink, send, signInAs } from './helpers.js';

interface ErrorAnswer {
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('islands: participants rank and exclude on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function setup() {
    const event = await createIslandEvent(t, organizer, 2);
    const a = await addIsland(t, organizer, event.id, { theme: 'Innovation' });
    const b = await addIsland(t, organizer, event.id, { theme: 'Produktion' });
    const c = await addIsland(t, organizer, event.id, { theme: 'Energie' });
    const person = await addParticipant(t, organizer, event.id, 'it');
    return { event, a, b, c, person };
  }

  it('saves a ranking behind the personal link and when signed in; both see the same', async () => {
    const { event, a, b, c, person } = await setup();
    const token = await personalLink(t, person.registrationId);
    const url = `/api/v1/my-registration/${token}/island-preferences`;
    const saved = await send<MyIslands>(t, null, 'PUT', url, { ranking: [b.id, a.id], excluded: [c.id] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      status: 'none',
      canEdit: true,
      preferences: { ranking: [b.id, a.id], excluded: [c.id] },
      placements: [],
    });
    expect(saved.body.islands.map((i) => i.theme)).toEqual(['Innovation', 'Produktion', 'Energie']);
    expect(saved.body.rounds).toHaveLength(2);

    const caller = await signInAs(t, person.email);
    const mine = await send<MyIslands>(t, caller, 'GET', `/api/v1/me/events/${event.slug}/islands`);
    expect(mine.body.preferences).toEqual({ ranking: [b.id, a.id], excluded: [c.id] });
    const changed = await send<MyIslands>(
      t,
      caller,
      'PUT',
      `/api/v1/me/events/${event.slug}/island-preferences`,
      {
        ranking: [c.id],
      },
    );
    expect(changed.body.preferences).toEqual({ ranking: [c.id], excluded: [] });
  });

  it('names the entry that is wrong: unknown, twice, ranked and excluded, too many excluded', async () => {
    const { a, b, c, person } = await setup();
    const token = await personalLink(t, person.registrationId);
    const url = `/api/v1/my-registration/${token}/island-preferences`;
    const other = await setup();
    const wrong = await send<ErrorAnswer>(t, null, 'PUT', url, {
      ranking: [a.id, other.a.id, a.id],
      excluded: [a.id],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields?.map((f) => f.field)).toEqual(['ranking.1', 'ranking.2', 'excluded.0']);
    expect(wrong.body.error.fields?.[0]?.message).toBe('Diese Insel gibt es bei dieser Veranstaltung nicht.');

    // Two rounds need two islands left open.
    const tooMany = await send<ErrorAnswer>(
      t,
      null,
      'PUT',
      url,
      { ranking: [a.id], excluded: [b.id, c.id] },
      'en',
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.fields).toEqual([
      expect.objectContaining({
        field: 'excluded',
        message: 'Please leave at least 2 islands open, one per round.',
      }),
    ]);
    const notUuid = await send<ErrorAnswer>(t, null, 'PUT', url, { ranking: ['energie'] });
    expect(notUuid.status).toBe(422);
    expect(notUuid.body.error.fields?.[0]?.field).toBe('ranking.0');
  });

  it('refuses changes after the deadline, naming the ranking', async () => {
    const { event, a, person } = await setup();
    await send(t, organizer, 'PUT', `/api/v1/admin/events/${event.id}/island-settings`, {
      rankingDeadline: '2026-11-26T12:00',
      maxSectorSharePercent: 40,
    });
    const token = await personalLink(t, person.registrationId);
    const url = `/api/v1/my-registration/${token}/island-preferences`;
    expect((await send(t, null, 'PUT', url, { ranking: [a.id] })).status).toBe(200);
    t.clock.advance(2 * 24 * 3_600_000);
    try {
      const late = await send<ErrorAnswer>(t, null, 'PUT', url, { ranking: [] });
      expect(late.status).toBe(422);
      expect(late.body.error.fields?.[0]).toMatchObject({
        field: 'ranking',
        message: 'Die Frist für Inselwünsche ist abgelaufen.',
      });
      const view = await send<MyIslands>(t, null, 'GET', `/api/v1/my-registration/${token}/islands`);
      expect(view.body.canEdit).toBe(false);
      expect(view.body.preferences?.ranking).toEqual([a.id]);
    } finally {
      t.clock.advance(-2 * 24 * 3_600_000);
    }
  });

  it('lets only registrants rank; an unknown link is gone', async () => {
    const { event, a } = await setup();
    const stranger = await signInParticipant(t);
    const refused = await send<ErrorAnswer>(
      t,
      stranger,
      'PUT',
      `/api/v1/me/events/${event.slug}/island-preferences`,
      {
        ranking: [a.id],
      },
    );
    expect(refused.status).toBe(403);
    const view = await send<MyIslands>(t, stranger, 'GET', `/api/v1/me/events/${event.slug}/islands`);
    expect(view.body.canEdit).toBe(false);
    const unknown = await send(t, null, 'GET', `/api/v1/my-registration/${'z'.repeat(43)}/islands`);
    expect(unknown.status).toBe(410);
    const anonymous = await send(t, null, 'GET', `/api/v1/me/events/${event.slug}/islands`);
    expect(anonymous.status).toBe(401);
  });
});
