import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { errorBodySchema } from '../../contract/errors.js';
import { AppError } from '../errors.js';
import { handleLiveConnection, DEFAULT_LIMITS, type ConnectionLimits } from './connection.js';
import type { LiveServerHub } from './create-hub.js';
import { resolveLiveViewer } from './viewer.js';

/** Largest client message; real ones (subscribe with a room name) are under 200 bytes. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096;
/** Server-side heartbeat: a connection that missed a whole interval of pongs is gone. */
const HEARTBEAT_MS = 30_000;

export interface LiveRouteOptions {
  /** PUBLIC_URL: browsers on this origin may connect (besides the request's own host). */
  publicUrl: string | undefined;
  limits?: ConnectionLimits;
  /** Open sockets per client address (LIVE_SOCKETS_PER_ADDRESS); more are refused with 429. */
  socketsPerAddress?: number;
}

/**
 * A cross-site page could open a WebSocket carrying the visitor's cookies (the browser sends them on
 * upgrade, CORS does not apply): only pages of our own origin may. Browsers always send Origin; a
 * client without one is not a browser and carries no victim's cookies.
 */
export function isAllowedOrigin(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) {
    return true;
  }
  try {
    const url = new URL(origin);
    if (publicUrl && url.origin === new URL(publicUrl).origin) {
      return true;
    }
    return url.host === request.headers.host;
  } catch {
    return false;
  }
}

/** The one WebSocket endpoint, GET /api/v1/live (protocol in protocol.ts). */
export function liveRoutes(hub: LiveServerHub, options: LiveRouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(fastifyWebsocket, {
      options: { maxPayload: MAX_CLIENT_MESSAGE_BYTES, perMessageDeflate: false },
    });
    const alive = new WeakSet<WebSocket>();
    const heartbeat = setInterval(() => {
      for (const socket of app.websocketServer.clients) {
        if (!alive.has(socket)) {
          socket.terminate();
          continue;
        }
        alive.delete(socket);
        socket.ping();
      }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    app.addHook('onClose', async () => clearInterval(heartbeat));
    const openPerAddress = new Map<string, number>();
    const maxPerAddress = options.socketsPerAddress ?? Number.POSITIVE_INFINITY;

    app.route({
      method: 'GET',
      url: '/api/v1/live',
      config: { access: 'public' },
      schema: {
        tags: ['live'],
        summary: 'Live updates (WebSocket; plain GET answers 400)',
        description:
          'Upgrade to a WebSocket. Client: {type:"subscribe"|"unsubscribe", room} and {type:"ping"}. ' +
          'Server: {type:"subscribed", room}, {type:"snapshot", room, entities}, ' +
          '{type:"upsert", room, kind, id, version, data}, {type:"error", room, code}, {type:"pong"}.',
        response: { 400: errorBodySchema },
      },
      preValidation: async (request) => {
        if (request.ws && !isAllowedOrigin(request, options.publicUrl)) {
          throw new AppError('forbidden');
        }
        if (request.ws && (openPerAddress.get(request.ip) ?? 0) >= maxPerAddress) {
          throw new AppError('rate_limited');
        }
      },
      handler: async () => {
        throw new AppError('bad_request');
      },
      wsHandler: async (socket, request) => {
        const address = request.ip;
        openPerAddress.set(address, (openPerAddress.get(address) ?? 0) + 1);
        socket.once('close', () => {
          const left = (openPerAddress.get(address) ?? 1) - 1;
          if (left > 0) {
            openPerAddress.set(address, left);
          } else {
            openPerAddress.delete(address);
          }
        });
        alive.add(socket);
        socket.on('pong', () => alive.add(socket));
        // Listen before the first await: a message sent right after the upgrade must not be lost.
        const early: [RawData, boolean][] = [];
        const hold = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
        socket.on('message', hold);
        const viewer = await resolveLiveViewer(request);
        socket.off('message', hold);
        handleLiveConnection(socket, hub, viewer, request.log, options.limits ?? DEFAULT_LIMITS);
        for (const [data, isBinary] of early) {
          socket.emit('message', data, isBinary);
        }
      },
    });
  };
}
