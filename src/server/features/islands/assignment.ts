/**
 * Assignment of participants to conversation islands, round by round.
 *
 * Objective (lexicographic, documented in full in docs/islands.md):
 *  1. hard: every participant at most one island per round, never the same island twice across rounds,
 *     never an island the participant excluded, never above an island's capacity in a round, never a
 *     participant outside the rounds they are present for;
 *  2. hard where feasible: at every table of every round no sector above `maxSectorShare` of the table
 *     (rounded up: ceil(share * seated)); when not feasible the result says so per island and round;
 *  3. maximise choice satisfaction (weights: 1st choice best, then 2nd, 3rd, ...; unranked islands last);
 *  4. people without preferences fill the remaining places evenly.
 * Pure and deterministic: the same input gives the same output, whatever the input order.
 *
 * STUB created by the lead: the islands-algorithm helper replaces the body; the types are the contract.
 */

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
}

export interface AssignmentResult {
  placements: Placement[];
  report: AssignmentReport;
}

/** Assigns participants to islands for every round; see the module comment for the objective. */
export function assignIslands(input: AssignmentInput): AssignmentResult {
  void input;
  throw new Error('assignIslands: not implemented yet');
}
