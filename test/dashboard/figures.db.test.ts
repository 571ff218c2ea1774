import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../src/server/db/database.js';
import { computeDashboard } from '../../src/server/features/dashboard/index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../db.js';
import { eventRow, registrationRow } from './rows.js';
import { seedDashboardEvent, type SeededEvent } from './seed.js';

const ENDED = new Date('2020-03-01T12:00:00.000Z');
const MORNING = new Date('2020-02-06T09:30:00.000Z');

describe.each(DIALECTS)('dashboard figures on %s', (dialect: DialectName) => {
  let database: TestDatabase;
  let seeded: SeededEvent;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    seeded = await seedDashboardEvent(database.handle.db);
  });

  afterAll(async () => {
    await database.drop();
  });

  it('counts registrations per local day, cumulatively, and marks when the event was booked out', async () => {
    const board = await computeDashboard(database.handle.db, seeded.event, ENDED);
    expect(board.registrations).toEqual({
      total: 8,
      // 2020-01-10T23:30Z is already 11 January in Berlin.
      days: [
        { day: '2020-01-10', registered: 2, cumulative: 2 },
        { day: '2020-01-11', registered: 2, cumulative: 4 },
        { day: '2020-01-12', registered: 4, cumulative: 8 },
      ],
      bookedOutAt: '2020-01-12T10:00:00.000Z',
      bookedOutBasis: 'waitlist',
    });
  });

  it('gives the sector mix, the waitlist with promotions and the confirmation rates', async () => {
    const board = await computeDashboard(database.handle.db, seeded.event, ENDED);
    expect(board.sectorMix).toEqual([
      { sector: 'energy', count: 2 },
      { sector: 'it', count: 2 },
      { sector: 'logistics', count: 1 },
      { sector: 'oem', count: 1 },
    ]);
    expect(board.waitlist).toEqual({ everWaitlisted: 3, waitingNow: 1, offered: 2, promotedConfirmed: 1 });
    expect(board.confirmation).toEqual({
      registrations: 8,
      confirmed: 4,
      pending: 1,
      expired: 1,
      cancelled: 1,
      reconfirmAsked: 4,
      reconfirmYes: 2,
      reconfirmReleased: 1,
    });
  });

  it('counts check-ins, and no-shows only once the event is over', async () => {
    const after = await computeDashboard(database.handle.db, seeded.event, ENDED);
    expect(after.attendance).toEqual({ confirmed: 4, checkedIn: 3, noShows: 1 });
    const during = await computeDashboard(database.handle.db, seeded.event, MORNING);
    expect(during.attendance).toEqual({ confirmed: 4, checkedIn: 3, noShows: null });
  });

  it('follows meetings from request to held, and their share across sectors', async () => {
    const board = await computeDashboard(database.handle.db, seeded.event, ENDED);
    expect(board.meetings).toEqual({
      requested: 7,
      pending: 1,
      accepted: 4,
      declined: 1,
      cancelled: 1,
      scheduled: 3,
      held: 1,
      sectorPairs: [
        { sectorA: 'it', sectorB: 'oem', count: 2 },
        { sectorA: 'energy', sectorB: 'it', count: 1 },
        { sectorA: 'it', sectorB: 'it', count: 1 },
      ],
    });
    // Before the slots are over nothing has been held yet.
    const during = await computeDashboard(database.handle.db, seeded.event, MORNING);
    expect(during.meetings.held).toBe(0);
    expect(during.meetings.scheduled).toBe(3);
  });

  it('fills the islands round by round and measures how many got their first choice', async () => {
    const board = await computeDashboard(database.handle.db, seeded.event, ENDED);
    const [one, two] = seeded.islandIds;
    const [first, second] = seeded.roundIds;
    expect(board.islands.fill.map((f) => [f.roundId, f.islandId, f.seated, f.capacity])).toEqual([
      [first, one, 2, 3],
      [first, two, 2, 2],
      [second, one, 1, 3],
      [second, two, 2, 2],
    ]);
    expect(board.islands.choices).toEqual({ first: 3, second: 1, third: 1, later: 1, unranked: 1 });
  });

  it('counts questions, askers and upvotes per session and the voters of every poll that opened', async () => {
    const board = await computeDashboard(database.handle.db, seeded.event, ENDED);
    expect(board.interaction.audience).toBe(3);
    expect(board.interaction.sessions.map((s) => [s.title, s.questions, s.askers, s.upvotes])).toEqual([
      ['Panel Wasserstoff', 3, 2, 4],
      ['Panel Ladeinfrastruktur', 1, 1, 2],
    ]);
    expect(board.interaction.polls.map((p) => [p.sessionTitle, p.voters])).toEqual([
      ['Panel Wasserstoff', 3],
      ['Panel Ladeinfrastruktur', 2],
    ]);
  });

  it('takes the request of the last public seat as the booked-out moment when nobody had to wait', async () => {
    const db = database.handle.db;
    const full = eventRow({ capacity: 2, seatsTaken: 2 });
    await db.insertInto('events').values(full).execute();
    await db
      .insertInto('registrations')
      .values([
        registrationRow(full.id, { requestedAt: '2020-01-05T10:00:00.000Z' }),
        registrationRow(full.id, { requestedAt: '2020-01-03T10:00:00.000Z', isGuest: 1 }),
        registrationRow(full.id, { requestedAt: '2020-01-04T10:00:00.000Z', status: 'pending' }),
        registrationRow(full.id, { requestedAt: '2020-01-02T10:00:00.000Z', status: 'cancelled' }),
      ])
      .execute();
    const board = await computeDashboard(db, { ...full, sectors: '[]' }, ENDED);
    expect(board.registrations.bookedOutAt).toBe('2020-01-05T10:00:00.000Z');
    // Nobody waited: the summary must not speak of a first person on the waitlist.
    expect(board.registrations.bookedOutBasis).toBe('lastSeat');
    expect(board.waitlist.everWaitlisted).toBe(0);
    const open = await computeDashboard(db, { ...full, seatsTaken: 1 }, ENDED);
    expect(open.registrations.bookedOutAt).toBeNull();
  });

  it('shows an empty event as zeros, not as an error', async () => {
    const board = await computeDashboard(database.handle.db, seeded.emptyEvent, ENDED);
    expect(board.registrations).toEqual({ total: 0, days: [], bookedOutAt: null, bookedOutBasis: null });
    expect(board.meetings.requested).toBe(0);
    expect(board.islands).toEqual({
      fill: [],
      choices: { first: 0, second: 0, third: 0, later: 0, unranked: 0 },
    });
    expect(board.interaction).toEqual({ audience: 0, sessions: [], polls: [] });
  });
});
