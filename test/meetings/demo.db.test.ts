import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingsOverview, TablePlan } from '../../src/contract/meetings.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from './helpers.js';

describe.each(DIALECTS)('the demo meetings of the 2020 edition on %s', (dialect) => {
  let t: TestApp;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
    const event = await t.services.events.findEventRowBySlug('industriedialog-neue-mobilitaet-2020');
    eventId = event!.id;
  }, 180_000);
  afterAll(async () => t.close());

  it('has requests in every state and a published plan of 15-minute meetings at 30 tables', async () => {
    const organizer = await t.signInOrganizer();
    const overview = await send<MeetingsOverview>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${eventId}/meetings/overview`,
    );
    const { counts } = overview.body;
    expect(counts.accepted).toBeGreaterThanOrEqual(40);
    for (const key of ['pending', 'declined', 'cancelled'] as const) {
      expect(counts[key], key).toBeGreaterThan(0);
    }
    expect(counts.scheduled).toBe(counts.accepted - overview.body.unscheduled.length);
    expect(counts.scheduled / counts.accepted).toBeGreaterThanOrEqual(0.9);
    expect(overview.body.latestRun?.status).toBe('published');
    const plan = await send<TablePlan>(t, organizer, 'GET', `/api/v1/admin/events/${eventId}/meetings/plan`);
    expect(plan.body.slots.map((s) => s.startsAt)).toEqual([
      '2020-02-06T15:30:00.000Z',
      '2020-02-06T15:45:00.000Z',
      '2020-02-06T16:00:00.000Z',
    ]);
    const tables = plan.body.slots.flatMap((s) => s.rows.map((r) => r.tableNumber));
    expect(Math.max(...tables)).toBeLessThanOrEqual(30);
    expect(tables.length).toBe(counts.scheduled);
  });
});
