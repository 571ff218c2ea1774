import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import type { LiveServerHub } from '../../src/server/live/create-hub.js';
import type { LiveMessage, LiveRoomProvider, LiveViewer } from '../../src/server/live/hub.js';
import type { ServerMessage } from '../../src/server/live/protocol.js';
import {
  createLiveClient,
  type LiveClient,
  type LiveRoomState,
  type SocketLike,
} from '../../src/web/app/live-client.js';

/** Starts the app on a free port and answers its WebSocket URL. */
export async function listenLive(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return `${address.replace(/^http/, 'ws')}/api/v1/live`;
}

/** A raw protocol client: every server message in order, and a way to wait for one. */
export interface RawLiveClient {
  socket: WebSocket;
  messages: ServerMessage[];
  send(message: unknown): void;
  /** Resolves with the first message (already received or future) that matches. */
  waitFor(match: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  closed: Promise<{ code: number }>;
}

/** Opens a raw WebSocket to the endpoint (headers: cookie, origin). */
export async function openRaw(url: string, headers: Record<string, string> = {}): Promise<RawLiveClient> {
  const socket = new WebSocket(url, { headers });
  const messages: ServerMessage[] = [];
  const waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse((data as Buffer).toString('utf8')) as ServerMessage;
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.on('close', (code) => resolve({ code })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return {
    socket,
    messages,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    waitFor(match, timeoutMs = 5000) {
      const found = messages.find(match);
      if (found) {
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a live message')), timeoutMs);
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
}

/** The web app's client over `ws`, so tests exercise the real reconnect and merge code. */
export function createNodeLiveClient(url: string, headers: Record<string, string> = {}): LiveClient {
  return createLiveClient({
    url,
    initialBackoffMs: 100,
    maxBackoffMs: 1000,
    createSocket: (u) => new WebSocket(u, { headers }) as unknown as SocketLike,
  });
}

/** Resolves when the room's state satisfies the predicate (checked on every change). */
export function waitForRoom(
  client: LiveClient,
  room: string,
  predicate: (state: LiveRoomState) => boolean,
  timeoutMs = 10_000,
): Promise<LiveRoomState> {
  return new Promise((resolve, reject) => {
    let stop: () => void = () => undefined;
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for room ${room}: ${JSON.stringify(client.getRoom(room).status)}`));
    }, timeoutMs);
    const check = () => {
      const state = client.getRoom(room);
      if (predicate(state)) {
        clearTimeout(timer);
        setImmediate(stop);
        resolve(state);
      }
    };
    stop = client.watch(room, check);
    check();
  });
}

/**
 * A room provider for tests ('test:<id>'): entities kept in memory with growing versions; 'secret'
 * rooms are refused; viewers seen by canJoin are recorded.
 */
export function createTestRooms(hubs: LiveServerHub[]) {
  const store = new Map<string, Map<string, Omit<LiveMessage, 'room'>>>();
  const viewers: LiveViewer[] = [];
  const provider: LiveRoomProvider = {
    prefix: 'test',
    async canJoin(roomId, viewer) {
      viewers.push(viewer);
      return roomId !== 'secret';
    },
    async snapshot(roomId) {
      return [...(store.get(`test:${roomId}`)?.values() ?? [])];
    },
  };
  for (const hub of hubs) {
    hub.registerRooms(provider);
  }
  return {
    viewers,
    /** Stores a new version of the entity and publishes it through the given hub. */
    set(hub: LiveServerHub, room: string, kind: string, id: string, data: unknown, coalesced = false) {
      const entities = store.get(room) ?? new Map<string, Omit<LiveMessage, 'room'>>();
      store.set(room, entities);
      const version = (entities.get(`${kind}:${id}`)?.version ?? 0) + 1;
      entities.set(`${kind}:${id}`, { kind, id, version, data });
      const message = { room, kind, id, version, data };
      if (coalesced) {
        hub.publishCoalesced(message);
      } else {
        hub.publish(message);
      }
    },
    /** The stored state as plain data, to compare with a client's view. */
    state(room: string): Record<string, unknown> {
      const result: Record<string, unknown> = {};
      for (const [key, entity] of store.get(room) ?? []) {
        if (entity.data !== null) {
          result[key] = entity.data;
        }
      }
      return result;
    },
  };
}

/** A client's room as plain data (`kind:id` -> data). */
export function roomData(state: LiveRoomState): Record<string, unknown> {
  return Object.fromEntries([...state.entities].map(([key, entity]) => [key, entity.data]));
}
