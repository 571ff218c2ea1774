const MANY_PREFIX = Buffer.from('{"type":"many","messages":[', 'utf8');
const MANY_SEPARATOR = Buffer.from(',', 'utf8');
const MANY_SUFFIX = Buffer.from(']}', 'utf8');

/** Joins encoded messages into one {type:'many', messages:[...]} frame without parsing them again. */
export function combineEncoded(payloads: readonly Buffer[]): Buffer {
  if (payloads.length === 1 && payloads[0]) {
    return payloads[0];
  }
  const parts: Buffer[] = [MANY_PREFIX];
  payloads.forEach((payload, index) => {
    if (index > 0) {
      parts.push(MANY_SEPARATOR);
    }
    parts.push(payload);
  });
  parts.push(MANY_SUFFIX);
  return Buffer.concat(parts);
}

export interface RoomOutbox {
  /** Queues an encoded message for the room's local subscribers; sent once the current callback is done. */
  enqueue(room: string, payload: Buffer): void;
}

/**
 * Batching of local delivery. Sending to N sockets costs about N system calls per frame, whatever its
 * size; messages of a room published in one go (a pin that changes two questions, a moderator merging
 * duplicates, several messages read from Redis in one chunk) leave together as one frame. The flush
 * runs as a microtask, right after the publishing callback: waiting for the end of the event-loop turn
 * (setImmediate) would combine more under load, but would hold a message behind every HTTP request of
 * that turn, and the rooms' frequent messages (votes) are already bounded by the coalescer.
 */
export function createRoomOutbox(deliver: (room: string, frame: Buffer) => void): RoomOutbox {
  let queued = new Map<string, Buffer[]>();
  let scheduled = false;

  function flush(): void {
    const current = queued;
    queued = new Map();
    scheduled = false;
    for (const [room, payloads] of current) {
      deliver(room, combineEncoded(payloads));
    }
  }

  return {
    enqueue(room, payload) {
      const payloads = queued.get(room);
      if (payloads) {
        payloads.push(payload);
      } else {
        queued.set(room, [payload]);
      }
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
  };
}
