import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView, HallPlan, PublicIslands } from '../../src/contract/islands.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from './helpers.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';

describe.each(DIALECTS)('the demo islands of 6 February 2020 on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  });
  afterAll(async () => t.close());

  it('has the five islands with hosts and places, and a published assignment of both rounds', async () => {
    const islands = await send<PublicIslands>(t, null, 'GET', `/api/v1/events/${SLUG}/islands`);
    expect(islands.body.islands.map((i) => i.theme)).toEqual([
      'Innovation',
      'Produktion',
      'Mobilität',
      'Energie',
      'Unterstützung und Förderung',
    ]);
    expect(islands.body.islands.every((i) => i.hosts.length === 1 && i.place === 'Galerie')).toBe(true);
    expect(islands.body.rounds).toHaveLength(2);
    expect(islands.body.published).toBe(true);

    const organizer = await t.signInOrganizer();
    const eventId = (await send<{ eventId: string }>(t, null, 'GET', `/api/v1/events/${SLUG}/programme`)).body
      .eventId;
    const view = await send<AssignmentView>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${eventId}/island-assignment`,
    );
    expect(view.body.participants).toHaveLength(250);
    expect(view.body.report).toMatchObject({ placements: 500, unplaced: [], sectorCapViolations: [] });
    // Two rounds: at most half of anyone's seats can be a first choice.
    expect(view.body.report.firstChoiceShare).toBeGreaterThanOrEqual(0.45);
    expect(view.body.report.firstChoiceShare + view.body.report.secondChoiceShare).toBeGreaterThanOrEqual(
      0.8,
    );

    const plan = await send<HallPlan>(t, null, 'GET', `/api/v1/events/${SLUG}/island-plan`);
    const seated = plan.body.rounds.map((r) => r.islands.reduce((sum, i) => sum + i.seated, 0));
    expect(seated).toEqual([250, 250]);
  });
});
