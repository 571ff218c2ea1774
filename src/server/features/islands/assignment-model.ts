/**
 * The assignment input turned into dense indices: rounds in programme order, islands and people sorted by
 * id (code-unit order), so the result never depends on the order of the input. Rankings are cleaned
 * (unknown and repeated islands dropped; an island both ranked and excluded keeps its rank but is never
 * assigned); fixed placements on an
 * unknown round or island, or a second one for the same person and round, are set aside.
 */
import type { AssignmentInput, FixedPlacement } from './assignment.js';

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface AssignmentModel {
  share: number;
  roundIds: string[];
  islandIds: string[];
  /** Per island: seats per round. */
  capacity: Int32Array;
  /** Sorted; people known only from fixed placements come last in no particular role (listed = 0). */
  personIds: string[];
  listed: Uint8Array;
  /** Sorted sector keys; '' (unknown) is never capped. */
  sectorKeys: string[];
  sectorCapped: Uint8Array;
  /** Per person: sector index. */
  sectorOf: Int32Array;
  /** P × K: choice rank (1 = first), 0 when not ranked. */
  rankOf: Int32Array;
  /** P × K: 1 when the person excluded the island. */
  excluded: Uint8Array;
  hasRanking: Uint8Array;
  /** P × R: 1 when the person takes part in the round. */
  present: Uint8Array;
  /** P × R: island index of a fixed placement, -1 when none. */
  fixedSeat: Int32Array;
  ignoredFixed: FixedPlacement[];
  /** Choice cost of an island the person did not rank (only people with a ranking pay it). */
  unrankedCost: number;
  /** Scale of the fill cost per seat: floor(fillScale * k / capacity) for the k-th seat. */
  fillScale: number;
}

function uniqueIds(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) {
    throw new RangeError(`assignIslands: duplicate ${what} id`);
  }
}

/** Builds the dense model; throws RangeError on duplicate ids or a share outside (0, 1]. */
export function buildModel(input: AssignmentInput): AssignmentModel {
  const share = input.maxSectorShare;
  if (!(share > 0 && share <= 1)) {
    throw new RangeError('assignIslands: maxSectorShare must be in (0, 1]');
  }
  uniqueIds(input.rounds, 'round');
  uniqueIds(
    input.islands.map((i) => i.islandId),
    'island',
  );
  uniqueIds(
    input.participants.map((p) => p.personId),
    'person',
  );
  const roundIds = [...input.rounds];
  const islands = [...input.islands].sort((a, b) => compareIds(a.islandId, b.islandId));
  const islandIds = islands.map((i) => i.islandId);
  const islandPos = new Map(islandIds.map((id, k) => [id, k]));
  const roundPos = new Map(roundIds.map((id, r) => [id, r]));
  const participants = [...input.participants].sort((a, b) => compareIds(a.personId, b.personId));
  const fixedAll = [...(input.fixed ?? [])].sort(
    (a, b) =>
      compareIds(a.personId, b.personId) ||
      compareIds(a.roundId, b.roundId) ||
      compareIds(a.islandId, b.islandId),
  );
  const listedIds = new Set(participants.map((p) => p.personId));
  const ghosts = [...new Set(fixedAll.map((f) => f.personId).filter((id) => !listedIds.has(id)))];
  const personIds = [...participants.map((p) => p.personId), ...ghosts];
  const personPos = new Map(personIds.map((id, p) => [id, p]));
  const P = personIds.length;
  const K = islandIds.length;
  const R = roundIds.length;
  const sectorKeys = [...new Set([...participants.map((p) => p.sector), ...(ghosts.length > 0 ? [''] : [])])];
  sectorKeys.sort(compareIds);
  const sectorPos = new Map(sectorKeys.map((key, s) => [key, s]));
  const sectorOf = new Int32Array(P).fill(sectorPos.get('') ?? 0);
  const rankOf = new Int32Array(P * K);
  const excluded = new Uint8Array(P * K);
  const hasRanking = new Uint8Array(P);
  const present = new Uint8Array(P * R);
  let longest = 0;
  participants.forEach((person, p) => {
    sectorOf[p] = sectorPos.get(person.sector)!;
    for (const id of person.excluded) {
      const i = islandPos.get(id);
      if (i !== undefined) {
        excluded[p * K + i] = 1;
      }
    }
    let rank = 0;
    for (const id of person.ranking) {
      const i = islandPos.get(id);
      if (i !== undefined && rankOf[p * K + i] === 0) {
        rank += 1;
        rankOf[p * K + i] = rank;
      }
    }
    hasRanking[p] = rank > 0 ? 1 : 0;
    longest = Math.max(longest, rank);
    for (let r = 0; r < R; r += 1) {
      present[p * R + r] = person.rounds === undefined || person.rounds.includes(roundIds[r]!) ? 1 : 0;
    }
  });
  const fixedSeat = new Int32Array(P * R).fill(-1);
  const ignoredFixed: FixedPlacement[] = [];
  for (const f of fixedAll) {
    const p = personPos.get(f.personId)!;
    const r = roundPos.get(f.roundId);
    const i = islandPos.get(f.islandId);
    if (r === undefined || i === undefined || fixedSeat[p * R + r] !== -1) {
      ignoredFixed.push(f);
      continue;
    }
    fixedSeat[p * R + r] = i;
  }
  const capacity = Int32Array.from(islands, (i) => Math.max(0, Math.floor(i.capacity)));
  const unrankedCost = Math.max(1, longest) ** 2;
  const sectorCapped = Uint8Array.from(sectorKeys, (key) => (key === '' ? 0 : 1));
  return {
    ...{ share, roundIds, islandIds, capacity, personIds, sectorKeys, sectorCapped, sectorOf },
    ...{ rankOf, excluded, hasRanking, present, fixedSeat, ignoredFixed, unrankedCost },
    listed: Uint8Array.from(personIds, (_, p) => (p < participants.length ? 1 : 0)),
    fillScale: chooseFillScale(capacity, fixedSeat, P, R, unrankedCost),
  };
}

/**
 * The largest fill scale in 100, 10, 1 for which the weighted costs of a round stay exact in doubles
 * (below 2^50 with room for the solver's potentials); 0 (no fill term) if none fits.
 */
function chooseFillScale(
  capacity: Int32Array,
  fixedSeat: Int32Array,
  P: number,
  R: number,
  unranked: number,
) {
  const K = capacity.length;
  const most = new Int32Array(K);
  for (let r = 0; r < R; r += 1) {
    const seated = new Int32Array(K);
    for (let p = 0; p < P; p += 1) {
      const i = fixedSeat[p * R + r]!;
      if (i >= 0) {
        seated[i]! += 1;
      }
    }
    seated.forEach((n, i) => (most[i] = Math.max(most[i]!, n)));
  }
  for (const scale of [100, 10, 1]) {
    let fill = 0;
    capacity.forEach((c, i) => {
      const n = Math.max(c, most[i]!);
      fill += (scale * n * (n + 1)) / (2 * Math.max(1, c)) + n;
    });
    const choice = P * unranked * (fill + 1);
    if ((P + 1) * (choice + fill + 1) < 2 ** 50) {
      return scale;
    }
  }
  return 0;
}
