import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPage, Recommendations } from '../../src/contract/networking.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { get, signIn } from './helpers.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';

describe.each(DIALECTS)('the demo directory of the 2020 edition on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { template: 'demo' });
  });
  afterAll(async () => t.close());

  it('lists the participants who opted in, with consent records, and recommends across sectors', async () => {
    const first = await signIn(t, 'teilnehmer1@example.org');
    const all = await get<DirectoryPage>(t, first, `/api/v1/events/${SLUG}/networking/directory`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(150);
    const consents = await t.database.handle.db
      .selectFrom('consents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'directory')
      .where('textVersion', '=', 'networking/directory')
      .executeTakeFirstOrThrow();
    expect(Number(consents.n)).toBe(150);

    const found = await get<DirectoryPage>(
      t,
      first,
      `/api/v1/events/${SLUG}/networking/directory?q=Ladesäule`,
    );
    expect(found.body.total).toBeGreaterThan(0);
    const recommendations = await get<Recommendations>(
      t,
      first,
      `/api/v1/events/${SLUG}/networking/recommendations`,
    );
    expect(recommendations.body.recommendations.length).toBeGreaterThan(0);
    expect(recommendations.body.recommendations.every((r) => r.reason.otherSector)).toBe(true);

    // Participant number 2 did not opt in: not listed, free to join.
    const second = await signIn(t, 'teilnehmer2@example.org');
    const context = await get<{ eventId: string; inDirectory: boolean; canHaveProfile: boolean }>(
      t,
      second,
      `/api/v1/events/${SLUG}/networking`,
    );
    expect(context.body).toMatchObject({ inDirectory: false, canHaveProfile: true });
    expect(await t.services.networking.isInDirectory(context.body.eventId, second.personId)).toBe(false);
    expect(await t.services.networking.isInDirectory(context.body.eventId, first.personId)).toBe(true);
  });
});
