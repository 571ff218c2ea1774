import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../clock.js';
import { isJoinCodeShape, newJoinCode } from './join-code.js';
import { createRateLimiter } from './rate-limit.js';
import { normalizeJoinCode } from '../../../contract/qa.js';

describe('per-person rate limit', () => {
  it('allows max actions per window and each key on its own', () => {
    const clock = createFixedClock(new Date('2020-02-06T10:00:00.000Z'));
    const limit = createRateLimiter({ clock, max: 2, windowMs: 60_000 });
    expect([limit.take('p:a'), limit.take('p:a'), limit.take('p:a')]).toEqual([true, true, false]);
    expect(limit.take('g:b')).toBe(true);
    clock.set(new Date('2020-02-06T10:01:00.000Z'));
    expect(limit.take('p:a')).toBe(true);
  });
});

describe('join codes', () => {
  it('are six characters without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newJoinCode();
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      expect(isJoinCodeShape(code)).toBe(true);
    }
    expect(isJoinCodeShape('ABCDE0')).toBe(false);
    expect(isJoinCodeShape('ABCDE')).toBe(false);
  });

  it('are read the way people type them', () => {
    expect(normalizeJoinCode(' k7m-4qx ')).toBe('K7M4QX');
    expect(normalizeJoinCode('k7m 4qx')).toBe('K7M4QX');
  });
});
