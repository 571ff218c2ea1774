import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { createCoalescer, type CoalescerTimers } from './coalescer.js';
import type { LiveHub, LiveMessage, LiveRoomProvider, LiveViewer } from './hub.js';
import { encodeBatch, encodeUpsert } from './protocol.js';
import { createRedisTransport } from './redis-transport.js';
import { createRoomOutbox } from './room-outbox.js';
import { createMemoryTransport, type LiveTransport, type TransportHandlers } from './transport.js';

/** Default coalescing window: at most 10 updates per second per entity. */
export const COALESCE_WINDOW_MS = 100;

/** A local receiver of room messages (one WebSocket connection). */
export interface RoomSubscriber {
  /** An encoded upsert of a room it joined; the same Buffer goes to every subscriber. */
  deliver(payload: Buffer): void;
  /** Messages of the room may have been missed: reload its snapshot. */
  resync(room: string): void;
  /** The connection's viewer (connections register with track()). */
  viewer?(): LiveViewer;
  /** Takes the change into the viewer and leaves every room it may no longer join (room given: only that one). */
  reauthorize?(change: Partial<LiveViewer>, room?: string): Promise<void>;
}

/** The hub as the WebSocket endpoint sees it: the features' LiveHub plus local room membership. */
export interface LiveServerHub extends LiveHub {
  readonly mode: 'memory' | 'redis';
  /** Random id of this instance's hub (names its Redis connections). */
  readonly instanceId: string;
  /** The provider owning a room prefix, if any. */
  providerFor(prefix: string): LiveRoomProvider | undefined;
  /** Adds a local subscriber; resolves once the room's messages flow to this instance. */
  join(room: string, subscriber: RoomSubscriber): Promise<void>;
  /** Removes a local subscriber (no-op when it was not in the room). */
  leave(room: string, subscriber: RoomSubscriber): void;
  /** Number of local subscribers of a room. */
  subscriberCount(room: string): number;
  /** Registers a connection for revokeAccess (also when it has no room yet); returns the untrack. */
  track(connection: RoomSubscriber): () => void;
  /** Called for every wire message published through this instance (a batch when coalesced); benchmarks time it. */
  onPublish?: (room: string, messages: readonly LiveMessage[]) => void;
  /** Called after a frame went to a room's local subscribers: their number, its size, the send loop's time. */
  onDelivered?: (room: string, frame: { subscribers: number; bytes: number; ms: number }) => void;
}

export interface LiveHubOptions {
  /** Redis connection URL; without it the hub works inside this one process. */
  redisUrl?: string | null;
  log: FastifyBaseLogger;
  coalesceWindowMs?: number;
  /** The coalescing windows' timers; a benchmark passes its own to close windows deterministically. */
  timers?: CoalescerTimers;
}

/** Creates the live hub: in-process, or shared through Redis pub/sub when a Redis URL is given. */
export function createLiveHub(options: LiveHubOptions): LiveServerHub {
  const rooms = new Map<string, Set<RoomSubscriber>>();
  const connections = new Set<RoomSubscriber>();
  const providers = new Map<string, LiveRoomProvider>();
  const outbox = createRoomOutbox((room, frame) => {
    const subscribers = rooms.get(room);
    if (!subscribers) {
      return;
    }
    const started = hub.onDelivered ? performance.now() : 0;
    for (const subscriber of subscribers) {
      subscriber.deliver(frame);
    }
    hub.onDelivered?.(room, {
      subscribers: subscribers.size,
      bytes: frame.length,
      ms: performance.now() - started,
    });
  });
  const handlers: TransportHandlers = {
    onMessage(room, payload) {
      if (rooms.has(room)) {
        outbox.enqueue(room, payload);
      }
    },
    onResync() {
      for (const [room, subscribers] of rooms) {
        for (const subscriber of subscribers) {
          subscriber.resync(room);
        }
      }
    },
  };
  const instanceId = randomBytes(4).toString('hex');
  const transport: LiveTransport = options.redisUrl
    ? createRedisTransport(options.redisUrl, handlers, options.log, instanceId)
    : createMemoryTransport(handlers);

  const hub: LiveServerHub = {
    mode: options.redisUrl ? 'redis' : 'memory',
    instanceId,
    publish(message) {
      // Coalesced changes waiting in the room's window ride along: one frame instead of two send loops.
      const pending = coalescer.drain(message.room);
      if (pending.length > 0) {
        sendBatch(message.room, [...pending, message]);
        return;
      }
      hub.onPublish?.(message.room, [message]);
      transport.publish(message.room, Buffer.from(encodeUpsert(message), 'utf8'));
    },
    publishCoalesced(message) {
      coalescer.offer(message);
    },
    registerRooms(provider) {
      if (providers.has(provider.prefix)) {
        throw new Error(`live: room prefix '${provider.prefix}' registered twice`);
      }
      providers.set(provider.prefix, provider);
    },
    providerFor(prefix) {
      return providers.get(prefix);
    },
    async join(room, subscriber) {
      let subscribers = rooms.get(room);
      if (!subscribers) {
        subscribers = new Set();
        rooms.set(room, subscribers);
      }
      subscribers.add(subscriber);
      await transport.join(room);
    },
    leave(room, subscriber) {
      const subscribers = rooms.get(room);
      if (!subscribers?.delete(subscriber) || subscribers.size > 0) {
        return;
      }
      rooms.delete(room);
      transport.leave(room);
    },
    subscriberCount(room) {
      return rooms.get(room)?.size ?? 0;
    },
    track(connection) {
      connections.add(connection);
      return () => connections.delete(connection);
    },
    async revokeAccess(match, change) {
      const affected = [...connections].filter((c) => c.viewer && match(c.viewer()));
      await Promise.all(affected.map((c) => c.reauthorize?.(change) ?? Promise.resolve()));
    },
    async recheckRoom(room) {
      const subscribers = [...(rooms.get(room) ?? [])];
      await Promise.all(subscribers.map((c) => c.reauthorize?.({}, room) ?? Promise.resolve()));
    },
    async close() {
      coalescer.flush();
      rooms.clear();
      connections.clear();
      await transport.close();
    },
  };
  function sendBatch(room: string, batch: LiveMessage[]): void {
    hub.onPublish?.(room, batch);
    transport.publish(room, Buffer.from(encodeBatch(room, batch), 'utf8'));
  }
  const coalescer = createCoalescer(
    sendBatch,
    options.coalesceWindowMs ?? COALESCE_WINDOW_MS,
    options.timers,
  );
  return hub;
}
