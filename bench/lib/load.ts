// Load generator worker: runs autocannon against one URL in its own process (so it does not share the
// server's core) and prints one JSON line with the figures on stdout.
import autocannon from 'autocannon';

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const [url, connectionsArg = '100', durationArg = '10'] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx bench/lib/load.ts URL [connections] [seconds]');
  process.exit(2);
}

const result = await autocannon({
  url,
  connections: Number(connectionsArg),
  duration: Number(durationArg),
  headers: { accept: 'application/json' },
});

const summary: LoadResult = {
  url,
  requestsPerSecond: result.requests.average,
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
