import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabaseUrl, DIALECTS } from '../db.js';

/**
 * Every `crossdialog` command ends when its work is done, whatever the environment: with REDIS_URL
 * set (as an operator's environment file has it) the live hub's connections must not keep it alive.
 */
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runCli(args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/crossdialog.mjs', ...args], {
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A command that does not end is killed, and its exit code (null) fails the test.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const redisUrl = process.env.TEST_REDIS_URL;
// The operator's case is PostgreSQL with Redis; one dialect is enough for "the process ends"
// (loading the demo twice would double the file's time without a new finding).
const dialect = DIALECTS.at(-1)!;

describe(`crossdialog commands exit on ${dialect}`, () => {
  let databaseUrl = '';
  let drop: () => Promise<void> = async () => {};
  const env = (): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });

  beforeAll(async () => {
    ({ url: databaseUrl, drop } = await createEmptyDatabaseUrl(dialect));
  });
  afterAll(async () => drop());

  it('migrate, demo, token create, token list and token revoke each exit with 0', async () => {
    const migrate = await runCli(['migrate'], env());
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);

    const demo = await runCli(['demo'], env(), 90_000);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('Demo data loaded.');

    const create = await runCli(['token', 'create', '--name', 'Łukasz CRM'], env());
    expect(create.code, create.stderr).toBe(0);
    expect(create.stdout.trim()).not.toBe('');

    const list = await runCli(['token', 'list'], env());
    expect(list.code, list.stderr).toBe(0);
    const line = list.stdout.split('\n').find((l) => l.includes('Łukasz CRM'));
    expect(line).toContain('active');
    const id = line!.split(/\s+/)[0]!;

    const revoke = await runCli(['token', 'revoke', '--id', id], env());
    expect(revoke.code, revoke.stderr).toBe(0);
    const after = await runCli(['token', 'list'], env());
    expect(after.stdout.split('\n').find((l) => l.includes('Łukasz CRM'))).toContain('revoked');
  }, 240_000);

  it('a second demo into a filled database says why and exits with 1', async () => {
    const again = await runCli(['demo'], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not empty');
  }, 60_000);
});
