import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/**
 * Whom X-Forwarded-For and X-Forwarded-Proto are believed from. `false`: nobody (clients connect
 * directly). `hops`: that many proxies in front of us; the address the outermost of them saw is the
 * client, whatever a client wrote further left. `addresses`: only peers with these addresses or CIDR
 * blocks (or proxy-addr's names loopback, linklocal, uniquelocal) are proxies.
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] };

/** True for an address that only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1'
  );
}

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrBlock(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) {
    return true;
  }
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY from the environment: false/0, true (one proxy), a number of proxies, or addresses. */
export const trustProxySchema = z
  .string()
  .default('false')
  .transform((raw, ctx): TrustProxy => {
    const value = raw.trim().toLowerCase();
    if (['', '0', 'false', 'no'].includes(value)) {
      return false;
    }
    // `true` used to trust every hop, so a client could prepend any address; now it means one proxy.
    if (['1', 'true', 'yes'].includes(value)) {
      return { hops: 1 };
    }
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) {
        ctx.addIssue({ code: 'custom', message: 'at most 10 proxies' });
        return z.NEVER;
      }
      return { hops };
    }
    const addresses = value.split(',').map((entry) => entry.trim());
    if (!addresses.every(isAddressOrBlock)) {
      ctx.addIssue({
        code: 'custom',
        message: 'false, true, a number of proxies, or comma-separated proxy addresses / CIDR blocks',
      });
      return z.NEVER;
    }
    return { addresses };
  });

/** Fastify's trustProxy option for the setting (a hop count as a function: Fastify 5 ignores numbers). */
export function fastifyTrustProxy(
  setting: TrustProxy,
): boolean | string | ((address: string, hop: number) => boolean) {
  if (setting === false) {
    return false;
  }
  if ('hops' in setting) {
    const { hops } = setting;
    return (_address, hop) => hop < hops;
  }
  return setting.addresses.join(',');
}

/**
 * Whether a cookie set in answer to this request gets the Secure flag: when the request came over
 * https (directly, or by X-Forwarded-Proto of a trusted proxy), when PUBLIC_URL is https, and in
 * production for every host but loopback unless PUBLIC_URL says plain http: behind a TLS proxy with
 * default settings the app sees http, yet the browser talks https.
 */
export function isSecureCookieRequest(
  request: Pick<FastifyRequest, 'protocol' | 'hostname'>,
  config: { PUBLIC_URL?: string | undefined; NODE_ENV: string },
): boolean {
  if (request.protocol === 'https' || config.PUBLIC_URL?.startsWith('https://')) {
    return true;
  }
  if (config.NODE_ENV !== 'production' || config.PUBLIC_URL?.startsWith('http://')) {
    return false;
  }
  return !isLoopbackHost(request.hostname);
}
