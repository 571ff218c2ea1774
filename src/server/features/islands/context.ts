import type { IslandRound } from '../../../contract/islands.js';
import type { EventRow } from '../events/index.js';
import type { SessionReader } from '../program/index.js';
import { toRounds } from './mapping.js';
import {
  islandRepository as repo,
  type Executor,
  type HostRow,
  type IslandRow,
  type SettingsRow,
} from './repository.js';

/** What almost every island use case needs about one event. */
export interface EventIslands {
  event: EventRow;
  islands: IslandRow[];
  hosts: HostRow[];
  rounds: IslandRound[];
  settings: SettingsRow | undefined;
}

/** Loads an event's islands, hosts, rounds (its 'island-round' sessions) and settings. */
export async function loadEventIslands(
  db: Executor,
  sessions: SessionReader,
  event: EventRow,
): Promise<EventIslands> {
  const islands = await repo.listIslands(db, event.id);
  return {
    event,
    islands,
    hosts: await repo.listHosts(
      db,
      islands.map((i) => i.id),
    ),
    rounds: toRounds(await sessions.listByType(event.id, 'island-round')),
    settings: await repo.findSettings(db, event.id),
  };
}

/**
 * The same context read again inside a transaction (islands, hosts, settings). The rounds are kept:
 * they are the programme's and read through its own handle, which must not be used while a SQLite
 * transaction holds the one connection.
 */
export async function reloadInTransaction(trx: Executor, ctx: EventIslands): Promise<EventIslands> {
  const islands = await repo.listIslands(trx, ctx.event.id);
  return {
    ...ctx,
    islands,
    hosts: await repo.listHosts(
      trx,
      islands.map((i) => i.id),
    ),
    settings: await repo.findSettings(trx, ctx.event.id),
  };
}

/** The sector cap of the event as a share (0..1]. */
export function maxShareOf(settings: SettingsRow | undefined): number {
  return (settings?.maxSectorShare ?? 40) / 100;
}
