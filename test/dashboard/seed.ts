import type { Kysely, Selectable } from 'kysely';
import type { Database, EventsTable } from '../../src/server/db/schema.js';
import {
  eventRow,
  islandPlacementRow,
  islandRow,
  meetingRow,
  personRow,
  placementRow,
  pollRow,
  questionRow,
  registrationRow,
  sessionRow,
  slotRow,
  tableRow,
} from './rows.js';

export interface SeededEvent {
  event: Selectable<EventsTable>;
  emptyEvent: Selectable<EventsTable>;
  /** p1..p5 of the scenario (see seedDashboardEvent). */
  people: { id: string; email: string }[];
  islandIds: [string, string];
  roundIds: [string, string];
}

const CHECKED_IN = '2020-02-06T08:30:00.000Z';

/**
 * The hand-computed scenario of test/dashboard/figures.db.test.ts: eight registrations of five people
 * (and three without an account) over three days, seven meetings, two islands in two rounds, two
 * panels with questions and polls. Every number the test expects can be counted from this function.
 */
export async function seedDashboardEvent(db: Kysely<Database>): Promise<SeededEvent> {
  const event = eventRow({ capacity: 4, seatsTaken: 4 });
  const emptyEvent = eventRow({ title: 'Leere Veranstaltung' });
  await db.insertInto('events').values([event, emptyEvent]).execute();
  const orgs = ['Alpha Auto GmbH', 'Beta IT AG', 'Beta IT AG', 'Gamma Energie GmbH', 'Gamma Energie GmbH'];
  const people = orgs.map((organization) => personRow({ organization }));
  await db.insertInto('people').values(people).execute();
  const [p1, p2, p3, p4, p5] = people.map((p) => p.id) as [string, string, string, string, string];
  const reg = (personIndex: number | null, fields: Parameters<typeof registrationRow>[1]) =>
    registrationRow(event.id, {
      ...(personIndex === null
        ? {}
        : {
            personId: people[personIndex]!.id,
            email: people[personIndex]!.email,
            organization: orgs[personIndex],
          }),
      ...fields,
    });
  const sent = '2020-02-01T08:00:00.000Z';
  await db
    .insertInto('registrations')
    .values([
      reg(0, {
        sector: 'oem',
        requestedAt: '2020-01-10T09:00:00.000Z',
        checkedInAt: CHECKED_IN,
        reconfirmSentAt: sent,
        reconfirmAnswer: 'yes',
      }),
      reg(1, {
        sector: 'it',
        requestedAt: '2020-01-10T23:30:00.000Z',
        checkedInAt: CHECKED_IN,
        reconfirmSentAt: sent,
      }),
      reg(2, {
        sector: 'it',
        requestedAt: '2020-01-11T10:00:00.000Z',
        reconfirmSentAt: sent,
        reconfirmAnswer: 'yes',
      }),
      reg(3, {
        sector: 'energy',
        requestedAt: '2020-01-12T10:00:00.000Z',
        waitlistNumber: 1,
        offeredAt: '2020-01-13T10:00:00.000Z',
        checkedInAt: CHECKED_IN,
      }),
      reg(4, {
        sector: 'energy',
        requestedAt: '2020-01-12T11:00:00.000Z',
        waitlistNumber: 2,
        status: 'waitlisted',
      }),
      reg(null, {
        sector: 'oem',
        requestedAt: '2020-01-10T10:00:00.000Z',
        status: 'cancelled',
        reconfirmSentAt: sent,
        reconfirmAnswer: 'released',
      }),
      reg(null, {
        sector: 'logistics',
        requestedAt: '2020-01-12T12:00:00.000Z',
        waitlistNumber: 3,
        offeredAt: '2020-01-14T10:00:00.000Z',
        status: 'expired',
      }),
      reg(null, { sector: 'logistics', requestedAt: '2020-01-12T13:00:00.000Z', status: 'pending' }),
    ])
    .execute();

  const networking = sessionRow(event.id, {
    type: 'networking',
    title: 'Gespräche',
    startsAt: '2020-02-06T13:00:00.000Z',
    endsAt: '2020-02-06T14:00:00.000Z',
  });
  const roundA = sessionRow(event.id, {
    type: 'island-round',
    title: 'Inselrunde 1',
    startsAt: '2020-02-06T11:00:00.000Z',
  });
  const roundB = sessionRow(event.id, {
    type: 'island-round',
    title: 'Inselrunde 2',
    startsAt: '2020-02-06T12:00:00.000Z',
  });
  const panelH2 = sessionRow(event.id, { title: 'Panel Wasserstoff', startsAt: '2020-02-06T09:00:00.000Z' });
  const panelCharge = sessionRow(event.id, {
    title: 'Panel Ladeinfrastruktur',
    startsAt: '2020-02-06T10:00:00.000Z',
  });
  await db.insertInto('programSessions').values([networking, roundA, roundB, panelH2, panelCharge]).execute();

  await seedMeetings(db, event.id, networking.id, [p1, p2, p3, p4, p5]);

  const islandOne = islandRow(event.id, 1, 3);
  const islandTwo = islandRow(event.id, 2, 2);
  await db.insertInto('islands').values([islandOne, islandTwo]).execute();
  const seat = (round: string, island: string, person: string, rank: number | null) =>
    islandPlacementRow(event.id, round, island, person, rank);
  await db
    .insertInto('islandPlacements')
    .values([
      seat(roundA.id, islandOne.id, p1, 1),
      seat(roundA.id, islandOne.id, p2, 2),
      seat(roundA.id, islandTwo.id, p3, 1),
      seat(roundA.id, islandTwo.id, p4, null),
      seat(roundB.id, islandTwo.id, p1, 3),
      seat(roundB.id, islandTwo.id, p2, 4),
      seat(roundB.id, islandOne.id, p3, 1),
    ])
    .execute();

  await db
    .insertInto('qaQuestions')
    .values([
      questionRow(panelH2.id, 'g:a', 3),
      questionRow(panelH2.id, 'g:a', 1),
      questionRow(panelH2.id, 'g:b', 0, 'hidden'),
      questionRow(panelCharge.id, 'g:c', 2),
    ])
    .execute();
  await db
    .insertInto('polls')
    .values([
      pollRow(panelH2.id, 3, 'closed', 0),
      pollRow(panelH2.id, 0, 'draft', 1),
      pollRow(panelCharge.id, 2, 'open', 0),
    ])
    .execute();

  const stored = await db
    .selectFrom('events')
    .selectAll()
    .where('id', 'in', [event.id, emptyEvent.id])
    .execute();
  return {
    event: stored.find((e) => e.id === event.id)!,
    emptyEvent: stored.find((e) => e.id === emptyEvent.id)!,
    people: people.map((p) => ({ id: p.id, email: p.email })),
    islandIds: [islandOne.id, islandTwo.id],
    roundIds: [roundA.id, roundB.id],
  };
}

/** Seven meetings: held, placed with a no-show, accepted unplaced, declined, pending, cancelled, placed (it–it). */
async function seedMeetings(
  db: Kysely<Database>,
  eventId: string,
  sessionId: string,
  [p1, p2, p3, p4, p5]: [string, string, string, string, string],
): Promise<void> {
  const s1 = slotRow(eventId, sessionId, '2020-02-06T13:00:00.000Z', '2020-02-06T13:20:00.000Z');
  const s2 = slotRow(eventId, sessionId, '2020-02-06T13:20:00.000Z', '2020-02-06T13:40:00.000Z');
  const s3 = slotRow(eventId, sessionId, '2020-02-06T13:40:00.000Z', '2020-02-06T14:00:00.000Z');
  await db.insertInto('meetingSlots').values([s1, s2, s3]).execute();
  const t1 = tableRow(eventId, 1);
  const t2 = tableRow(eventId, 2);
  await db.insertInto('meetingTables').values([t1, t2]).execute();
  const m1 = meetingRow(eventId, p1, p2, 'accepted');
  const m2 = meetingRow(eventId, p1, p3, 'accepted');
  const m7 = meetingRow(eventId, p2, p3, 'accepted');
  await db
    .insertInto('meetings')
    .values([
      m1,
      m2,
      meetingRow(eventId, p2, p4, 'accepted'),
      meetingRow(eventId, p3, p4, 'declined'),
      meetingRow(eventId, p4, p5, 'pending'),
      meetingRow(eventId, p1, p4, 'cancelled'),
      m7,
    ])
    .execute();
  await db
    .insertInto('meetingPlacements')
    .values([
      placementRow(eventId, m1.id, s1.id, t1.id),
      placementRow(eventId, m2.id, s3.id, t2.id),
      placementRow(eventId, m7.id, s2.id, t1.id),
    ])
    .execute();
}
