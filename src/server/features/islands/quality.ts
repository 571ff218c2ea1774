import type { QualityReport, SectorMix } from '../../../contract/islands.js';

export interface QualityInput {
  rounds: readonly string[];
  islands: readonly { id: string; capacity: number }[];
  participants: readonly { personId: string; sector: string; ranking: readonly string[] }[];
  placements: readonly { personId: string; roundId: string; islandId: string }[];
  /** Upper share (0..1] of one sector at one table. */
  maxSectorShare: number;
}

/** The sector key used for people whose sector is not known. */
export const UNKNOWN_SECTOR = 'unknown';

/** The largest number of one sector allowed at a table of `seated` people (rounded up). */
export function allowedPerSector(maxSectorShare: number, seated: number): number {
  // The small tolerance keeps 0.4 * 15 = 6.000000000000001 from rounding up to 7.
  return Math.ceil(maxSectorShare * seated - 1e-9);
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * The quality of an assignment as it stands (after hand moves too): placements per choice rank, the
 * shares of first, second and third choices among people who ranked, the sector mix of every table in
 * every round, where the sector cap is exceeded, and who has no seat in a round.
 */
export function qualityReport(input: QualityInput): QualityReport {
  const people = new Map(input.participants.map((p) => [p.personId, p]));
  const byChoiceRank: Record<string, number> = {};
  const ranked = [0, 0, 0];
  let rankedPlacements = 0;
  const mixes = new Map<string, SectorMix>();
  for (const roundId of input.rounds) {
    for (const island of input.islands) {
      const mix = { roundId, islandId: island.id, seated: 0, capacity: island.capacity, bySector: {} };
      mixes.set(`${roundId}|${island.id}`, mix);
    }
  }
  const seatedRounds = new Set<string>();
  for (const placement of input.placements) {
    const person = people.get(placement.personId);
    const ranking = person?.ranking ?? [];
    const rank = ranking.indexOf(placement.islandId) + 1;
    const key = rank > 0 ? String(rank) : 'unranked';
    byChoiceRank[key] = (byChoiceRank[key] ?? 0) + 1;
    if (ranking.length > 0) {
      rankedPlacements += 1;
      if (rank >= 1 && rank <= 3) {
        ranked[rank - 1]! += 1;
      }
    }
    seatedRounds.add(`${placement.roundId}|${placement.personId}`);
    const mix = mixes.get(`${placement.roundId}|${placement.islandId}`);
    if (mix) {
      const sector = person?.sector || UNKNOWN_SECTOR;
      mix.seated += 1;
      mix.bySector[sector] = (mix.bySector[sector] ?? 0) + 1;
    }
  }
  const sectorCapViolations: QualityReport['sectorCapViolations'] = [];
  for (const mix of mixes.values()) {
    const allowed = allowedPerSector(input.maxSectorShare, mix.seated);
    for (const [sector, count] of Object.entries(mix.bySector)) {
      if (sector !== UNKNOWN_SECTOR && count > allowed) {
        sectorCapViolations.push({ ...mix, sector, count, allowed, seated: mix.seated });
      }
    }
  }
  const unplaced = input.rounds.flatMap((roundId) =>
    input.participants
      .filter((p) => !seatedRounds.has(`${roundId}|${p.personId}`))
      .map((p) => ({ personId: p.personId, roundId })),
  );
  return {
    participants: input.participants.length,
    placements: input.placements.length,
    byChoiceRank,
    firstChoiceShare: share(ranked[0]!, rankedPlacements),
    secondChoiceShare: share(ranked[1]!, rankedPlacements),
    thirdChoiceShare: share(ranked[2]!, rankedPlacements),
    sectorMix: [...mixes.values()],
    sectorCapViolations: sectorCapViolations.map(({ roundId, islandId, sector, seated, count, allowed }) => ({
      roundId,
      islandId,
      sector,
      seated,
      count,
      allowed,
    })),
    unplaced,
  };
}
