import { describe, expect, it } from 'vitest';
import { createCoalescer, type CoalescerTimers } from './coalescer.js';
import type { LiveMessage } from './hub.js';

/** Timers driven by the test: advance(ms) fires what is due, in order. */
function manualTimers(): CoalescerTimers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      nextId += 1;
      due.set(nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) {
          break;
        }
        due.delete(next[0]);
        now = next[1].at;
        next[1].callback();
      }
      now = end;
    },
    pending: () => due.size,
  };
}

function tally(version: number, id = 'p1', room = 'session:s1'): LiveMessage {
  return { room, kind: 'poll-tally', id, version, data: { votes: version } };
}

type Sent = { room: string; batch: LiveMessage[] };
const label = (s: Sent) => s.batch.map((m) => `${m.room}/${m.id}@${m.version}`).join(' ');

describe('coalescing of live messages', () => {
  it('sends the first change at once and collapses a storm into one batch per window', () => {
    const timers = manualTimers();
    const sent: Sent[] = [];
    const coalescer = createCoalescer((room, batch) => sent.push({ room, batch }), 100, timers);

    coalescer.offer(tally(1));
    expect(sent.map(label)).toEqual(['session:s1/p1@1']);
    for (let v = 2; v <= 50; v += 1) {
      coalescer.offer(tally(v));
    }
    expect(sent).toHaveLength(1);
    timers.advance(100);
    expect(sent.map(label)).toEqual(['session:s1/p1@1', 'session:s1/p1@50']);
    timers.advance(100);
    expect(sent).toHaveLength(2);
    expect(coalescer.openWindows).toBe(0);
  });

  it('bounds a room to one message per window however many entities a storm touches', () => {
    const timers = manualTimers();
    const sent: Sent[] = [];
    const coalescer = createCoalescer((room, batch) => sent.push({ room, batch }), 100, timers);
    // 5,000 votes on 200 questions over 2 seconds: one every 0.4 ms.
    const versions = new Map<string, number>();
    for (let vote = 1; vote <= 5000; vote += 1) {
      const id = `q${vote % 200}`;
      const version = (versions.get(id) ?? 0) + 1;
      versions.set(id, version);
      coalescer.offer(tally(version, id));
      if (vote % 5 === 0) {
        timers.advance(2);
      }
    }
    timers.advance(1000);
    expect(sent.length).toBeGreaterThanOrEqual(20);
    expect(sent.length).toBeLessThanOrEqual(21);
    // Each entity once per batch, and every entity ends at its last version.
    for (const { batch } of sent) {
      expect(new Set(batch.map((m) => m.id)).size).toBe(batch.length);
    }
    const last = new Map<string, number>();
    for (const { batch } of sent) {
      for (const m of batch) {
        expect(m.version).toBeGreaterThan(last.get(m.id) ?? 0);
        last.set(m.id, m.version);
      }
    }
    expect(last).toEqual(versions);
  });

  it('keeps rooms apart and never sends an older version after a newer one', () => {
    const timers = manualTimers();
    const sent: Sent[] = [];
    const coalescer = createCoalescer((room, batch) => sent.push({ room, batch }), 100, timers);
    coalescer.offer(tally(5, 'a'));
    coalescer.offer(tally(1, 'b'));
    coalescer.offer(tally(4, 'a'));
    coalescer.offer(tally(7, 'a'));
    coalescer.offer(tally(6, 'a'));
    coalescer.offer(tally(1, 'a', 'session-mod:s1'));
    timers.advance(100);
    expect(sent.map(label)).toEqual([
      'session:s1/a@5',
      'session-mod:s1/a@1',
      'session:s1/b@1 session:s1/a@7',
    ]);
  });

  it('drain hands over what is pending to go with another message and starts the next window', () => {
    const timers = manualTimers();
    const sent: Sent[] = [];
    const coalescer = createCoalescer((room, batch) => sent.push({ room, batch }), 100, timers);
    coalescer.offer(tally(1));
    timers.advance(30);
    coalescer.offer(tally(2));
    coalescer.offer(tally(1, 'b'));
    expect(coalescer.drain('session:s1').map((m) => `${m.id}@${m.version}`)).toEqual(['p1@2', 'b@1']);
    expect(coalescer.drain('session:s1')).toEqual([]);
    expect(coalescer.drain('session:other')).toEqual([]);
    timers.advance(50);
    coalescer.offer(tally(2));
    coalescer.offer(tally(3));
    timers.advance(40);
    // The first window would have ended at 100 ms; the drained one ends at 130 ms.
    expect(sent.map(label)).toEqual(['session:s1/p1@1']);
    timers.advance(10);
    expect(sent.map(label)).toEqual(['session:s1/p1@1', 'session:s1/p1@3']);
  });

  it('flush sends what is pending and stops the timers', () => {
    const timers = manualTimers();
    const sent: Sent[] = [];
    const coalescer = createCoalescer((room, batch) => sent.push({ room, batch }), 100, timers);
    coalescer.offer(tally(1));
    coalescer.offer(tally(2));
    coalescer.flush();
    expect(sent.map(label)).toEqual(['session:s1/p1@1', 'session:s1/p1@2']);
    expect(timers.pending()).toBe(0);
  });
});
