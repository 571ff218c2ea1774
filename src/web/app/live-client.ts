import type { ClientMessage, ServerMessage } from '../../contract/live.js';
import {
  backoffDelay,
  entityKey,
  mergeSnapshot,
  mergeUpsert,
  visibleEntities,
  type LiveEntity,
  type LiveRoomState,
  type LiveStatus,
} from './live-merge.js';

export * from './live-merge.js';

/**
 * The browser side of GET /api/v1/live: one WebSocket per page for all rooms, reconnect with backoff,
 * resubscribe and snapshot merge (protocol in contract/live.ts). Framework-free, so the same
 * code runs in Node tests with the `ws` package; the React hook is in use-live-room.ts.
 */

/** The subset of the WebSocket API the client uses (browser WebSocket and `ws` both fit). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface LiveClientOptions {
  url?: string;
  createSocket?: (url: string) => SocketLike;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** The client pings this often; without any message for two intervals it reconnects. */
  pingMs?: number;
}

export interface LiveClient {
  /** Joins a room (reference-counted) and calls listener on every change of its state. */
  watch(room: string, listener: () => void): () => void;
  /** The current state of a watched room (the same object until it changes). */
  getRoom(room: string): LiveRoomState;
  /** Drops the connection at once and reconnects (after a network change, or in tests). */
  reconnectNow(): void;
  /** Checks the connection now (a phone woke up): without an answer within a few seconds, reconnects. */
  probe(): void;
  close(): void;
}

interface RoomEntry {
  listeners: Set<() => void>;
  entities: Map<string, LiveEntity>;
  /** Keys upserted since the last subscribe was sent; null before it. */
  touched: Set<string> | null;
  status: LiveStatus;
  error: string | null;
  view: LiveRoomState | null;
}

const OPEN = 1;
const PROBE_TIMEOUT_MS = 5000;
const IDLE_ROOM: LiveRoomState = { status: 'connecting', error: null, entities: new Map() };

function defaultUrl(): string {
  const protocol = globalThis.location?.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${globalThis.location?.host ?? 'localhost'}/api/v1/live`;
}

/** Creates the page's live connection; it connects on the first watched room. */
export function createLiveClient(options: LiveClientOptions = {}): LiveClient {
  const url = options.url ?? defaultUrl();
  const createSocket = options.createSocket ?? ((u: string) => new WebSocket(u) as unknown as SocketLike);
  const initialBackoffMs = options.initialBackoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const pingMs = options.pingMs ?? 25_000;
  const rooms = new Map<string, RoomEntry>();
  let socket: SocketLike | null = null;
  let attempt = 0;
  let everConnected = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let pingTimer: ReturnType<typeof setInterval> | null = null;
  let lastMessageAt = 0;

  function changed(entry: RoomEntry): void {
    entry.view = null;
    for (const listener of entry.listeners) {
      listener();
    }
  }

  function setStatus(entry: RoomEntry, status: LiveStatus, error: string | null = null): void {
    if (entry.status !== status || entry.error !== error) {
      entry.status = status;
      entry.error = error;
      changed(entry);
    }
  }

  function send(message: ClientMessage): void {
    if (socket?.readyState === OPEN) {
      socket.send(JSON.stringify(message));
    }
  }

  function subscribe(room: string, entry: RoomEntry): void {
    entry.touched = new Set();
    send({ type: 'subscribe', room });
  }

  function applyUpserts(entry: RoomEntry, upserts: readonly LiveEntity[]): boolean {
    let any = false;
    for (const upsert of upserts) {
      entry.touched?.add(entityKey(upsert.kind, upsert.id));
      any = mergeUpsert(entry.entities, upsert) || any;
    }
    return any;
  }

  function onServerMessage(message: ServerMessage): void {
    if (message.type === 'pong') {
      return;
    }
    if (message.type === 'many') {
      message.messages.forEach(onServerMessage);
      return;
    }
    const entry = message.room === null ? undefined : rooms.get(message.room);
    if (!entry) {
      return;
    }
    switch (message.type) {
      case 'subscribed':
        // Sent again before a resync snapshot the client did not ask for: count upserts from here on.
        entry.touched ??= new Set();
        return;
      case 'upsert':
        if (applyUpserts(entry, [message])) {
          changed(entry);
        }
        return;
      case 'upserts':
        if (applyUpserts(entry, message.entities)) {
          changed(entry);
        }
        return;
      case 'snapshot':
        // Only a connection that delivers is a good one: a server that accepts and then fails keeps backing off.
        attempt = 0;
        mergeSnapshot(entry.entities, message.entities, entry.touched ?? new Set());
        entry.touched = null;
        entry.view = null;
        setStatus(entry, 'live');
        changed(entry);
        return;
      case 'error':
        if (message.code === 'room_forbidden' || message.code === 'room_invalid') {
          setStatus(entry, 'refused', message.code);
        } else {
          // A failed snapshot or a rate limit: start over after a backoff, not at once.
          lost();
        }
        return;
    }
  }

  function connect(): void {
    retryTimer = null;
    if (closed || socket) {
      return;
    }
    const current = createSocket(url);
    socket = current;
    current.onopen = () => {
      everConnected = true;
      lastMessageAt = Date.now();
      for (const [room, entry] of rooms) {
        subscribe(room, entry);
      }
    };
    current.onmessage = (event) => {
      lastMessageAt = Date.now();
      if (typeof event.data !== 'string') {
        return;
      }
      onServerMessage(JSON.parse(event.data) as ServerMessage);
    };
    current.onerror = () => undefined;
    current.onclose = () => {
      if (socket === current) {
        lost();
      }
    };
    pingTimer ??= setInterval(keepAlive, pingMs);
  }

  function keepAlive(): void {
    if (socket?.readyState !== OPEN) {
      return;
    }
    if (Date.now() - lastMessageAt > 2 * pingMs) {
      reconnectNow();
      return;
    }
    send({ type: 'ping' });
  }

  /** The connection is gone: show the last state as "reconnecting" and try again after a backoff. */
  function lost(): void {
    const old = socket;
    socket = null;
    if (old) {
      old.onopen = old.onmessage = old.onclose = null;
      old.close();
    }
    for (const entry of rooms.values()) {
      if (entry.status !== 'refused') {
        setStatus(entry, everConnected ? 'reconnecting' : 'connecting');
      }
    }
    if (closed || rooms.size === 0 || retryTimer) {
      return;
    }
    retryTimer = setTimeout(connect, backoffDelay(attempt, initialBackoffMs, maxBackoffMs));
    attempt += 1;
  }

  function reconnectNow(): void {
    lost();
    if (retryTimer) {
      clearTimeout(retryTimer);
    }
    connect();
  }

  function stop(): void {
    if (retryTimer) {
      clearTimeout(retryTimer);
      retryTimer = null;
    }
    if (pingTimer) {
      clearInterval(pingTimer);
      pingTimer = null;
    }
    const old = socket;
    socket = null;
    if (old) {
      old.onopen = old.onmessage = old.onclose = null;
      old.close();
    }
  }

  return {
    watch(room, listener) {
      let entry = rooms.get(room);
      if (!entry) {
        const status: LiveStatus = everConnected ? 'reconnecting' : 'connecting';
        entry = { listeners: new Set(), entities: new Map(), touched: null, status, error: null, view: null };
        rooms.set(room, entry);
        if (socket?.readyState === OPEN) {
          entry.status = 'connecting';
          subscribe(room, entry);
        } else if (!socket && !retryTimer) {
          connect();
        }
      }
      const own = entry;
      own.listeners.add(listener);
      return () => {
        own.listeners.delete(listener);
        if (own.listeners.size === 0 && rooms.get(room) === own) {
          rooms.delete(room);
          send({ type: 'unsubscribe', room });
          if (rooms.size === 0) {
            stop();
          }
        }
      };
    },
    getRoom(room) {
      const entry = rooms.get(room);
      if (!entry) {
        return IDLE_ROOM;
      }
      entry.view ??= { status: entry.status, error: entry.error, entities: visibleEntities(entry.entities) };
      return entry.view;
    },
    reconnectNow,
    probe() {
      if (socket?.readyState !== OPEN) {
        return;
      }
      const sentAt = Date.now();
      send({ type: 'ping' });
      setTimeout(() => {
        if (lastMessageAt < sentAt && socket?.readyState === OPEN) {
          reconnectNow();
        }
      }, PROBE_TIMEOUT_MS);
    },
    close() {
      closed = true;
      stop();
      rooms.clear();
    },
  };
}
