import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { LiveServerHub, RoomSubscriber } from './create-hub.js';
import type { LiveViewer } from './hub.js';
import { clientMessageSchema, parseRoom, type LiveErrorCode, type ServerMessage } from './protocol.js';

/** Limits of one connection; generous for a real page (a few rooms, a ping every 25 s). */
export interface ConnectionLimits {
  maxRooms: number;
  /** Token bucket: burst size and refill per second of client messages. */
  messageBurst: number;
  messagesPerSecond: number;
  /** A client whose unsent backlog exceeds this is dropped; it reconnects and reloads a snapshot. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  maxRooms: 20,
  messageBurst: 30,
  messagesPerSecond: 5,
  maxBufferedBytes: 1024 * 1024,
};

const SEND_TEXT = { binary: false, compress: false } as const;
/** Close codes: 1008 policy violation (rate limit, malformed), 1013 try again later (too slow). */
const CLOSE_POLICY = 1008;

/**
 * One WebSocket connection: its rooms, its rate limit and its backpressure. Room access is decided
 * per subscribe by the room's provider; a refused or unknown room answers an error and never data.
 */
export function handleLiveConnection(
  socket: WebSocket,
  hub: LiveServerHub,
  initialViewer: LiveViewer,
  log: FastifyBaseLogger,
  limits: ConnectionLimits = DEFAULT_LIMITS,
): void {
  let viewer = initialViewer;
  const rooms = new Set<string>();
  let tokens = limits.messageBurst;
  let refilledAt = Date.now();
  let closed = false;

  function sendObject(message: ServerMessage): void {
    send(Buffer.from(JSON.stringify(message), 'utf8'));
  }

  function send(payload: Buffer): void {
    if (closed || socket.readyState !== socket.OPEN) {
      return;
    }
    if (socket.bufferedAmount > limits.maxBufferedBytes) {
      // A slow client must not make the server hold an ever-growing backlog for it.
      log.debug('live: dropping a slow client');
      socket.terminate();
      return;
    }
    socket.send(payload, SEND_TEXT);
  }

  function sendError(room: string | null, code: LiveErrorCode): void {
    sendObject({ type: 'error', room, code });
  }

  async function sendSnapshot(room: string): Promise<void> {
    const parsed = parseRoom(room);
    const provider = parsed ? hub.providerFor(parsed.prefix) : undefined;
    if (!parsed || !provider) {
      return;
    }
    try {
      const entities = await provider.snapshot(parsed.id, viewer);
      if (rooms.has(room)) {
        sendObject({ type: 'snapshot', room, entities });
      }
    } catch (err) {
      log.error({ err, room }, 'live: snapshot failed');
      sendError(room, 'snapshot_failed');
    }
  }

  const subscriber: RoomSubscriber = {
    deliver: send,
    resync(room) {
      // 'subscribed' first: the client counts upserts from here on, so the snapshot cannot undo them.
      sendObject({ type: 'subscribed', room });
      void sendSnapshot(room);
    },
    viewer: () => viewer,
    async reauthorize(change, only) {
      viewer = { ...viewer, ...change };
      for (const room of only ? [only] : [...rooms]) {
        if (!rooms.has(room)) {
          continue;
        }
        const parsed = parseRoom(room);
        const provider = parsed ? hub.providerFor(parsed.prefix) : undefined;
        let allowed = false;
        try {
          allowed = parsed && provider ? await provider.canJoin(parsed.id, viewer) : false;
        } catch (err) {
          log.error({ err, room }, 'live: canJoin failed');
        }
        if (!allowed) {
          // Out at once: no further message of the room reaches this socket.
          unsubscribe(room);
          sendError(room, 'room_forbidden');
        }
      }
    },
  };
  const untrack = hub.track(subscriber);

  async function subscribe(room: string): Promise<void> {
    const parsed = parseRoom(room);
    const provider = parsed ? hub.providerFor(parsed.prefix) : undefined;
    if (!parsed || !provider) {
      sendError(room, 'room_invalid');
      return;
    }
    if (rooms.has(room)) {
      return;
    }
    if (rooms.size >= limits.maxRooms) {
      sendError(room, 'room_limit');
      return;
    }
    let allowed = false;
    try {
      allowed = await provider.canJoin(parsed.id, viewer);
    } catch (err) {
      log.error({ err, room }, 'live: canJoin failed');
    }
    if (!allowed) {
      sendError(room, 'room_forbidden');
      return;
    }
    if (closed || rooms.has(room)) {
      return;
    }
    // Join first, then load the snapshot: whatever commits in between arrives as an upsert, and the
    // client's merge by version makes the overlap harmless.
    rooms.add(room);
    await hub.join(room, subscriber);
    if (closed || !rooms.has(room)) {
      return;
    }
    sendObject({ type: 'subscribed', room });
    await sendSnapshot(room);
  }

  function unsubscribe(room: string): void {
    if (rooms.delete(room)) {
      hub.leave(room, subscriber);
    }
  }

  function withinRate(): boolean {
    const now = Date.now();
    tokens = Math.min(limits.messageBurst, tokens + ((now - refilledAt) / 1000) * limits.messagesPerSecond);
    refilledAt = now;
    tokens -= 1;
    return tokens >= 0;
  }

  function onMessage(data: RawData, isBinary: boolean): void {
    if (!withinRate()) {
      sendError(null, 'rate_limited');
      socket.close(CLOSE_POLICY, 'rate limited');
      return;
    }
    let message;
    try {
      const text = isBinary ? '' : Buffer.isBuffer(data) ? data.toString('utf8') : '';
      message = clientMessageSchema.parse(JSON.parse(text));
    } catch {
      sendError(null, 'message_invalid');
      return;
    }
    switch (message.type) {
      case 'subscribe':
        subscribe(message.room).catch((err: unknown) => {
          log.error({ err, room: message.room }, 'live: subscribe failed');
        });
        return;
      case 'unsubscribe':
        unsubscribe(message.room);
        return;
      case 'ping':
        sendObject({ type: 'pong' });
        return;
    }
  }

  socket.on('message', onMessage);
  socket.on('close', () => {
    closed = true;
    untrack();
    for (const room of rooms) {
      hub.leave(room, subscriber);
    }
    rooms.clear();
  });
}
