/**
 * The live layer's contract (DESIGN.md "live updates"). STUB created by the lead: the live-transport
 * helper implements it (in-process and Redis pub/sub hubs, the one WebSocket endpoint); features only
 * depend on these types.
 *
 * Protocol: a room ('session:<id>', 'event:<id>', 'person:<id>', ...) carries entity upserts. Every
 * message names an entity (kind + id) and carries the entity's full current state with a per-entity
 * version that only grows (a column incremented in the same UPDATE that changed it). A client keeps a
 * map kind:id -> {version, data} and applies a message only when its version is higher: applying twice
 * or out of order is harmless. On (re)connect the client subscribes and then loads the room's snapshot
 * (every entity with its version) over the same socket and merges it the same way, so a client that was
 * away ends with the same state as one that never left, showing nothing twice and missing nothing.
 */

import type { LiveMessage } from '../../contract/live.js';

/** One entity upsert (or removal) in a room: the wire type, shared with the web client. */
export type { LiveMessage };

/** Who is asking to join a room (from the WebSocket's session cookie or guest identity). */
export interface LiveViewer {
  personId: string | null;
  guestId: string | null;
  isOrganizer: boolean;
  /** The client address (per-address limits next to the per-person ones); unset in internal calls. */
  address?: string;
  /** The sign-in session the connection came with (its end takes the person's rights away). */
  sessionId?: string;
}

/** A feature's rooms: who may join, and the snapshot a joining client merges. */
export interface LiveRoomProvider {
  /** Room prefix this provider owns, e.g. 'session' for 'session:<id>' or 'session-mod' for moderators. */
  prefix: string;
  /** Resolves to true when the viewer may join; never throws for unknown ids (returns false). */
  canJoin(roomId: string, viewer: LiveViewer): Promise<boolean>;
  /** Every entity of the room as the viewer may see it, with versions. */
  snapshot(roomId: string, viewer: LiveViewer): Promise<Omit<LiveMessage, 'room'>[]>;
}

export interface LiveHub {
  /** Sends to every subscriber of the room on every app instance; call after commit. */
  publish(message: LiveMessage): void;
  /**
   * Like publish, but messages for the same room+kind+id within the coalescing window (e.g. 100 ms)
   * collapse into the latest one: a vote storm sends at most ~10 tally updates per second per entity.
   * (Implementation: the window is per room, so a room sends at most one batch of the entities that
   * changed per window, however many entities a storm touches; see coalescer.ts.)
   */
  publishCoalesced(message: LiveMessage): void;
  /** Registers a feature's room provider (done once in app.ts). */
  registerRooms(provider: LiveRoomProvider): void;
  /**
   * Rights ended (sign-out, erasure): every connection of this instance whose viewer matches becomes
   * the changed viewer and leaves, at once, each room it may no longer join.
   */
  revokeAccess(match: (viewer: LiveViewer) => boolean, change: Partial<LiveViewer>): Promise<void>;
  /** A grant was revoked (moderator link): every connection in the room is checked again. */
  recheckRoom(room: string): Promise<void>;
  /** Stops timers and connections. */
  close(): Promise<void>;
}
