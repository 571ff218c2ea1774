/**
 * Assignment of participants to conversation islands, round by round.
 *
 * Objective (lexicographic, documented in full in docs/islands.md, "Assignment: objective and method"):
 *  1. hard: every participant at most one island per round, never the same island twice across rounds,
 *     never an island the participant excluded, never above an island's capacity in a round, never a
 *     participant outside the rounds they are present for; fixed placements are kept as given;
 *  2. as few participant-rounds without a seat as possible;
 *  3. hard where feasible: at every table of every round no sector above `maxSectorShare` of the table
 *     (rounded up: ceil(share * seated)); when not feasible the result says so per island and round;
 *  4. maximise choice satisfaction (cost (rank - 1)^2: 1st choice best, then 2nd, 3rd, ...; unranked
 *     islands last);
 *  5. people without preferences fill the remaining places evenly (fill cost per seat rising with the
 *     table's fill ratio).
 * Rounds are optimised one after the other in programme order, then again each given all the others
 * until no single round can be improved on its own (or a sweep budget runs out).
 * Pure and deterministic: the same input gives the same output, whatever the input order.
 */
import { buildModel } from './assignment-model.js';
import { buildResult } from './assignment-report.js';
import { assignRounds } from './assignment-sweeps.js';

export interface IslandSeat {
  islandId: string;
  /** Seats per round at this island. */
  capacity: number;
}

export interface IslandParticipant {
  personId: string;
  /** Sector key (from the event's sector list); '' when unknown. */
  sector: string;
  /** Island ids in order of preference, best first; may be empty. */
  ranking: readonly string[];
  /** Island ids the person does not want. */
  excluded: readonly string[];
  /** Round ids the person takes part in; undefined = all rounds. */
  rounds?: readonly string[];
}

/** An already fixed placement (published, locked, or set by hand) that the algorithm must keep. */
export interface FixedPlacement {
  personId: string;
  roundId: string;
  islandId: string;
}

export interface AssignmentInput {
  /** Round ids in programme order. */
  rounds: readonly string[];
  islands: readonly IslandSeat[];
  participants: readonly IslandParticipant[];
  /** Upper share (0..1] of one sector at one table; default 0.4. */
  maxSectorShare: number;
  fixed?: readonly FixedPlacement[];
}

export interface Placement {
  personId: string;
  roundId: string;
  islandId: string;
  /** 1 for first choice, 2 for second, ...; null when the island was not ranked (or no ranking). */
  choiceRank: number | null;
}

export interface SectorCapViolation {
  roundId: string;
  islandId: string;
  sector: string;
  seated: number;
  /** Seats of the sector at that table. */
  count: number;
  /** Largest count allowed by the share. */
  allowed: number;
}

export interface AssignmentReport {
  /** Placements per choice rank: key '1', '2', '3', ... and 'unranked'. */
  byChoiceRank: Record<string, number>;
  /** Share (0..1) of placements of people with a ranking that went to their first choice; likewise second. */
  firstChoiceShare: number;
  secondChoiceShare: number;
  /** Sector mix per round and island: sector -> seats. */
  sectorMix: { roundId: string; islandId: string; seated: number; bySector: Record<string, number> }[];
  /** Remaining violations of the sector cap; empty when the cap was met everywhere. */
  sectorCapViolations: SectorCapViolation[];
  /** True when the sector cap could not be met (the violations say where). */
  sectorCapInfeasible: boolean;
  /** Participant-rounds left without a seat (all islands full or excluded). */
  unplaced: { personId: string; roundId: string }[];
  /** Placements of people without a ranking (counted under 'unranked' in byChoiceRank too). */
  withoutPreference?: number;
  /** Per round in programme order: its objective and whether it is proven optimal. */
  rounds?: RoundQuality[];
  /** Fixed placements not applied: unknown round or island, or a second one for the same person and round. */
  ignoredFixed?: FixedPlacement[];
}

/** The objective of one round (docs/islands.md) and how it was reached. */
export interface RoundQuality {
  roundId: string;
  /** True when the round is proven optimal given the earlier rounds and the fixed placements. */
  exact: boolean;
  /** Flow problems solved for the round. */
  evaluations: number;
  unplacedCount: number;
  /** Seats above the sector allowance, summed over tables and sectors. */
  sectorExcess: number;
  choiceCost: number;
  fillCost: number;
}

export interface AssignmentResult {
  placements: Placement[];
  report: AssignmentReport;
}

/**
 * Assigns participants to islands for every round; see the module comment for the objective. Throws
 * RangeError on duplicate round, island or person ids and on a share outside (0, 1].
 */
export function assignIslands(input: AssignmentInput): AssignmentResult {
  const model = buildModel(input);
  const seats = Int32Array.from(model.fixedSeat);
  const outcomes = assignRounds(model, seats);
  return buildResult(model, seats, outcomes);
}
