import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

export type ContentEncoding = 'br' | 'gzip';

// Brotli at quality 4 compresses about as well as gzip -9 at a fraction of the time of quality 11,
// which only pays for files compressed once at build time (scripts/precompress.ts).
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
// No cache of negotiated headers: its keys would be whatever clients send.
const negotiator = new Negotiator<ContentEncoding | 'identity'>({
  supportedValues: ['br', 'gzip', 'identity'],
});

/**
 * Compresses JSON and HTML answers above 1 kB by the request's Accept-Encoding (brotli, then gzip), so a
 * deployment needs no proxy for it. Register before @fastify/static and every route: the plugin adds its
 * hook to routes as they are registered. Compressed request bodies are not accepted (nothing sends them,
 * and a small compressed body can expand past the body limit's intent).
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    brotliOptions: BROTLI_OPTIONS,
    globalDecompression: false,
  });
}

/** The encoding to answer a request in: 'br' or 'gzip' when it accepts one, else null. */
export function negotiateEncoding(request: FastifyRequest): ContentEncoding | null {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string' || header === '') {
    return null;
  }
  const chosen = negotiator.negotiate(header);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/**
 * A response body with its compressed forms, each made on first use and then kept: an answer held in a
 * cache is compressed once, not once per request.
 */
export interface CompressibleBody {
  readonly raw: Buffer;
  encoded(encoding: ContentEncoding): Buffer;
}

/** Wraps a body so that its brotli and gzip forms are made at most once. */
export function compressibleBody(body: string | Buffer): CompressibleBody {
  const raw = typeof body === 'string' ? Buffer.from(body) : body;
  let br: Buffer | undefined;
  let gzip: Buffer | undefined;
  return {
    raw,
    encoded(encoding) {
      if (encoding === 'br') {
        br ??= brotliCompressSync(raw, BROTLI_OPTIONS);
        return br;
      }
      gzip ??= gzipSync(raw);
      return gzip;
    },
  };
}

/** Adds Accept-Encoding to the Vary header, keeping what is there. */
export function varyOnAcceptEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const current = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : '';
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(current)) {
    reply.header('vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
  }
}

/**
 * Sends a body compressed by the request's Accept-Encoding where it is above the threshold. For answers
 * the compression hook does not see (the page shell comes from the not-found handler) and for cached
 * answers, whose compressed forms are kept with them.
 */
export function sendCompressible(
  request: FastifyRequest,
  reply: FastifyReply,
  body: CompressibleBody,
): FastifyReply {
  if (body.raw.length < COMPRESSION_THRESHOLD) {
    return reply.send(body.raw);
  }
  varyOnAcceptEncoding(reply);
  const encoding = negotiateEncoding(request);
  if (!encoding) {
    return reply.send(body.raw);
  }
  return reply.header('content-encoding', encoding).send(body.encoded(encoding));
}
