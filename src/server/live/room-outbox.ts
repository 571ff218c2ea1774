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
  /** Queues an encoded message for the room's local subscribers; sent at the end of this event-loop turn. */
  enqueue(room: string, payload: Buffer): void;
}

/**
 * Adaptive batching of local delivery. Sending to N sockets costs about N system calls per frame,
 * whatever its size; messages of a room that arrive while the loop is busy (for instance while a
 * previous frame goes out to 2,000 sockets) leave together as one frame at the next turn. Idle, a
 * message waits for nothing but the current turn; under load the number of frames per room adapts to
 * what the send loop can carry, so latency stays near one send loop instead of queueing up.
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
        setImmediate(flush);
      }
    },
  };
}
