import { describe, expect, it } from 'vitest';
import type { LiveMessage } from './hub.js';
import { decodeFrame, encodeBatch, encodeUpsert } from './protocol.js';
import { combineEncoded, createRoomOutbox } from './room-outbox.js';

const question = (id: string, version: number): LiveMessage => ({
  room: 'session:s1',
  kind: 'question',
  id,
  version,
  data: { text: `Frage „${id}“ – Größe` },
});
const encoded = (m: LiveMessage) => Buffer.from(encodeUpsert(m), 'utf8');

describe('room outbox and frames', () => {
  it('sends one message unchanged and several of a turn as one frame, per room, in order', async () => {
    const frames: { room: string; frame: Buffer }[] = [];
    const outbox = createRoomOutbox((room, frame) => frames.push({ room, frame }));
    const single = encoded(question('a', 1));
    outbox.enqueue('session:s1', single);
    await new Promise((resolve) => setImmediate(resolve));
    expect(frames).toEqual([{ room: 'session:s1', frame: single }]);

    frames.length = 0;
    outbox.enqueue('session:s1', encoded(question('a', 2)));
    outbox.enqueue('session:s2', encoded({ ...question('x', 1), room: 'session:s2' }));
    outbox.enqueue('session:s1', encoded(question('b', 1)));
    expect(frames).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(frames.map((f) => f.room)).toEqual(['session:s1', 'session:s2']);
    expect(decodeFrame(frames[0]!.frame)).toEqual([question('a', 2), question('b', 1)]);
    expect(JSON.parse(frames[0]!.frame.toString('utf8'))).toMatchObject({ type: 'many' });
  });

  it('decodes upserts, coalesced batches and combined frames to the same messages', () => {
    const batch = [question('a', 3), question('b', 2)];
    const frame = combineEncoded([
      Buffer.from(encodeBatch('session:s1', batch), 'utf8'),
      encoded(question('c', 1)),
    ]);
    expect(decodeFrame(frame)).toEqual([...batch, question('c', 1)]);
    expect(decodeFrame(encodeBatch('session:s1', [question('d', 1)]))).toEqual([question('d', 1)]);
    expect(decodeFrame('{"type":"pong"}')).toEqual([]);
  });
});
