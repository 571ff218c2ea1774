import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canMerge, mergedCountAfter, mergedVoters } from './merge.js';

describe('merging duplicate questions', () => {
  it('counts every voter of either question once', () => {
    const merged = mergedVoters(['p:anna', 'g:1', 'p:ben'], ['p:ben', 'g:2']);
    expect([...merged].sort()).toEqual(['g:1', 'g:2', 'p:anna', 'p:ben']);
  });

  it('never loses a voter and never counts one twice (property)', () => {
    const voters = fc.array(fc.constantFrom('p:a', 'p:b', 'p:c', 'g:1', 'g:2', 'g:3'), { maxLength: 6 });
    fc.assert(
      fc.property(voters, voters, (a, b) => {
        const merged = mergedVoters(new Set(a), new Set(b));
        const union = new Set([...a, ...b]);
        expect(merged.size).toBe(union.size);
        expect(merged.size).toBeLessThanOrEqual(new Set(a).size + new Set(b).size);
        expect(merged.size).toBeGreaterThanOrEqual(Math.max(new Set(a).size, new Set(b).size));
      }),
    );
  });

  it('keeps the number of duplicates a question stands for', () => {
    expect(mergedCountAfter(0, 0)).toBe(1);
    expect(mergedCountAfter(2, 1)).toBe(4);
  });

  it('allows merging only two distinct unmerged questions of one session', () => {
    const a = { id: 'a', sessionId: 's', state: 'approved' };
    expect(canMerge(a, { id: 'b', sessionId: 's', state: 'pending' })).toBe(true);
    expect(canMerge(a, a)).toBe(false);
    expect(canMerge(a, { id: 'b', sessionId: 'other', state: 'approved' })).toBe(false);
    expect(canMerge(a, { id: 'b', sessionId: 's', state: 'merged' })).toBe(false);
    expect(canMerge({ ...a, state: 'merged' }, { id: 'b', sessionId: 's', state: 'approved' })).toBe(false);
  });
});
