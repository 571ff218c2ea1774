/** Milliseconds on CLOCK_MONOTONIC: the same clock in every process of this machine. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** CPU time (user + system) this process used since `start`, in ms. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

const BIN_MS = 0.05;
const BINS = 600_000; // 30 s

/** A latency histogram with 0.05 ms bins (exact enough, constant memory for millions of samples). */
export function createHistogram() {
  const bins = new Uint32Array(BINS);
  let count = 0;
  let max = 0;
  function percentile(p: number): number {
    const rank = Math.ceil((p / 100) * count);
    let seen = 0;
    for (let i = 0; i < BINS; i += 1) {
      seen += bins[i] ?? 0;
      if (seen >= rank) {
        return (i + 1) * BIN_MS;
      }
    }
    return max;
  }
  return {
    record(ms: number): void {
      const value = Math.max(0, ms);
      const bin = Math.min(BINS - 1, Math.floor(value / BIN_MS));
      bins[bin] = (bins[bin] ?? 0) + 1;
      count += 1;
      max = Math.max(max, value);
    },
    summary(): LatencySummary {
      if (count === 0) {
        return { count, p50: NaN, p99: NaN, max: NaN };
      }
      return { count, p50: percentile(50), p99: percentile(99), max };
    },
  };
}
