import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { IslandPlacementsTable, IslandWaitlistTable } from '../../db/schema.js';
import type { Executor } from './repository.js';

export type PlacementRow = Selectable<IslandPlacementsTable>;
export type WaitlistRow = Selectable<IslandWaitlistTable>;

/** Placements, seat counters and the waitlist: the only code that writes them. */
export const placementRepository = {
  listPlacements: (db: Executor, eventId: string) =>
    db.selectFrom('islandPlacements').selectAll().where('eventId', '=', eventId).execute(),

  listPlacementsOfPerson: (db: Executor, personId: string, eventId?: string) => {
    let query = db.selectFrom('islandPlacements').selectAll().where('personId', '=', personId);
    if (eventId) {
      query = query.where('eventId', '=', eventId);
    }
    return query.execute();
  },

  listPlacementsOfIsland: (db: Executor, islandId: string) =>
    db.selectFrom('islandPlacements').selectAll().where('islandId', '=', islandId).execute(),

  findPlacement: (db: Executor, roundId: string, personId: string) =>
    db
      .selectFrom('islandPlacements')
      .selectAll()
      .where('roundId', '=', roundId)
      .where('personId', '=', personId)
      .executeTakeFirst(),

  insertPlacement: async (db: Executor, values: Insertable<IslandPlacementsTable>): Promise<void> => {
    await db.insertInto('islandPlacements').values(values).execute();
  },

  /** Moves a placement to another island (same row, so its calendar UID stays), raising its sequence. */
  movePlacement: async (
    db: Executor,
    id: string,
    change: { islandId: string; choiceRank: number | null; source: PlacementRow['source']; now: string },
  ): Promise<void> => {
    await db
      .updateTable('islandPlacements')
      .set((eb) => ({
        islandId: change.islandId,
        choiceRank: change.choiceRank,
        source: change.source,
        sequence: eb('sequence', '+', 1),
        checkedInAt: null,
        updatedAt: change.now,
      }))
      .where('id', '=', id)
      .execute();
  },

  deletePlacement: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('islandPlacements').where('id', '=', id).execute();
  },

  /** Removes the placements a new run may change (everything but hand moves). */
  deleteAutomaticPlacements: async (db: Executor, eventId: string): Promise<void> => {
    await db
      .deleteFrom('islandPlacements')
      .where('eventId', '=', eventId)
      .where('source', '!=', 'manual')
      .execute();
  },

  /**
   * Takes a seat at the island in the round if one is free: the database decides in this one
   * statement (the counter row is locked until commit), so no interleaving can exceed the capacity.
   */
  takeSeat: async (db: Executor, islandId: string, roundId: string): Promise<boolean> => {
    await db
      .insertInto('islandRoundSeats')
      .values({ islandId, roundId, taken: 0 })
      .onConflict((oc) => oc.columns(['islandId', 'roundId']).doNothing())
      .execute();
    const result = await db
      .updateTable('islandRoundSeats')
      .set((eb) => ({ taken: eb('taken', '+', 1) }))
      .where('islandId', '=', islandId)
      .where('roundId', '=', roundId)
      .where('taken', '<', (eb) => eb.selectFrom('islands').select('capacity').where('id', '=', islandId))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  releaseSeat: async (db: Executor, islandId: string, roundId: string): Promise<void> => {
    await db
      .updateTable('islandRoundSeats')
      .set((eb) => ({ taken: eb('taken', '-', 1) }))
      .where('islandId', '=', islandId)
      .where('roundId', '=', roundId)
      .where('taken', '>', 0)
      .execute();
  },

  /**
   * Recounts every seat counter of the event from its placements (after a bulk run) and answers
   * whether any island now seats more than its capacity, so the caller can roll back.
   */
  recountSeats: async (db: Executor, eventId: string): Promise<boolean> => {
    const islandIds = db.selectFrom('islands').select('id').where('eventId', '=', eventId);
    await db.deleteFrom('islandRoundSeats').where('islandId', 'in', islandIds).execute();
    await db
      .insertInto('islandRoundSeats')
      .columns(['islandId', 'roundId', 'taken'])
      .expression(
        db
          .selectFrom('islandPlacements')
          .select(['islandId', 'roundId', sql<number>`count(*)`.as('taken')])
          .where('eventId', '=', eventId)
          .groupBy(['islandId', 'roundId']),
      )
      .execute();
    const over = await db
      .selectFrom('islandRoundSeats')
      .innerJoin('islands', 'islands.id', 'islandRoundSeats.islandId')
      .select('islandRoundSeats.islandId')
      .where('islands.eventId', '=', eventId)
      .whereRef('islandRoundSeats.taken', '>', 'islands.capacity')
      .executeTakeFirst();
    return over !== undefined;
  },

  listSeats: (db: Executor, eventId: string) =>
    db
      .selectFrom('islandRoundSeats')
      .innerJoin('islands', 'islands.id', 'islandRoundSeats.islandId')
      .select(['islandRoundSeats.islandId', 'islandRoundSeats.roundId', 'islandRoundSeats.taken'])
      .where('islands.eventId', '=', eventId)
      .execute(),

  listWaitlist: (db: Executor, eventId: string) =>
    db
      .selectFrom('islandWaitlist')
      .selectAll()
      .where('eventId', '=', eventId)
      .orderBy('position')
      .orderBy('id')
      .execute(),

  /** Joins the waitlist of an island in a round at its end (a second join is ignored). */
  joinWaitlist: async (db: Executor, values: Omit<Insertable<IslandWaitlistTable>, 'position'>) => {
    const next = await db
      .selectFrom('islandWaitlist')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('roundId', '=', values.roundId)
      .where('islandId', '=', values.islandId)
      .executeTakeFirst();
    await db
      .insertInto('islandWaitlist')
      .values({ ...values, position: Number(next?.max ?? 0) + 1 })
      .onConflict((oc) => oc.columns(['roundId', 'islandId', 'personId']).doNothing())
      .execute();
  },

  leaveWaitlist: async (db: Executor, roundId: string, islandId: string, personId: string) => {
    await db
      .deleteFrom('islandWaitlist')
      .where('roundId', '=', roundId)
      .where('islandId', '=', islandId)
      .where('personId', '=', personId)
      .execute();
  },

  /** Who waits for the island in the round, first come first. */
  listWaiting: (db: Executor, roundId: string, islandId: string) =>
    db
      .selectFrom('islandWaitlist')
      .selectAll()
      .where('roundId', '=', roundId)
      .where('islandId', '=', islandId)
      .orderBy('position')
      .orderBy('id')
      .execute(),

  deleteWaitlistEntry: async (db: Executor, id: string): Promise<void> => {
    await db.deleteFrom('islandWaitlist').where('id', '=', id).execute();
  },
};
