import { z } from 'zod';
import type { LiveMessage } from './hub.js';

/**
 * The WebSocket wire protocol of GET /api/v1/live (JSON text frames), shared with the web client.
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
 */

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

/** The wire form of an upsert; computed once per message per instance, sent as-is to every socket. */
export function encodeUpsert(message: LiveMessage): string {
  return JSON.stringify({
    type: 'upsert',
    room: message.room,
    kind: message.kind,
    id: message.id,
    version: message.version,
    data: message.data,
  });
}

/** The wire form of a coalesced batch of one room (a single message is sent as a plain upsert). */
export function encodeBatch(room: string, batch: readonly LiveMessage[]): string {
  if (batch.length === 1 && batch[0]) {
    return encodeUpsert(batch[0]);
  }
  const entities = batch.map((m) => ({ kind: m.kind, id: m.id, version: m.version, data: m.data }));
  return JSON.stringify({ type: 'upserts', room, entities });
}

/**
 * The entity upserts carried by one frame as the hub delivers it to a local subscriber (an upsert, a
 * coalesced batch, or several combined): for tests and tools that subscribe to the hub directly.
 */
export function decodeFrame(payload: Buffer | string): LiveMessage[] {
  const message = JSON.parse(
    typeof payload === 'string' ? payload : payload.toString('utf8'),
  ) as ServerMessage;
  return flattenMessage(message);
}

function flattenMessage(message: ServerMessage): LiveMessage[] {
  switch (message.type) {
    case 'upsert':
      return [
        {
          room: message.room,
          kind: message.kind,
          id: message.id,
          version: message.version,
          data: message.data,
        },
      ];
    case 'upserts':
      return message.entities.map((entity) => ({ room: message.room, ...entity }));
    case 'many':
      return message.messages.flatMap(flattenMessage);
    case 'subscribed':
    case 'snapshot':
    case 'error':
    case 'pong':
      return [];
  }
}
