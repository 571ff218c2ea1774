import type { LiveMessage } from './hub.js';

/** Timer functions, injectable so tests can drive time. */
export interface CoalescerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: CoalescerTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface RoomWindow {
  timer: unknown;
  /** Highest version per entity already sent (by the message that opened the window). */
  sent: Map<string, number>;
  /** The latest message per entity that arrived during the window, sent together when it ends. */
  pending: Map<string, LiveMessage>;
}

export interface Coalescer {
  /** Sends now when the room's window is closed, else keeps it as its entity's latest pending message. */
  offer(message: LiveMessage): void;
  /**
   * Takes the room's pending messages to send now with another message: they count as sent and the
   * room's next window starts now. Empty when nothing is pending.
   */
  drain(room: string): LiveMessage[];
  /** Sends every pending batch now and stops all timers. */
  flush(): void;
  /** Rooms with an open window (for tests and metrics). */
  readonly openWindows: number;
}

function entityKeyOf(message: LiveMessage): string {
  return `${message.kind}\u0000${message.id}`;
}

/**
 * Rate limit per room with leading and trailing edge. The first change in a quiet room goes out at
 * once and opens a window; changes inside the window collapse per entity into its highest version and
 * go out together as one batch when the window ends (which opens the next). So a room sends at most
 * one message per window (10 per second at 100 ms) whatever the number of entities a vote storm
 * touches, each entity at most once per window, a quiet room has no delay, and the last state of
 * every entity is always sent. Fan-out cost is bounded by rooms x clients x 10 per second.
 */
export function createCoalescer(
  send: (room: string, batch: LiveMessage[]) => void,
  windowMs: number,
  timers: CoalescerTimers = realTimers,
): Coalescer {
  const windows = new Map<string, RoomWindow>();

  function openWindow(room: string, batch: LiveMessage[]): void {
    const window: RoomWindow = {
      timer: null,
      sent: new Map(batch.map((m) => [entityKeyOf(m), m.version])),
      pending: new Map(),
    };
    window.timer = timers.setTimeout(() => closeWindow(room, window), windowMs);
    windows.set(room, window);
  }

  function closeWindow(room: string, window: RoomWindow): void {
    windows.delete(room);
    if (window.pending.size > 0) {
      const batch = [...window.pending.values()];
      send(room, batch);
      openWindow(room, batch);
    }
  }

  return {
    offer(message) {
      const window = windows.get(message.room);
      if (!window) {
        send(message.room, [message]);
        openWindow(message.room, [message]);
        return;
      }
      // Publishers race after commit: an older version may be offered after a newer one.
      const key = entityKeyOf(message);
      const newest = Math.max(
        window.sent.get(key) ?? -Infinity,
        window.pending.get(key)?.version ?? -Infinity,
      );
      if (message.version > newest) {
        window.pending.set(key, message);
      }
    },
    drain(room) {
      const window = windows.get(room);
      if (!window || window.pending.size === 0) {
        return [];
      }
      // Sent now: the next window starts now, so the room still sends at most one frame per window.
      timers.clearTimeout(window.timer);
      const batch = [...window.pending.values()];
      openWindow(room, batch);
      return batch;
    },
    flush() {
      for (const [room, window] of windows) {
        timers.clearTimeout(window.timer);
        if (window.pending.size > 0) {
          send(room, [...window.pending.values()]);
        }
      }
      windows.clear();
    },
    get openWindows() {
      return windows.size;
    },
  };
}
