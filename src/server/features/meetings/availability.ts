import { SESSION_TYPES } from '../../../contract/program.js';
import type { MeetingsDeps, ProgrammeSessionInfo } from './ports.js';
import { scheduleRepository as schedule, type SlotRow } from './schedule-repository.js';
import { overlaps } from './slots.js';

/** Why a person cannot meet in a slot: a time they blocked, a session they starred, an island seat. */
export interface Unavailable {
  blocked: boolean;
  starredSession: string | null;
  /** The island round they sit at then (published seating), if any. */
  islandRound: string | null;
}

/** The event's sessions that can make a person unavailable: all but the networking blocks themselves. */
async function sessionsOutsideBlocks(
  deps: MeetingsDeps,
  eventId: string,
): Promise<Map<string, ProgrammeSessionInfo>> {
  const sessions = new Map<string, ProgrammeSessionInfo>();
  for (const type of SESSION_TYPES.filter((t) => t !== 'networking')) {
    for (const session of await deps.programme.listSessionsByType(eventId, type)) {
      sessions.set(session.id, session);
    }
  }
  return sessions;
}

/**
 * For each person, the slots they cannot meet in and why: slots overlapping a session they starred
 * (they want to be there), a time they blocked, or an island round where they have a published seat.
 */
export async function unavailabilityOf(
  deps: MeetingsDeps,
  eventId: string,
  slots: readonly SlotRow[],
  personIds: readonly string[],
): Promise<Map<string, Map<string, Unavailable>>> {
  const result = new Map<string, Map<string, Unavailable>>();
  const people = [...new Set(personIds)];
  if (people.length === 0 || slots.length === 0) {
    return result;
  }
  const sessions = await sessionsOutsideBlocks(deps, eventId);
  const blocked = await schedule.listUnavailability(deps.db, eventId, people);
  const seats = await deps.islands.listSeatTimesForPeople(eventId);
  for (const personId of people) {
    const mine = new Map<string, Unavailable>();
    const starred = (await deps.programme.listStarredSessionIds(personId))
      .map((id) => sessions.get(id))
      .filter((s): s is ProgrammeSessionInfo => s !== undefined);
    const times = blocked.filter((b) => b.personId === personId);
    for (const slot of slots) {
      const session = starred.find((s) => overlaps(s.startsAt, s.endsAt, slot.startsAt, slot.endsAt));
      const isBlocked = times.some((b) => overlaps(b.startsAt, b.endsAt, slot.startsAt, slot.endsAt));
      const seat = seats
        .get(personId)
        ?.find((r) => overlaps(r.startsAt, r.endsAt, slot.startsAt, slot.endsAt));
      if (isBlocked || session || seat) {
        mine.set(slot.id, {
          blocked: isBlocked,
          starredSession: session?.title ?? null,
          islandRound: seat?.roundTitle ?? null,
        });
      }
    }
    result.set(personId, mine);
  }
  return result;
}
