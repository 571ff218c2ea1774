import type { LiveMessage, ServerMessage } from '../../contract/live.js';

// The wire types (messages, rooms, error codes) are the contract shared with the web client.
export {
  clientMessageSchema,
  parseRoom,
  ROOM_PATTERN,
  type ClientMessage,
  type LiveErrorCode,
  type ServerMessage,
} from '../../contract/live.js';

/**
 * The WebSocket wire protocol of GET /api/v1/live (JSON text frames); its types: src/contract/live.ts.
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
