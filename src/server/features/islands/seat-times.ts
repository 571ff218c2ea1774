import type { IslandDeps } from './admin-service.js';
import { toRounds } from './mapping.js';
import { placementRepository as seats } from './placement-repository.js';
import { islandRepository as repo } from './repository.js';

/** A time a person sits at a conversation island: their round's start and end. */
export interface SeatTime {
  roundTitle: string;
  startsAt: string;
  endsAt: string;
}

/**
 * person id -> the rounds of their published island seats at the event (none while the seating is
 * a draft, like the agenda). Other features (1:1 meetings) treat these times as taken.
 */
export async function listSeatTimesForPeople(
  { db, sessions }: Pick<IslandDeps, 'db' | 'sessions'>,
  eventId: string,
): Promise<Map<string, SeatTime[]>> {
  const result = new Map<string, SeatTime[]>();
  if ((await repo.findSettings(db, eventId))?.status !== 'published') {
    return result;
  }
  const rounds = new Map(toRounds(await sessions.listByType(eventId, 'island-round')).map((r) => [r.id, r]));
  for (const placement of await seats.listPlacements(db, eventId)) {
    const round = rounds.get(placement.roundId);
    if (round) {
      const times = result.get(placement.personId) ?? [];
      times.push({ roundTitle: round.title, startsAt: round.startsAt, endsAt: round.endsAt });
      result.set(placement.personId, times);
    }
  }
  return result;
}
