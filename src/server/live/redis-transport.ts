import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { LiveTransport, TransportHandlers } from './transport.js';

const CHANNEL_PREFIX = 'crossdialog:live:';

/**
 * Redis pub/sub between instances: one publisher and one subscriber connection per instance, one
 * channel per room. Per-room channels let Redis send a room's messages only to instances that have a
 * viewer in it (a single channel would send every message to every instance, which then filters).
 * The payload is the encoded upsert, received as a Buffer and written to sockets unchanged.
 */
export function createRedisTransport(
  url: string,
  handlers: TransportHandlers,
  log: FastifyBaseLogger,
  instanceId: string,
): LiveTransport {
  // Named per instance, so `CLIENT LIST` on the Redis server shows which instance holds which connection.
  const options = { maxRetriesPerRequest: null } as const;
  const publisher = new Redis(url, { ...options, connectionName: `crossdialog-live-pub-${instanceId}` });
  const subscriber = new Redis(url, { ...options, connectionName: `crossdialog-live-sub-${instanceId}` });
  const joined = new Map<string, Promise<void>>();
  let closing = false;
  let wasReady = false;

  for (const [name, connection] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    connection.on('error', (err: Error) => {
      if (!closing) {
        log.warn({ err, connection: name }, 'live: Redis connection error');
      }
    });
  }
  subscriber.on('ready', () => {
    // ioredis re-subscribes by itself; what was published while it was away is gone, so viewers reload.
    if (wasReady) {
      log.info('live: Redis subscriber reconnected, resynchronizing viewers');
      handlers.onResync();
    }
    wasReady = true;
  });
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    const name = channel.toString('utf8');
    if (name.startsWith(CHANNEL_PREFIX)) {
      handlers.onMessage(name.slice(CHANNEL_PREFIX.length), message);
    }
  });

  return {
    publish(room, payload) {
      publisher.publish(CHANNEL_PREFIX + room, payload).catch((err: unknown) => {
        log.warn({ err, room }, 'live: publish to Redis failed');
      });
    },
    join(room) {
      let subscribed = joined.get(room);
      if (!subscribed) {
        subscribed = subscriber.subscribe(CHANNEL_PREFIX + room).then(() => undefined);
        joined.set(room, subscribed);
        subscribed.catch(() => joined.delete(room));
      }
      return subscribed;
    },
    leave(room) {
      if (joined.delete(room)) {
        subscriber.unsubscribe(CHANNEL_PREFIX + room).catch((err: unknown) => {
          log.warn({ err, room }, 'live: unsubscribe from Redis failed');
        });
      }
    },
    async close() {
      closing = true;
      joined.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
