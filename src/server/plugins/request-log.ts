import type { FastifyBaseLogger, FastifyInstance } from 'fastify';

/** A request slower than this is logged whatever it was, so operators see where time goes. */
export const SLOW_REQUEST_MS = 500;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Level = 'error' | 'warn' | 'info' | 'debug';

/** How loudly a finished request is logged: errors and slow requests stand out, writes are kept, reads only when debugging. */
export function requestLogLevel(method: string, statusCode: number, elapsedMs: number): Level {
  if (statusCode >= 500) {
    return 'error';
  }
  if (elapsedMs >= SLOW_REQUEST_MS) {
    return 'warn';
  }
  return WRITE_METHODS.has(method) ? 'info' : 'debug';
}

/**
 * One log line per request, and only where it helps operators: server errors, slow requests and writes
 * at the default level (info); every other request at debug. Fastify's own two lines per request
 * ("incoming request", "request completed") are switched off in app.ts: under a crowd's reads they cost
 * more than the cached answer. The request is logged through the logger's req serializer, which redacts
 * secrets in the URL (plugins/log-redaction.ts).
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const level = requestLogLevel(request.method, reply.statusCode, reply.elapsedTime);
    // pino answers this; the no-op logger of an app built without logging has no such method.
    const log = request.log as FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean };
    if (typeof log.isLevelEnabled !== 'function' || !log.isLevelEnabled(level)) {
      return;
    }
    request.log[level](
      { req: request, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
}
