/**
 * What every search phase of the scheduler shares: the time limit, the progress report and a seeded
 * pseudo-random generator (so a run is reproducible).
 */

/** Reports a phase's progress. */
export type ProgressReport = (progress: { phase: string; done: number; total: number }) => void;

/** Time limit and progress report; `stopped` turns true once the limit has passed. */
export class SearchBudget {
  stopped = false;
  private ticks = 0;
  private readonly deadline: number;

  constructor(
    timeLimitMs: number | undefined,
    private readonly onProgress: ProgressReport | undefined,
  ) {
    this.deadline = timeLimitMs === undefined ? Infinity : performance.now() + Math.max(0, timeLimitMs);
  }

  /** True once the time limit has passed; reads the clock only every 64 calls to stay cheap. */
  expired(): boolean {
    if (!this.stopped && this.deadline !== Infinity && (this.ticks++ & 63) === 0) {
      this.stopped = performance.now() >= this.deadline;
    }
    return this.stopped;
  }

  /** Reports progress (the callback's errors are the caller's, they propagate). */
  report(phase: string, done: number, total: number): void {
    this.onProgress?.({ phase, done, total });
  }
}

/** Mulberry32: a small, fast, seeded generator; returns a function giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
