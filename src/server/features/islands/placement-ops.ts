import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import { assignIslands } from './assignment.js';
import { buildAssignmentInput, preferencesOf } from './run-input.js';
import { maxShareOf, type EventIslands } from './context.js';
import { placementRepository as seats, type PlacementRow } from './placement-repository.js';
import { islandRepository as repo, type Executor } from './repository.js';

type Source = PlacementRow['source'];
interface Seat {
  roundId: string;
  islandId: string;
}

/** The choice rank of an island in a person's ranking (1 = first), null when not ranked. */
export function rankOf(ranking: readonly string[], islandId: string): number | null {
  const index = ranking.indexOf(islandId);
  return index < 0 ? null : index + 1;
}

/** Seat-level changes inside one transaction; capacity and uniqueness are decided by the database. */
export function placementOps(trx: Executor, ctx: EventIslands, now: string) {
  const eventId = ctx.event.id;

  async function rankingOf(personId: string): Promise<string[]> {
    const islandIds = new Set(ctx.islands.map((i) => i.id));
    return preferencesOf(await repo.findPreference(trx, eventId, personId), islandIds).ranking;
  }

  /**
   * Puts the person at the island in the round (moves their seat there or creates one) if the
   * database grants a seat; answers whether it did and the seat the person left, if any.
   */
  async function trySeatPerson(
    personId: string,
    seat: Seat,
    source: Source,
  ): Promise<{ seated: boolean; left: Seat | null }> {
    const existing = await seats.findPlacement(trx, seat.roundId, personId);
    if (existing?.islandId === seat.islandId) {
      return { seated: true, left: null };
    }
    if (!(await seats.takeSeat(trx, seat.islandId, seat.roundId))) {
      return { seated: false, left: null };
    }
    const choiceRank = rankOf(await rankingOf(personId), seat.islandId);
    if (existing) {
      await seats.movePlacement(trx, existing.id, { islandId: seat.islandId, choiceRank, source, now });
      await seats.releaseSeat(trx, existing.islandId, seat.roundId);
    } else {
      await seats.insertPlacement(trx, {
        id: newId(),
        eventId,
        roundId: seat.roundId,
        islandId: seat.islandId,
        personId,
        choiceRank,
        source,
        checkedInAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await seats.leaveWaitlist(trx, seat.roundId, seat.islandId, personId);
    return { seated: true, left: existing ? { roundId: seat.roundId, islandId: existing.islandId } : null };
  }

  /** As trySeatPerson, but a full island is an error naming the field (for the organizer's moves). */
  async function seatPerson(personId: string, seat: Seat, source: Source): Promise<Seat | null> {
    const { seated, left } = await trySeatPerson(personId, seat, source);
    if (!seated) {
      throw new AppError('validation_failed', [{ field: 'islandId', key: 'field.island_full' }]);
    }
    return left;
  }

  /**
   * Offers each freed seat to the first person waiting for it who may sit there (never the same island
   * twice); their own earlier seat in that round frees in turn, and so on.
   */
  async function promoteWaiting(freed: Seat[], participants: ReadonlySet<string>): Promise<void> {
    const queue = [...freed];
    for (let guard = 0; queue.length > 0 && guard < 1_000; guard += 1) {
      const seat = queue.shift()!;
      for (const entry of await seats.listWaiting(trx, seat.roundId, seat.islandId)) {
        const theirs = await seats.listPlacementsOfPerson(trx, entry.personId, eventId);
        const visited = theirs.some((p) => p.islandId === seat.islandId && p.roundId !== seat.roundId);
        if (visited || !participants.has(entry.personId)) {
          await seats.deleteWaitlistEntry(trx, entry.id);
          continue;
        }
        const { seated, left } = await trySeatPerson(entry.personId, seat, 'waitlist');
        if (left) {
          queue.push(left);
        }
        if (seated) {
          await seats.deleteWaitlistEntry(trx, entry.id);
        }
        break;
      }
    }
  }

  /** Takes the person's seat in a round away (if any) and answers the seat that became free. */
  async function unseat(placement: PlacementRow): Promise<Seat> {
    await seats.deletePlacement(trx, placement.id);
    await seats.releaseSeat(trx, placement.islandId, placement.roundId);
    return { roundId: placement.roundId, islandId: placement.islandId };
  }

  /**
   * Places people without a seat into free seats after publishing, without moving anyone: the pure
   * assignment runs with every existing seat fixed. Where a round has no seat for a person, they wait
   * for their best-ranked island they may still visit.
   */
  async function placeLate(targets: ReadonlySet<string>): Promise<void> {
    const participants = await repo.listParticipants(trx, eventId);
    const existing = await seats.listPlacements(trx, eventId);
    const input = buildAssignmentInput({
      rounds: ctx.rounds,
      islands: ctx.islands,
      participants,
      preferences: await repo.listPreferences(trx, eventId),
      maxSectorShare: maxShareOf(ctx.settings),
      fixed: existing,
      targets,
    });
    const seated = new Set(existing.map((p) => `${p.roundId}|${p.personId}`));
    const result = assignIslands(input);
    for (const p of result.placements) {
      const key = `${p.roundId}|${p.personId}`;
      if (!targets.has(p.personId) || seated.has(key)) {
        continue;
      }
      if (await seats.takeSeat(trx, p.islandId, p.roundId)) {
        await seats.insertPlacement(trx, {
          id: newId(),
          eventId,
          roundId: p.roundId,
          islandId: p.islandId,
          personId: p.personId,
          choiceRank: p.choiceRank,
          source: 'late',
          checkedInAt: null,
          createdAt: now,
          updatedAt: now,
        });
        seated.add(key);
      }
    }
    await waitWhereUnseated(input.participants, seated, targets);
  }

  async function waitWhereUnseated(
    people: readonly { personId: string; ranking: readonly string[]; excluded: readonly string[] }[],
    seated: ReadonlySet<string>,
    targets: ReadonlySet<string>,
  ): Promise<void> {
    for (const person of people.filter((p) => targets.has(p.personId))) {
      const mine = await seats.listPlacementsOfPerson(trx, person.personId, eventId);
      const visited = new Set(mine.map((p) => p.islandId));
      for (const round of ctx.rounds.filter((r) => !seated.has(`${r.id}|${person.personId}`))) {
        const wish = person.ranking.find((id) => !visited.has(id) && !person.excluded.includes(id));
        if (wish) {
          await seats.joinWaitlist(trx, {
            id: newId(),
            eventId,
            roundId: round.id,
            islandId: wish,
            personId: person.personId,
            createdAt: now,
          });
        }
      }
    }
  }

  return { seatPerson, promoteWaiting, unseat, placeLate };
}
