/** Turns the final seating into placements and the quality report of the assignment. */
import type { AssignmentReport, AssignmentResult, Placement, SectorCapViolation } from './assignment.js';
import { compareIds, type AssignmentModel } from './assignment-model.js';
import { evaluateRound, sectorAllowance } from './assignment-objective.js';
import type { RoundOutcome } from './assignment-search.js';

/** Builds placements (round order, then person id) and the report from a seating (P × R island indices). */
export function buildResult(
  model: AssignmentModel,
  seats: Int32Array,
  outcomes: readonly RoundOutcome[],
): AssignmentResult {
  const K = model.islandIds.length;
  const R = model.roundIds.length;
  const NS = model.sectorKeys.length;
  const order = model.personIds
    .map((_, p) => p)
    .sort((a, b) => compareIds(model.personIds[a]!, model.personIds[b]!));
  const placements: Placement[] = [];
  const unplaced: AssignmentReport['unplaced'] = [];
  const byChoiceRank: Record<string, number> = {};
  let ranked = 0;
  let first = 0;
  let second = 0;
  let withoutPreference = 0;
  const sectorMix: AssignmentReport['sectorMix'] = [];
  const sectorCapViolations: SectorCapViolation[] = [];
  model.roundIds.forEach((roundId, r) => {
    const bySector = new Int32Array(K * NS);
    const seated = new Int32Array(K);
    for (const p of order) {
      const i = seats[p * R + r]!;
      if (i < 0) {
        if (model.present[p * R + r] === 1) {
          unplaced.push({ personId: model.personIds[p]!, roundId });
        }
        continue;
      }
      const rank = model.rankOf[p * K + i]! || null;
      placements.push({
        personId: model.personIds[p]!,
        roundId,
        islandId: model.islandIds[i]!,
        choiceRank: rank,
      });
      const key = rank === null ? 'unranked' : String(rank);
      byChoiceRank[key] = (byChoiceRank[key] ?? 0) + 1;
      if (model.hasRanking[p] === 1) {
        ranked += 1;
        first += rank === 1 ? 1 : 0;
        second += rank === 2 ? 1 : 0;
      } else {
        withoutPreference += 1;
      }
      seated[i]! += 1;
      bySector[i * NS + model.sectorOf[p]!]! += 1;
    }
    for (let i = 0; i < K; i += 1) {
      const mix: Record<string, number> = {};
      const allowed = sectorAllowance(model.share, seated[i]!);
      model.sectorKeys.forEach((sector, s) => {
        const count = bySector[i * NS + s]!;
        if (count > 0) {
          mix[sector] = count;
        }
        if (model.sectorCapped[s] === 1 && count > allowed) {
          const islandId = model.islandIds[i]!;
          sectorCapViolations.push({ roundId, islandId, sector, seated: seated[i]!, count, allowed });
        }
      });
      sectorMix.push({ roundId, islandId: model.islandIds[i]!, seated: seated[i]!, bySector: mix });
    }
  });
  const rounds = model.roundIds.map((roundId, r) => {
    const objective = evaluateRound(model, seats, r);
    return {
      ...{ roundId, exact: outcomes[r]!.exact, evaluations: outcomes[r]!.evaluations },
      ...{ unplacedCount: objective.unplaced, sectorExcess: objective.excess },
      ...{ choiceCost: objective.choice, fillCost: objective.fill },
    };
  });
  const report: AssignmentReport = {
    byChoiceRank,
    firstChoiceShare: ranked === 0 ? 0 : first / ranked,
    secondChoiceShare: ranked === 0 ? 0 : second / ranked,
    sectorMix,
    sectorCapViolations,
    sectorCapInfeasible: sectorCapViolations.length > 0,
    unplaced,
    withoutPreference,
    rounds,
    ignoredFixed: model.ignoredFixed,
  };
  return { placements, report };
}
