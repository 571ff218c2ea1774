// The demo's 2020 edition has the history of a real event, so its dashboard shows a real shape:
// registrations over the ten days after opening, booked out on the tenth, "still coming?" answers
// and no-shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/contract/dashboard.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from '../program/helpers.js';

describe.each(DIALECTS)('the dashboard of the demo 2020 edition on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  }, 240_000);
  afterAll(async () => t.close());

  it('shows how it filled up, who said they would come and who did', async () => {
    const event = await t.database.handle.db
      .selectFrom('events')
      .select('id')
      .where('slug', '=', 'industriedialog-neue-mobilitaet-2020')
      .executeTakeFirstOrThrow();
    const organizer = await t.signInOrganizer();
    const { status, body } = await send<Dashboard>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/dashboard`,
    );
    expect(status).toBe(200);

    const days = body.registrations.days;
    expect(days.map((d) => d.day)).toEqual([
      '2019-11-15',
      '2019-11-16',
      '2019-11-17',
      '2019-11-18',
      '2019-11-19',
      '2019-11-20',
      '2019-11-21',
      '2019-11-22',
      '2019-11-23',
      '2019-11-24',
    ]);
    // Most registered right after opening, fewer each day after.
    for (let i = 1; i < days.length; i += 1) {
      expect(days[i]!.registered).toBeLessThanOrEqual(days[i - 1]!.registered);
    }
    expect(days.at(-1)?.cumulative).toBe(250);
    expect(body.registrations.bookedOutAt?.slice(0, 10)).toBe('2019-11-24');

    expect(body.confirmation).toMatchObject({ confirmed: 250, reconfirmAsked: 250, reconfirmYes: 125 });
    const { checkedIn, noShows } = body.attendance;
    expect(checkedIn).toBeGreaterThan(200);
    expect(checkedIn).toBeLessThan(250);
    expect(noShows).toBe(250 - checkedIn);
  });

  it('gives the same meetings held as the public retrospective (one definition, dashboard/event-figures.ts)', async () => {
    const organizer = await t.signInOrganizer();
    const event = await t.database.handle.db
      .selectFrom('events')
      .select('id')
      .where('slug', '=', 'industriedialog-neue-mobilitaet-2020')
      .executeTakeFirstOrThrow();
    const board = await send<Dashboard>(t, organizer, 'GET', `/api/v1/admin/events/${event.id}/dashboard`);
    const page = await t.app.inject({
      url: '/api/v1/events/industriedialog-neue-mobilitaet-2020/retrospective',
    });
    expect(page.statusCode, page.body).toBe(200);
    const figures = page.json<{ figures: { key: string; value: number | null }[] }>().figures;
    const held = figures.find((f) => f.key === 'meetings');
    expect(board.body.meetings.held).toBeGreaterThan(0);
    expect(held?.value).toBe(board.body.meetings.held);
    // Planned (placed in the plan) is the larger figure the two used to confuse.
    expect(board.body.meetings.scheduled).toBeGreaterThanOrEqual(board.body.meetings.held);
  });
});
