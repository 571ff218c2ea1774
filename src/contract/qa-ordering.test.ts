import { describe, expect, it } from 'vitest';
import { approvalQueue, orderQuestions, topQuestions, type RankedQuestion } from './qa-ordering.js';

function q(id: string, overrides: Partial<RankedQuestion> = {}): RankedQuestion {
  return {
    id,
    voteCount: 0,
    createdAt: `2020-02-06T10:00:0${id.length}.000Z`,
    isPinned: false,
    isAnswered: false,
    state: 'approved',
    ...overrides,
  };
}

describe('orderQuestions', () => {
  const questions = [
    q('a', { voteCount: 3, createdAt: '2020-02-06T10:01:00.000Z' }),
    q('b', { voteCount: 7, createdAt: '2020-02-06T10:02:00.000Z' }),
    q('c', { voteCount: 3, createdAt: '2020-02-06T10:00:00.000Z' }),
    q('d', { voteCount: 9, createdAt: '2020-02-06T10:03:00.000Z', isAnswered: true }),
    q('e', { voteCount: 0, createdAt: '2020-02-06T10:04:00.000Z', isPinned: true }),
    q('f', { voteCount: 50, createdAt: '2020-02-06T10:05:00.000Z', state: 'pending' }),
    q('g', { voteCount: 50, createdAt: '2020-02-06T10:06:00.000Z', state: 'hidden' }),
    q('h', { voteCount: 50, createdAt: '2020-02-06T10:07:00.000Z', state: 'merged' }),
  ];

  it('by popularity: pinned first, then open ones by votes (earlier first on a tie), answered last', () => {
    expect(orderQuestions(questions, 'popular').map((x) => x.id)).toEqual(['e', 'b', 'c', 'a', 'd']);
  });

  it('by recency: pinned first, then the newest open ones, answered last', () => {
    expect(orderQuestions(questions, 'recent').map((x) => x.id)).toEqual(['e', 'b', 'a', 'c', 'd']);
  });

  it('shows only approved questions and leaves the input untouched', () => {
    const copy = [...questions];
    orderQuestions(questions, 'popular');
    expect(questions).toEqual(copy);
    expect(orderQuestions(questions, 'popular').every((x) => x.state === 'approved')).toBe(true);
  });

  it('changes the order when a vote overtakes', () => {
    const before = [q('x', { voteCount: 2 }), q('y', { voteCount: 1 })];
    expect(orderQuestions(before, 'popular')[0]!.id).toBe('x');
    const after = [before[0]!, { ...before[1]!, voteCount: 3 }];
    expect(orderQuestions(after, 'popular')[0]!.id).toBe('y');
  });

  it('is a total order: equal votes and times fall back to the id', () => {
    const same = { voteCount: 1, createdAt: '2020-02-06T10:00:00.000Z' };
    expect(orderQuestions([q('z', same), q('m', same)], 'popular').map((x) => x.id)).toEqual(['m', 'z']);
  });
});

describe('topQuestions and approvalQueue', () => {
  it('the screen shows the most popular open questions, without the pinned or answered ones', () => {
    const list = [
      q('a', { voteCount: 1 }),
      q('b', { voteCount: 5 }),
      q('c', { voteCount: 9, isAnswered: true }),
      q('d', { voteCount: 9, isPinned: true }),
      q('e', { voteCount: 4 }),
      q('f', { voteCount: 8, state: 'pending' }),
    ];
    expect(topQuestions(list, 2).map((x) => x.id)).toEqual(['b', 'e']);
  });

  it('the queue holds pending questions, oldest first', () => {
    const list = [
      q('a', { state: 'pending', createdAt: '2020-02-06T10:05:00.000Z' }),
      q('b', { state: 'approved' }),
      q('c', { state: 'pending', createdAt: '2020-02-06T10:01:00.000Z' }),
    ];
    expect(approvalQueue(list).map((x) => x.id)).toEqual(['c', 'a']);
  });
});
