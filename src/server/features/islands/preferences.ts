import { AppError, type FieldProblem } from '../../errors.js';

/** Checks a ranking against the event's islands; problems name the list entry (`ranking.2`). */
export function checkPreferences(
  input: { ranking: string[]; excluded: string[] },
  islandIds: ReadonlySet<string>,
  rounds: number,
): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [list, ids] of [
    ['ranking', input.ranking],
    ['excluded', input.excluded],
  ] as const) {
    ids.forEach((id, index) => {
      const field = `${list}.${index}`;
      if (!islandIds.has(id)) {
        problems.push({ field, key: 'field.island_unknown' });
      } else if (list === 'excluded' && input.ranking.includes(id)) {
        problems.push({ field, key: 'field.island_ranked_and_excluded' });
      } else if (seen.has(`${list}:${id}`)) {
        problems.push({ field, key: 'field.island_listed_twice' });
      }
      seen.add(`${list}:${id}`);
    });
  }
  const open = [...islandIds].filter((id) => !input.excluded.includes(id)).length;
  if (problems.length === 0 && open < Math.min(rounds, islandIds.size)) {
    problems.push({ field: 'excluded', key: 'field.islands_too_many_excluded', params: { min: rounds } });
  }
  if (problems.length > 0) {
    throw new AppError('validation_failed', problems);
  }
}
