import type { Kysely } from 'kysely';
import type { Dashboard } from '../../../contract/dashboard.js';
import type { Database } from '../../db/schema.js';
import { countHeldMeetings } from './event-figures.js';
import { sectorPair, toCount } from './shape.js';

type Db = Kysely<Database>;

/**
 * Meetings of the event: requests by status; scheduled = accepted with a place in the published plan;
 * held as defined in event-figures.ts (shared with the retrospective). Sector pairs count accepted
 * meetings between two confirmed participants. Aggregated in the database: an event may have 50,000.
 */
export async function meetingFigures(db: Db, eventId: string, now: Date): Promise<Dashboard['meetings']> {
  const [byStatus, placed, pairs] = await Promise.all([
    db
      .selectFrom('meetings')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('eventId', '=', eventId)
      .groupBy('status')
      .execute(),
    placedMeetings(db, eventId, now),
    db
      .selectFrom('meetings as m')
      .innerJoin('registrations as a', (join) =>
        join.onRef('a.personId', '=', 'm.requesterId').onRef('a.eventId', '=', 'm.eventId'),
      )
      .innerJoin('registrations as b', (join) =>
        join.onRef('b.personId', '=', 'm.recipientId').onRef('b.eventId', '=', 'm.eventId'),
      )
      .select((eb) => ['a.sector as sectorA', 'b.sector as sectorB', eb.fn.countAll<number>().as('n')])
      .where('m.eventId', '=', eventId)
      .where('m.status', '=', 'accepted')
      .where('a.status', '=', 'confirmed')
      .where('b.status', '=', 'confirmed')
      .groupBy(['a.sector', 'b.sector'])
      .execute(),
  ]);
  const figures = { requested: 0, pending: 0, accepted: 0, declined: 0, cancelled: 0 };
  for (const row of byStatus) {
    figures[row.status] += toCount(row.n);
    figures.requested += toCount(row.n);
  }
  return { ...figures, ...placed, sectorPairs: foldPairs(pairs) };
}

/** Accepted meetings placed in the plan (planned), and the held ones by the shared definition. */
async function placedMeetings(db: Db, eventId: string, now: Date) {
  const [row, held] = await Promise.all([
    db
      .selectFrom('meetings as m')
      .innerJoin('meetingPlacements as p', 'p.meetingId', 'm.id')
      .select((eb) => eb.fn.countAll<number>().as('scheduled'))
      .where('m.eventId', '=', eventId)
      .where('m.status', '=', 'accepted')
      .executeTakeFirstOrThrow(),
    countHeldMeetings(db, eventId, now),
  ]);
  return { scheduled: toCount(row.scheduled), held };
}

/** Folds (requester sector, recipient sector) counts into unordered pairs, largest first. */
function foldPairs(
  rows: { sectorA: string; sectorB: string; n: unknown }[],
): Dashboard['meetings']['sectorPairs'] {
  const pairs = new Map<string, number>();
  for (const row of rows) {
    const key = sectorPair(row.sectorA, row.sectorB).join('\n');
    pairs.set(key, (pairs.get(key) ?? 0) + toCount(row.n));
  }
  return [...pairs.entries()]
    .map(([key, count]) => {
      const [sectorA = '', sectorB = ''] = key.split('\n');
      return { sectorA, sectorB, count };
    })
    .sort(
      (x, y) => y.count - x.count || x.sectorA.localeCompare(y.sectorA) || x.sectorB.localeCompare(y.sectorB),
    );
}

/** Seats taken per island and round (rounds are the island-round sessions) and the choices they met. */
export async function islandFigures(db: Db, eventId: string): Promise<Dashboard['islands']> {
  const [islands, rounds, seated, ranks] = await Promise.all([
    db
      .selectFrom('islands')
      .select(['id', 'theme', 'capacity'])
      .where('eventId', '=', eventId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('programSessions')
      .select(['id', 'title'])
      .where('eventId', '=', eventId)
      .where('type', '=', 'island-round')
      .orderBy('startsAt')
      .orderBy('sequence')
      .execute(),
    db
      .selectFrom('islandPlacements')
      .select((eb) => ['islandId', 'roundId', eb.fn.countAll<number>().as('n')])
      .where('eventId', '=', eventId)
      .groupBy(['islandId', 'roundId'])
      .execute(),
    db
      .selectFrom('islandPlacements')
      .select((eb) => ['choiceRank', eb.fn.countAll<number>().as('n')])
      .where('eventId', '=', eventId)
      .groupBy('choiceRank')
      .execute(),
  ]);
  const seatedBy = new Map(seated.map((s) => [`${s.roundId}/${s.islandId}`, toCount(s.n)]));
  const fill = rounds.flatMap((round) =>
    islands.map((island) => ({
      islandId: island.id,
      theme: island.theme,
      roundId: round.id,
      roundTitle: round.title,
      seated: seatedBy.get(`${round.id}/${island.id}`) ?? 0,
      capacity: island.capacity,
    })),
  );
  const choices = { first: 0, second: 0, third: 0, later: 0, unranked: 0 };
  for (const row of ranks) {
    const rank = row.choiceRank === null ? null : toCount(row.choiceRank);
    const key =
      rank === null
        ? 'unranked'
        : rank === 1
          ? 'first'
          : rank === 2
            ? 'second'
            : rank === 3
              ? 'third'
              : 'later';
    choices[key] += toCount(row.n);
  }
  return { fill, choices };
}

/** Questions per session (with distinct askers and upvotes) and the voters of every poll that opened. */
export async function interactionFigures(
  db: Db,
  eventId: string,
  audience: number,
): Promise<Dashboard['interaction']> {
  const [sessions, polls] = await Promise.all([
    db
      .selectFrom('qaQuestions')
      .innerJoin('programSessions', 'programSessions.id', 'qaQuestions.sessionId')
      .select((eb) => [
        'programSessions.id as sessionId',
        'programSessions.title',
        eb.fn.countAll<number>().as('questions'),
        eb.fn.count<number>('qaQuestions.authorKey').distinct().as('askers'),
        eb.fn.sum<number>('qaQuestions.voteCount').as('upvotes'),
      ])
      .where('programSessions.eventId', '=', eventId)
      .groupBy(['programSessions.id', 'programSessions.title', 'programSessions.startsAt'])
      .orderBy('programSessions.startsAt')
      .execute(),
    db
      .selectFrom('polls')
      .innerJoin('programSessions', 'programSessions.id', 'polls.sessionId')
      .select([
        'polls.id as pollId',
        'programSessions.title as sessionTitle',
        'polls.question',
        'polls.voterCount',
      ])
      .where('programSessions.eventId', '=', eventId)
      .where('polls.state', '!=', 'draft')
      .orderBy('programSessions.startsAt')
      .orderBy('polls.position')
      .execute(),
  ]);
  return {
    audience,
    sessions: sessions.map((s) => ({
      sessionId: s.sessionId,
      title: s.title,
      questions: toCount(s.questions),
      askers: toCount(s.askers),
      upvotes: toCount(s.upvotes),
    })),
    polls: polls.map((p) => ({
      pollId: p.pollId,
      sessionTitle: p.sessionTitle,
      question: p.question,
      voters: toCount(p.voterCount),
    })),
  };
}
