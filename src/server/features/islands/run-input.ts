import type { AssignmentInput, FixedPlacement, IslandParticipant } from './assignment.js';
import { parseList } from './mapping.js';
import type { PlacementRow } from './placement-repository.js';
import type { ParticipantRow, PreferenceRow } from './repository.js';

interface InputParts {
  rounds: readonly { id: string }[];
  islands: readonly { id: string; capacity: number }[];
  participants: readonly ParticipantRow[];
  preferences: readonly PreferenceRow[];
  maxSectorShare: number;
  fixed: readonly PlacementRow[];
  /**
   * People the run may seat anew. Everyone else keeps exactly their fixed seats (their rounds are
   * limited to those), so a late placement never moves or adds anyone else. Undefined: everybody.
   */
  targets?: ReadonlySet<string>;
}

/** A person's ranking and exclusions, reduced to islands that still exist. */
export function preferencesOf(
  preference: PreferenceRow | undefined,
  islandIds: ReadonlySet<string>,
): { ranking: string[]; excluded: string[] } {
  const keep = (ids: string[]) => ids.filter((id) => islandIds.has(id));
  return {
    ranking: keep(parseList(preference?.ranking ?? '[]')),
    excluded: keep(parseList(preference?.excluded ?? '[]')),
  };
}

/** Builds the pure assignment module's input from stored rows. */
export function buildAssignmentInput(parts: InputParts): AssignmentInput {
  const islandIds = new Set(parts.islands.map((i) => i.id));
  const roundIds = new Set(parts.rounds.map((r) => r.id));
  const prefs = new Map(parts.preferences.map((p) => [p.personId, p]));
  const fixed: FixedPlacement[] = parts.fixed
    .filter((p) => islandIds.has(p.islandId) && roundIds.has(p.roundId))
    .map((p) => ({ personId: p.personId, roundId: p.roundId, islandId: p.islandId }));
  const fixedRounds = new Map<string, string[]>();
  for (const p of fixed) {
    fixedRounds.set(p.personId, [...(fixedRounds.get(p.personId) ?? []), p.roundId]);
  }
  const sectors = new Map(parts.participants.map((p) => [p.personId, p.sector]));
  const people = new Set([...sectors.keys(), ...fixedRounds.keys()]);
  const participants: IslandParticipant[] = [...people].sort().map((personId) => {
    const isTarget = sectors.has(personId) && (!parts.targets || parts.targets.has(personId));
    return {
      personId,
      sector: sectors.get(personId) ?? '',
      ...preferencesOf(prefs.get(personId), islandIds),
      ...(isTarget ? {} : { rounds: fixedRounds.get(personId) ?? [] }),
    };
  });
  return {
    rounds: parts.rounds.map((r) => r.id),
    islands: parts.islands.map((i) => ({ islandId: i.id, capacity: i.capacity })),
    participants,
    maxSectorShare: parts.maxSectorShare,
    fixed,
  };
}
