/**
 * How encoded upserts travel between app instances. The hub keeps the local room membership; a
 * transport only moves (room, payload) pairs: in process for one instance, through Redis for many.
 */
export interface LiveTransport {
  /** Delivers the payload to every instance that joined the room, this one included. */
  publish(room: string, payload: Buffer): void;
  /** Starts receiving the room; resolves once messages flow, so nothing published afterwards is missed. */
  join(room: string): Promise<void>;
  /** Stops receiving the room (the last local subscriber left). */
  leave(room: string): void;
  close(): Promise<void>;
}

export interface TransportHandlers {
  /** A message of a joined room arrived. */
  onMessage(room: string, payload: Buffer): void;
  /** Messages may have been lost (the connection to Redis was re-established): subscribers reload. */
  onResync(): void;
}

/** The single-instance transport: publishing is delivering. */
export function createMemoryTransport(handlers: TransportHandlers): LiveTransport {
  return {
    publish(room, payload) {
      handlers.onMessage(room, payload);
    },
    async join() {},
    leave() {},
    async close() {},
  };
}
