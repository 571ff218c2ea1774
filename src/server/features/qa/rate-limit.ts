import type { Clock } from '../../clock.js';

/** Per-key counters in fixed windows: `take` answers whether one more action is allowed now. */
export interface RateLimiter {
  take(key: string): boolean;
}

interface Window {
  start: number;
  count: number;
}

/** Above this many keys, expired windows are swept on the next take (bounds memory under churn). */
const SWEEP_ABOVE = 10_000;

/**
 * A per-person limit (questions, votes) kept in this process. With several app instances behind a
 * load balancer each instance counts on its own, so a person may reach up to n times the limit; the
 * one-vote-per-person rules do not depend on it (the database enforces those).
 */
export function createRateLimiter({
  clock,
  max,
  windowMs,
}: {
  clock: Clock;
  max: number;
  windowMs: number;
}): RateLimiter {
  const windows = new Map<string, Window>();
  return {
    take(key) {
      const now = clock.now().getTime();
      if (windows.size > SWEEP_ABOVE) {
        for (const [k, w] of windows) {
          if (now - w.start >= windowMs) {
            windows.delete(k);
          }
        }
      }
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return max > 0;
      }
      if (current.count >= max) {
        return false;
      }
      current.count += 1;
      return true;
    },
  };
}

/** Limits per client address for the audience's writes (questions per session, votes and answers). */
export interface AddressLimits {
  questions: RateLimiter;
  votes: RateLimiter;
}

/**
 * Per-address limits from LIVE_WRITES_PER_ADDRESS_PER_MINUTE: that many votes and poll answers per
 * minute, a twentieth of it in questions per session; 0 switches them off (benchmarks from one address).
 */
export function createAddressLimits(clock: Clock, writesPerMinute: number): AddressLimits | undefined {
  if (writesPerMinute <= 0) {
    return undefined;
  }
  return {
    questions: createRateLimiter({
      clock,
      max: Math.max(1, Math.ceil(writesPerMinute / 20)),
      windowMs: 60_000,
    }),
    votes: createRateLimiter({ clock, max: writesPerMinute, windowMs: 60_000 }),
  };
}
