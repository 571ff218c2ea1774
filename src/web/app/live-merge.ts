// Merge by version, the rule of the live protocol (contract/live.ts): pure functions, unit-tested.
import type { LiveMessage } from '../../contract/live.js';

/** connecting: first load; live: snapshot merged, updates flowing; reconnecting: away, showing the last state. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export type LiveEntity = Omit<LiveMessage, 'room'>;

/** What a page shows of a room: entities by `kind:id` (removed ones left out), and the status. */
export interface LiveRoomState {
  status: LiveStatus;
  /** Error code when the server refused the room. */
  error: string | null;
  entities: ReadonlyMap<string, LiveEntity>;
}

/** The key of an entity in a room's map. */
export function entityKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Applies one upsert when its version is higher than the known one; true when the map changed.
 * Removals (data null) stay as tombstones so an older message cannot bring the entity back.
 */
export function mergeUpsert(entities: Map<string, LiveEntity>, message: LiveEntity): boolean {
  const key = entityKey(message.kind, message.id);
  const known = entities.get(key);
  if (known && known.version >= message.version) {
    return false;
  }
  entities.set(key, { kind: message.kind, id: message.id, version: message.version, data: message.data });
  return true;
}

/**
 * Merges a room snapshot. An entity the client knew but the snapshot lacks was removed while the
 * client was away, unless an upsert for it arrived after the subscribe was sent (`touched`): the
 * snapshot was read after that moment, so it is complete for everything not touched since.
 */
export function mergeSnapshot(
  entities: Map<string, LiveEntity>,
  snapshot: readonly LiveEntity[],
  touched: ReadonlySet<string>,
): boolean {
  let changed = false;
  const present = new Set<string>();
  for (const entity of snapshot) {
    present.add(entityKey(entity.kind, entity.id));
    changed = mergeUpsert(entities, entity) || changed;
  }
  for (const [key, entity] of entities) {
    if (!present.has(key) && !touched.has(key) && entity.data !== null) {
      entities.set(key, { ...entity, data: null });
      changed = true;
    }
  }
  return changed;
}

/** The visible entities (tombstones left out). */
export function visibleEntities(entities: ReadonlyMap<string, LiveEntity>): Map<string, LiveEntity> {
  const visible = new Map<string, LiveEntity>();
  for (const [key, entity] of entities) {
    if (entity.data !== null) {
      visible.set(key, entity);
    }
  }
  return visible;
}

/** Exponential backoff with jitter: attempt 0 waits about initialMs, then doubling up to maxMs. */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random = Math.random,
): number {
  const base = Math.min(maxMs, initialMs * 2 ** attempt);
  return Math.round(base * (0.5 + random() * 0.5));
}
