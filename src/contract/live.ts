import { z } from 'zod';

/**
 * The live protocol's wire types, shared by the server (src/server/live) and the web client
 * (src/web/app/live-client.ts): the WebSocket protocol of GET /api/v1/live, JSON text frames.
 *
 * client -> server: {type:'subscribe', room} | {type:'unsubscribe', room} | {type:'ping'}
 * server -> client: {type:'subscribed', room}, then {type:'snapshot', room, entities}, and from the
 *   moment of subscription on {type:'upsert', room, kind, id, version, data} for every change, or
 *   {type:'upserts', room, entities} for a coalesced batch (publishCoalesced: one per room and window);
 *   {type:'many', messages:[...]} carries several of these at once (messages that queued up while the
 *   server was busy leave in one frame);
 *   {type:'error', room, code} for a refused room (never any data of it); {type:'pong'}.
 * After the hub lost messages (its Redis connection was re-established) the server sends
 * 'subscribed' and a fresh 'snapshot' again for every room of the connection.
 * An upsert may arrive before the snapshot and the snapshot may hold an older version of an entity:
 * the client merges both by version, so order does not matter.
 *
 * A room ('session:<id>', 'event:<id>', 'person:<id>', ...) carries entity upserts. Every message names
 * an entity (kind + id) and carries the entity's full current state with a per-entity version that
 * only grows (a column incremented in the same UPDATE that changed it). A client keeps a map
 * kind:id -> {version, data} and applies a message only when its version is higher: applying twice or
 * out of order is harmless.
 */

/** One entity upsert (or removal) in a room. */
export interface LiveMessage {
  room: string;
  /** Entity kind, e.g. 'question', 'poll', 'poll-tally', 'session-state'. */
  kind: string;
  id: string;
  version: number;
  /** Full current state of the entity; null means removed/hidden for this audience. */
  data: unknown;
}

/** Room names: a prefix naming the provider, a colon, an id (e.g. 'session:3f2a...'). */
export const ROOM_PATTERN = /^([a-z][a-z0-9-]{0,39}):([A-Za-z0-9_.:-]{1,100})$/;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), room: z.string().max(141) }),
  z.object({ type: z.literal('unsubscribe'), room: z.string().max(141) }),
  z.object({ type: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Why a room was refused or a message rejected. */
export type LiveErrorCode =
  'room_invalid' | 'room_forbidden' | 'room_limit' | 'message_invalid' | 'rate_limited' | 'snapshot_failed';

export type ServerMessage =
  | { type: 'subscribed'; room: string }
  | { type: 'snapshot'; room: string; entities: Omit<LiveMessage, 'room'>[] }
  | ({ type: 'upsert' } & LiveMessage)
  | { type: 'upserts'; room: string; entities: Omit<LiveMessage, 'room'>[] }
  | { type: 'error'; room: string | null; code: LiveErrorCode }
  | { type: 'pong' }
  | { type: 'many'; messages: ServerMessage[] };

/** Splits a room name into provider prefix and id, or null when it is not a valid room name. */
export function parseRoom(room: string): { prefix: string; id: string } | null {
  const match = ROOM_PATTERN.exec(room);
  if (!match?.[1] || !match[2]) {
    return null;
  }
  return { prefix: match[1], id: match[2] };
}
