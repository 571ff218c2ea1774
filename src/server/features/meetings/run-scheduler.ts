import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scheduleMeetings, type SchedulerInput, type SchedulerResult } from './scheduler.js';

export type SchedulerProgress = { phase: string; done: number; total: number };
export type SchedulerJob = Omit<SchedulerInput, 'onProgress'>;
/** Runs the scheduler on a job and reports progress while it runs. */
export type SchedulerRunner = (
  job: SchedulerJob,
  onProgress: (p: SchedulerProgress) => void,
) => Promise<SchedulerResult>;

/** In the calling thread: for tests and tiny events; blocks the event loop while it runs. */
export const inlineSchedulerRunner: SchedulerRunner = async (job, onProgress) =>
  scheduleMeetings({ ...job, onProgress });

// The worker is plain JavaScript (eval) that loads scheduler.ts through tsx's API, so it runs the same
// under `crossdialog serve` (tsx) and under Vitest without a build step.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(async ({ tsImport }) => {
    const { scheduleMeetings } = await tsImport(workerData.schedulerUrl, workerData.schedulerUrl);
    parentPort.postMessage({ type: 'loaded' });
    const result = scheduleMeetings({
      ...workerData.job,
      onProgress: (p) => parentPort.postMessage({ type: 'progress', progress: p }),
    });
    parentPort.postMessage({ type: 'result', result });
  })
  .catch((error) => parentPort.postMessage({ type: 'error', loaded: false, message: String(error && error.stack || error) }));
`;

type WorkerMessage =
  | { type: 'loaded' }
  | { type: 'progress'; progress: SchedulerProgress }
  | { type: 'result'; result: SchedulerResult }
  | { type: 'error'; loaded: boolean; message: string };

function workerPaths(): { tsxApi: string; schedulerUrl: string } | null {
  try {
    const require = createRequire(import.meta.url);
    return {
      tsxApi: pathToFileURL(require.resolve('tsx/esm/api')).href,
      schedulerUrl: pathToFileURL(fileURLToPath(new URL('./scheduler.ts', import.meta.url))).href,
    };
  } catch {
    return null;
  }
}

/**
 * Runs the scheduler in a worker thread, so that a long run (thousands of meetings) does not stall
 * the server's other requests; progress arrives as messages. When the worker cannot load the
 * scheduler (no tsx at hand), it falls back to running in this thread.
 */
export const workerSchedulerRunner: SchedulerRunner = (job, onProgress) => {
  const paths = workerPaths();
  if (!paths) {
    return inlineSchedulerRunner(job, onProgress);
  }
  return new Promise<SchedulerResult>((resolve, reject) => {
    let loaded = false;
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...paths, job } });
    const settle = (action: () => void) => {
      if (!settled) {
        settled = true;
        action();
        void worker.terminate();
      }
    };
    const fallBackOrFail = (message: string) => {
      settle(() => (loaded ? reject(new Error(message)) : resolve(inlineSchedulerRunner(job, onProgress))));
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'loaded':
          loaded = true;
          break;
        case 'progress':
          onProgress(message.progress);
          break;
        case 'result':
          settle(() => resolve(message.result));
          break;
        case 'error':
          fallBackOrFail(message.message);
          break;
      }
    });
    worker.on('error', (error) => fallBackOrFail(error.message));
    worker.on('exit', () => fallBackOrFail('scheduler worker stopped without a result'));
  });
};
