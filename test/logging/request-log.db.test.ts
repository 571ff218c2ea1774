import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.js';
import { configSchema } from '../../src/server/config.js';
import { SLOW_REQUEST_MS } from '../../src/server/plugins/request-log.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../db.js';

interface LogLine {
  level: number;
  msg: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

const INFO = 30;
const WARN = 40;
const ERROR = 50;

describe.each(DIALECTS)('request log lines on %s', (dialect) => {
  let database: TestDatabase;
  let built: App;
  const lines: LogLine[] = [];
  const requestLines = () => lines.filter((l) => l.msg === 'request completed');

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const config = configSchema.parse({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'info' });
    built = await buildApp({
      config,
      database: database.handle,
      webDir: null,
      // The default level of a deployment, written where the test reads it.
      logger: { level: 'info', stream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } },
    });
    built.app.get('/test/slow', { schema: { hide: true } }, async () => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_REQUEST_MS + 20));
      return { ok: true };
    });
    built.app.get('/test/broken', { schema: { hide: true } }, async () => {
      throw new Error('a bug');
    });
    await built.app.ready();
  });
  afterAll(async () => {
    await built.app.close();
    await database.drop();
  });

  it('writes no line for a fast read, at the default level', async () => {
    lines.length = 0;
    for (const url of ['/healthz', '/api/v1/events', '/api/v1/events/no-such-event']) {
      await built.app.inject({ url });
    }
    expect(lines).toEqual([]);
  });

  it('writes one line for a write, with the token in its path redacted', async () => {
    lines.length = 0;
    const token = 'Zq3xY8vB2nK5mW9pL4tR7sD1fG6hJ0aC3eU8iO2yT5w';
    const response = await built.app.inject({
      method: 'POST',
      url: `/api/v1/my-registration/${token}/cancel`,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(requestLines()).toHaveLength(1);
    const [line] = requestLines();
    expect(line).toMatchObject({
      level: INFO,
      req: { method: 'POST' },
      res: { statusCode: response.statusCode },
    });
    expect(line?.req?.url).not.toContain(token);
    expect(line?.req?.url).toContain('[redacted]');
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(typeof line?.responseTime).toBe('number');
  });

  it('writes one line for a slow request and for a server error, louder than writes', async () => {
    lines.length = 0;
    await built.app.inject({ url: '/test/slow' });
    expect(requestLines()).toHaveLength(1);
    expect(requestLines()[0]).toMatchObject({ level: WARN, req: { method: 'GET', url: '/test/slow' } });
    expect(requestLines()[0]?.responseTime).toBeGreaterThanOrEqual(SLOW_REQUEST_MS);

    lines.length = 0;
    const broken = await built.app.inject({ url: '/test/broken' });
    expect(broken.statusCode).toBe(500);
    expect(requestLines()).toHaveLength(1);
    expect(requestLines()[0]).toMatchObject({
      level: ERROR,
      res: { statusCode: 500 },
      req: { method: 'GET', url: '/test/broken' },
    });
  });
});
