import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';

// Path segments that carry a secret: personal registration links (and their ticket files), survey
// links, organizer invitations, island host lists, calendar feeds.
const SECRET_AFTER = /\/(my-registration|survey|invite|invites|island-hosts|host|agenda)\/([^/?#]+)/g;
// Query parameters that carry a secret: sign-in and confirmation links, moderator keys.
const SECRET_PARAMS = new Set(['token', 'key', 'secret', 'code_verifier', 'access_token']);
// Any segment shaped like one of our tokens (32 random bytes in base64url: 43 characters), wherever it is.
const TOKEN_SHAPED = /(?<=\/)[A-Za-z0-9_-]{40,}(?=[/.?#]|$)/g;

/** The URL with every secret path segment and query value replaced by "[redacted]" (for logs). */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : withoutHash.slice(queryAt + 1);
  const safePath = path
    .replace(SECRET_AFTER, (_match, prefix: string, segment: string) => {
      // Keep the file extension of a ticket or feed (".ics"), so the log still says what was fetched.
      const ext = /\.(ics|svg|pdf)$/.exec(segment)?.[0] ?? '';
      return `/${prefix}/${REDACTED}${ext}`;
    })
    .replace(TOKEN_SHAPED, REDACTED);
  if (!query) {
    return safePath;
  }
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = decodeSafely(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase();
      return SECRET_PARAMS.has(name) && eq !== -1 ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * pino serializers for Fastify's logger: the request is logged with its URL redacted and without
 * headers (cookies, bearer tokens); nothing else of the request reaches the log.
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      hostname: request.hostname,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
};
