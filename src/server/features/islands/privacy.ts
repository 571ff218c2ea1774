import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import { parseList } from './mapping.js';
import { placementRepository as seats } from './placement-repository.js';
import { islandRepository as repo } from './repository.js';

/** The islands' part of a person's data export: preferences, seats, waitlists, host entries. */
export const exportIslandData: PersonDataExporter = async (personId: string, db: Kysely<Database>) => {
  const { preferences, waitlist, hosting } = await repo.listPersonData(db, personId);
  return {
    preferences: preferences.map((p) => ({
      eventId: p.eventId,
      ranking: parseList(p.ranking),
      excluded: parseList(p.excluded),
      updatedAt: p.updatedAt,
    })),
    placements: (await seats.listPlacementsOfPerson(db, personId)).map((p) => ({
      eventId: p.eventId,
      roundId: p.roundId,
      islandId: p.islandId,
      choiceRank: p.choiceRank,
      source: p.source,
      checkedInAt: p.checkedInAt,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    })),
    waitlist: waitlist.map((w) => ({ eventId: w.eventId, roundId: w.roundId, islandId: w.islandId })),
    hosting,
  };
};

/** Erasure: seats are given back (counters too); preferences, waitlists and host entries go. */
export const eraseIslandData: PersonDataEraser = async (personId: string, trx: Transaction<Database>) => {
  for (const placement of await seats.listPlacementsOfPerson(trx, personId)) {
    await seats.deletePlacement(trx, placement.id);
    await seats.releaseSeat(trx, placement.islandId, placement.roundId);
  }
  await repo.erasePersonData(trx, personId);
};
