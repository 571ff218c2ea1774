// The real server as a process (`crossdialog serve`, exactly as `npm start` runs it), for the browser
// specs' global setup (one server per worker), the fixture's server of a spec's own, and the crash test.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_ENV } from './demo-organizer.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed (for failure messages). */
  output(): string;
  /** Kills the process without a chance to clean up, as a power cut or the OOM killer would. */
  kill(): Promise<void>;
}

export interface RunningServer {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts the real server on `port` in production mode on loopback and waits until /readyz answers. */
export async function startServerProcess(port: number, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['bin/crossdialog.mjs', 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Generous: on a loaded machine the first start compiles the server with tsx.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

// Quiet, with the demo organizer's password that the specs sign in with.
const SERVER_ENV = { LOG_LEVEL: 'warn', ...DEMO_ENV };

/** Loads the demo into a new SQLite file with `crossdialog demo`, as an installation would. */
export async function createDemoDatabase(file: string, env: Record<string, string> = {}): Promise<void> {
  await promisify(execFile)(process.execPath, ['bin/crossdialog.mjs', 'demo'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ...SERVER_ENV,
      DATABASE_URL: `sqlite:${file}`,
      ...env,
    },
  });
}

/**
 * Starts the real server on a free port with the SQLite file `databaseFile`, or a new one that gets the
 * demo on start (removed on stop); stop() ends it with SIGTERM, SIGKILL if it does not go.
 */
export async function startServer(
  env: Record<string, string> = {},
  databaseFile?: string,
): Promise<RunningServer> {
  const ownDir = databaseFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-server-'));
  const file = databaseFile ?? path.join(ownDir!, 'server.sqlite');
  const databaseUrl = `sqlite:${file}`;
  const server = await startServerProcess(await freePort(), {
    ...SERVER_ENV,
    DATABASE_URL: databaseUrl,
    ...env,
  });
  return {
    url: server.url,
    databaseUrl,
    stop: async () => {
      const { child } = server;
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      await server.kill();
      if (ownDir) {
        fs.rmSync(ownDir, { recursive: true, force: true });
      }
    },
  };
}
