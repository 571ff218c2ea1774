import { describe, expect, it } from 'vitest';
import { pollBars, ratingAverage, wordWeight } from './chart-math.js';
import { roomView } from './room.js';

const tally = {
  pollId: 'p',
  voters: 4,
  options: [
    { optionId: 'a', count: 3 },
    { optionId: 'b', count: 1 },
  ],
  words: [],
};

describe('chart math', () => {
  it('gives each option its count and share of the participants', () => {
    const bars = pollBars(
      {
        options: [
          { id: 'a', label: 'Ja' },
          { id: 'b', label: 'Nein' },
          { id: 'c', label: '?' },
        ],
      },
      tally,
    );
    expect(bars).toEqual([
      { id: 'a', label: 'Ja', count: 3, percent: 75 },
      { id: 'b', label: 'Nein', count: 1, percent: 25 },
      { id: 'c', label: '?', count: 0, percent: 0 },
    ]);
  });

  it('averages a rating scale', () => {
    const bars = pollBars(
      {
        options: [
          { id: 'a', label: '1' },
          { id: 'b', label: '5' },
        ],
      },
      tally,
    );
    expect(ratingAverage(bars)).toBe(2);
    expect(ratingAverage([])).toBeNull();
  });

  it('weights words from 1 to 5', () => {
    expect([wordWeight(1, 10), wordWeight(10, 10), wordWeight(0, 0)]).toEqual([1, 5, 1]);
  });
});

describe('roomView', () => {
  it('types the entities and leaves removed ones out', () => {
    const entities = new Map([
      ['live-session:s', { kind: 'live-session', id: 's', version: 2, data: { sessionId: 's' } }],
      ['question:q1', { kind: 'question', id: 'q1', version: 1, data: { id: 'q1' } }],
      ['question:q2', { kind: 'question', id: 'q2', version: 3, data: null }],
      ['poll:p2', { kind: 'poll', id: 'p2', version: 1, data: { id: 'p2', position: 2 } }],
      ['poll:p1', { kind: 'poll', id: 'p1', version: 1, data: { id: 'p1', position: 1 } }],
      ['poll-tally:p1', { kind: 'poll-tally', id: 'p1', version: 4, data: tally }],
    ]);
    const view = roomView(entities, 'live');
    expect(view.settings).toEqual({ sessionId: 's' });
    expect(view.questions.map((q) => q.id)).toEqual(['q1']);
    expect(view.polls.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(view.tallies.get('p1')).toBe(tally);
  });
});
