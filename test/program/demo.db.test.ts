import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Programme, ProgrammeConflict } from '../../src/contract/program.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from './helpers.js';

describe.each(DIALECTS)('the demo programme of 6 February 2020 on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  });
  afterAll(async () => t.close());

  it('has the panels, two island rounds, networking and breaks, without conflicts', async () => {
    const programme = await send<Programme>(
      t,
      null,
      'GET',
      '/api/v1/events/industriedialog-neue-mobilitaet-2020/programme',
    );
    expect(programme.status).toBe(200);
    const sessions = programme.body.sessions;
    expect(sessions[0]).toMatchObject({ type: 'keynote', startsAtLocal: '2020-02-06T09:00' });
    expect(sessions.filter((s) => s.type === 'island-round')).toHaveLength(2);
    expect(sessions.filter((s) => s.type === 'panel').map((s) => s.title)).toEqual([
      'Aussichtsreiche Geschäftsfelder',
      'Erfolgsfaktoren der Transformation',
      'CO2-neutrale Produktion',
      'Ladeinfrastruktur',
      'Stromnetze',
      'Wasserstoff: interaktiv mit dem Publikum',
    ]);
    const speakers = sessions.flatMap((s) => s.speakers);
    expect(speakers.every((s) => s.organization.endsWith('(Demo)'))).toBe(true);

    const organizer = await t.signInOrganizer();
    const conflicts = await send<{ conflicts: ProgrammeConflict[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${programme.body.eventId}/programme-conflicts`,
    );
    expect(conflicts.body.conflicts).toEqual([]);
  });
});
