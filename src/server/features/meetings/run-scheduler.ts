import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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
  .catch((error) => parentPort.postMessage({ type: 'error', message: String((error && error.stack) || error) }));
`;

type WorkerMessage =
  | { type: 'loaded' }
  | { type: 'progress'; progress: SchedulerProgress }
  | { type: 'result'; result: SchedulerResult }
  | { type: 'error'; message: string };

/** The ES module entry of tsx's API (require.resolve would give its CommonJS twin, which fails in a worker). */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import?.default;
  if (!entry) {
    throw new Error('tsx has no ES module API entry');
  }
  return pathToFileURL(path.join(path.dirname(packageJson), entry)).href;
}

function workerPaths(): { tsxApi: string; schedulerUrl: string } | null {
  try {
    return {
      tsxApi: tsxApiUrl(),
      schedulerUrl: pathToFileURL(fileURLToPath(new URL('./scheduler.ts', import.meta.url))).href,
    };
  } catch {
    return null;
  }
}

/**
 * Runs the scheduler in a worker thread, so that a long run (thousands of meetings) does not stall
 * the server's other requests; progress arrives as messages. Rejects when the worker cannot load the
 * scheduler (`loaded` false) or the scheduler fails.
 */
export function runSchedulerInWorker(
  job: SchedulerJob,
  onProgress: (p: SchedulerProgress) => void,
): Promise<SchedulerResult> {
  const paths = workerPaths();
  if (!paths) {
    return Promise.reject(new WorkerLoadError('tsx or the scheduler module cannot be found'));
  }
  return new Promise<SchedulerResult>((resolve, reject) => {
    let loaded = false;
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...paths, job } });
    const fail = (message: string) => {
      if (!settled) {
        settled = true;
        reject(loaded ? new Error(message) : new WorkerLoadError(message));
        void worker.terminate();
      }
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
          settled = true;
          resolve(message.result);
          void worker.terminate();
          break;
        case 'error':
          fail(message.message);
          break;
      }
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', () => fail('scheduler worker stopped without a result'));
  });
}

/** The worker could not load the scheduler (as opposed to the scheduler failing). */
export class WorkerLoadError extends Error {}

/** The server's runner: in a worker thread, or in this thread when no worker can load the scheduler. */
export const workerSchedulerRunner: SchedulerRunner = async (job, onProgress) => {
  try {
    return await runSchedulerInWorker(job, onProgress);
  } catch (error) {
    if (error instanceof WorkerLoadError) {
      return inlineSchedulerRunner(job, onProgress);
    }
    throw error;
  }
};
