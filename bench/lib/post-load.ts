// Load generator worker for write benchmarks: POSTs AMOUNT registration bodies, each with its own
// email address, over CONNECTIONS connections with autocannon in its own process, and prints one JSON
// line: the figures plus the ids the server acknowledged with 201 (to check nothing acknowledged is lost).
import autocannon from 'autocannon';

export interface PostLoadResult {
  url: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  acknowledgedIds: string[];
  /** CPU this load generator used, in ms (it runs on the other core). */
  clientCpuMs: number;
}

const [url, connectionsArg = '200', amountArg = '2000', prefix = 'rush'] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx bench/lib/post-load.ts URL [connections] [amount] [email-prefix]');
  process.exit(2);
}

let sequence = 0;
const statusCounts: Record<string, number> = {};
const acknowledgedIds: string[] = [];

const cpuMark = process.cpuUsage();
// autocannon ends a run at its next one-second tick and reports that as the duration, which halves
// the rate of a run of one or two seconds: the time to the last answer is taken here instead.
const startedAt = performance.now();
let lastAnswerAt = startedAt;
const result = await autocannon({
  url,
  connections: Number(connectionsArg),
  amount: Number(amountArg),
  timeout: 30,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: (request) => {
        sequence += 1;
        return {
          ...request,
          body: JSON.stringify({
            firstName: 'Ansturm',
            lastName: `Nr ${sequence}`,
            email: `${prefix}-${sequence}@example.org`,
            organization: 'Lastprobe GmbH',
            sector: 'it',
            consents: { privacy: true },
          }),
        };
      },
      onResponse: (status, body) => {
        lastAnswerAt = performance.now();
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        if (status === 201) {
          const id = (JSON.parse(body) as { id?: unknown }).id;
          if (typeof id === 'string') {
            acknowledgedIds.push(id);
          }
        }
      },
    },
  ],
});

const clientCpu = process.cpuUsage(cpuMark);
const summary: PostLoadResult = {
  url,
  requests: result.requests.total,
  seconds: (lastAnswerAt - startedAt) / 1000,
  requestsPerSecond: result.requests.total / ((lastAnswerAt - startedAt) / 1000),
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  statusCounts,
  errors: result.errors,
  timeouts: result.timeouts,
  acknowledgedIds,
  clientCpuMs: (clientCpu.user + clientCpu.system) / 1000,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
