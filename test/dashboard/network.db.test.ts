import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../src/server/db/database.js';
import { computeNetwork } from '../../src/server/features/dashboard/network-queries.js';
import { organizationKey } from '../../src/server/features/networking/index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../db.js';
import { eventRow, meetingRow, personRow, registrationRow } from './rows.js';
import { seedDashboardEvent, type SeededEvent } from './seed.js';

const NOW = new Date('2021-03-01T12:00:00.000Z');

/**
 * The 2020 scenario of seed.ts plus a 2021 edition: p1 again (by person id, other email), p3 again
 * (no account, the same email in capitals), and a newcomer from "Beta IT"; a draft event is ignored.
 */
async function seedNextEdition(db: TestDatabase['handle']['db'], seeded: SeededEvent) {
  const next = eventRow({
    title: 'Industriedialog 2021',
    startsAt: '2021-02-04T08:00:00.000Z',
    endsAt: '2021-02-04T16:00:00.000Z',
  });
  const draft = eventRow({ status: 'draft', publishedAt: null, startsAt: '2022-02-04T08:00:00.000Z' });
  await db.insertInto('events').values([next, draft]).execute();
  const newcomer = personRow({ organization: 'Beta IT' });
  await db.insertInto('people').values(newcomer).execute();
  const [p1, , p3] = seeded.people as [SeededEvent['people'][0], unknown, SeededEvent['people'][0]];
  await db
    .insertInto('registrations')
    .values([
      registrationRow(next.id, {
        personId: p1.id,
        email: 'anders@example.org',
        organization: 'alpha auto gmbh',
        sector: 'oem',
      }),
      registrationRow(next.id, {
        email: ` ${p3.email.toUpperCase()}`,
        organization: 'Delta Logistik',
        sector: 'logistics',
      }),
      registrationRow(next.id, {
        personId: newcomer.id,
        email: newcomer.email,
        organization: 'Beta IT',
        sector: 'it',
      }),
      registrationRow(next.id, { organization: 'Nur Angemeldet', status: 'pending' }),
      registrationRow(draft.id, { personId: p1.id, email: p1.email, organization: 'Alpha Auto GmbH' }),
    ])
    .execute();
  await db
    .insertInto('meetings')
    .values(meetingRow(next.id, p1.id, newcomer.id, 'accepted'))
    .execute();
  return next;
}

describe.each(DIALECTS)('network view on %s', (dialect: DialectName) => {
  let database: TestDatabase;
  let seeded: SeededEvent;
  let nextId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    seeded = await seedDashboardEvent(database.handle.db);
    nextId = (await seedNextEdition(database.handle.db, seeded)).id;
  });

  afterAll(async () => {
    await database.drop();
  });

  it('counts participants, organizations and sectors per edition, oldest first, without drafts', async () => {
    const network = await computeNetwork(database.handle.db, NOW);
    const byId = new Map(network.events.map((e) => [e.eventId, e]));
    expect(network.events.map((e) => e.year)).toEqual([2020, 2020, 2021]);
    expect(byId.get(seeded.event.id)).toMatchObject({
      participants: 4,
      organizations: 3,
      sectors: [
        { sector: 'it', count: 2 },
        { sector: 'energy', count: 1 },
        { sector: 'oem', count: 1 },
      ],
    });
    expect(byId.get(nextId)).toMatchObject({ year: 2021, participants: 3, organizations: 3 });
    expect(byId.get(seeded.emptyEvent.id)).toMatchObject({ participants: 0, organizations: 0, sectors: [] });
  });

  it('finds returning people by person id or normalized email, and organizations by normalized name', async () => {
    const network = await computeNetwork(database.handle.db, NOW);
    expect(network.returning).toEqual({
      people: 5,
      peopleReturning: 2,
      organizations: 4,
      organizationsReturning: 2,
      topOrganizations: [
        { name: 'Alpha Auto GmbH', events: 2 },
        { name: 'Beta IT AG', events: 2 },
      ],
    });
  });

  it('draws organizations connected by accepted meetings, weighted, leaving out meetings within one', async () => {
    const network = await computeNetwork(database.handle.db, NOW);
    const alpha = organizationKey('Alpha Auto GmbH');
    const beta = organizationKey('Beta IT AG');
    const gamma = organizationKey('Gamma Energie GmbH');
    expect(network.graph.nodes).toEqual([
      { id: beta, name: 'Beta IT AG', sector: 'it', meetings: 4 },
      { id: alpha, name: 'Alpha Auto GmbH', sector: 'oem', meetings: 3 },
      { id: gamma, name: 'Gamma Energie GmbH', sector: 'energy', meetings: 1 },
    ]);
    expect(network.graph.edges).toEqual([
      { source: alpha, target: beta, meetings: 3, isCrossSector: true },
      { source: beta, target: gamma, meetings: 1, isCrossSector: true },
    ]);
    expect(network.graph.omittedNodes).toBe(0);
  });
});
