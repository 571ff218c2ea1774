import type { Kysely } from 'kysely';
import type { Dashboard } from '../../../contract/dashboard.js';
import { IDEA_STAGES } from '../../../contract/project-board.js';
import type { Database } from '../../db/schema.js';

/**
 * The project board's figures (read-only over project_ideas, project_interests and registrations, as
 * docs/architecture.md allows reporting features): ideas, consortia (ideas with at least one accepted
 * partner), distinct sectors per consortium (the initiator's included) and ideas by stage.
 */
export async function ideaFigures(db: Kysely<Database>, eventId: string): Promise<Dashboard['ideas']> {
  const ideas = await db
    .selectFrom('projectIdeas')
    .select(['id', 'sector', 'stage'])
    .where('eventId', '=', eventId)
    .execute();
  const partners = await db
    .selectFrom('projectInterests as i')
    .innerJoin('projectIdeas as d', 'd.id', 'i.ideaId')
    .innerJoin('registrations as r', (join) =>
      join.onRef('r.personId', '=', 'i.personId').onRef('r.eventId', '=', 'd.eventId'),
    )
    .select(['i.ideaId', 'r.sector'])
    .where('d.eventId', '=', eventId)
    .where('i.status', '=', 'accepted')
    .execute();
  const sectorsOf = new Map(ideas.map((i) => [i.id, new Set([i.sector])]));
  const withPartners = new Set<string>();
  for (const p of partners) {
    sectorsOf.get(p.ideaId)?.add(p.sector);
    withPartners.add(p.ideaId);
  }
  const bySize = new Map<number, number>();
  for (const id of withPartners) {
    const n = sectorsOf.get(id)?.size ?? 1;
    bySize.set(n, (bySize.get(n) ?? 0) + 1);
  }
  return {
    ideas: ideas.length,
    consortia: withPartners.size,
    partners: partners.length,
    sectorsPerConsortium: [...bySize]
      .sort((a, b) => a[0] - b[0])
      .map(([sectors, count]) => ({ sectors, count })),
    stages: IDEA_STAGES.map((stage) => ({ stage, count: ideas.filter((i) => i.stage === stage).length })),
  };
}
