import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicRetrospective } from '../../src/contract/retrospective.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from '../program/helpers.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';

describe.each(DIALECTS)('the demo retrospective of the 2020 edition on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  }, 240_000);
  afterAll(async () => t.close());

  it('is published with its text, contact and every figure computed from the demo data', async () => {
    const page = await send<PublicRetrospective>(t, null, 'GET', `/api/v1/events/${SLUG}/retrospective`);
    expect(page.status).toBe(200);
    expect(page.body.headline).toContain('Rückblick');
    expect(page.body.contact?.email).toMatch(/@example\.org$/);
    const db = t.database.handle.db;
    const confirmed = await db
      .selectFrom('registrations')
      .select('id')
      .where('eventId', '=', page.body.event.id)
      .where('status', '=', 'confirmed')
      .execute();
    const checkedIn =
      confirmed.length > 0
        ? await db
            .selectFrom('registrations')
            .select('id')
            .where('eventId', '=', page.body.event.id)
            .where('status', '=', 'confirmed')
            .where('checkedInAt', 'is not', null)
            .execute()
        : [];
    const participants = page.body.figures.find((f) => f.key === 'participants');
    expect(participants?.value).toBe(checkedIn.length > 0 ? checkedIn.length : confirmed.length);
    const survey = page.body.figures.find((f) => f.key === 'survey');
    expect(survey).toMatchObject({ value: 100, percent: 42 });
    const meetings = page.body.figures.find((f) => f.key === 'meetings');
    expect(meetings?.value).toBeGreaterThan(0);
    expect(page.body.figures.map((f) => f.key)).toEqual(
      expect.arrayContaining(['participants', 'sectors', 'meetings', 'survey']),
    );
    for (const figure of page.body.figures) {
      expect(figure.suppressed).toBe(false);
    }
    const organizer = await t.signInOrganizer();
    const results = await send<{ invited: number; answered: number; suppressed: boolean }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${page.body.event.id}/survey`,
    );
    // The survey went to those who came (the demo has check-ins), not to the no-shows.
    expect(checkedIn.length).toBeGreaterThan(200);
    expect(checkedIn.length).toBeLessThan(confirmed.length);
    expect(results.body).toMatchObject({ invited: checkedIn.length, answered: 100, suppressed: false });
  });

  it('has survey comments an organizer would believe: several, each different, German and English', async () => {
    const past = await send<PublicRetrospective>(t, null, 'GET', `/api/v1/events/${SLUG}/retrospective`);
    const organizer = await t.signInOrganizer();
    const results = await send<{ comments: string[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${past.body.event.id}/survey`,
    );
    const comments = results.body.comments;
    expect(comments.length).toBeGreaterThanOrEqual(5);
    expect(new Set(comments).size).toBe(comments.length);
    expect(comments.some((c) => /\b(the|and|we)\b/i.test(c))).toBe(true);
  });
});
