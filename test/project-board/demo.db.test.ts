// The demo's 2020 edition has a handful of project ideas with consortia across sectors at every stage,
// so the dashboard shows the project board's shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/contract/dashboard.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { call } from './helpers.js';

describe.each(DIALECTS)('the project ideas of the demo 2020 edition on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  }, 240_000);
  afterAll(async () => t.close());

  it('counts ideas, consortia across sectors and stages on the dashboard', async () => {
    const event = await t.database.handle.db
      .selectFrom('events')
      .select('id')
      .where('slug', '=', 'industriedialog-neue-mobilitaet-2020')
      .executeTakeFirstOrThrow();
    const organizer = await t.signInOrganizer();
    const { status, body } = await call<Dashboard>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/dashboard`,
    );
    expect(status).toBe(200);
    expect(body.ideas.ideas).toBeGreaterThanOrEqual(3);
    expect(body.ideas.consortia).toBeGreaterThanOrEqual(2);
    expect(body.ideas.sectorsPerConsortium.some((s) => s.sectors >= 3)).toBe(true);
    expect(body.ideas.stages.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(3);
  });
});
