import crypto from 'node:crypto';
import http from 'node:http';

/** One request as the receiver saw it, with the outcome of its own signature check. */
export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Which of the receiver's secrets produced a matching signature (indexes into `secrets`). */
  verifiedWith: number[];
}

/** What the receiver answers to a request: a status, or `hang` (never answer; a timeout). */
export type Behaviour = number | 'hang';

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Secrets to check signatures against (set after the endpoint is created or rotated). */
  secrets: string[];
  /** Answers for the next requests in order; when empty, `fallback`. */
  plan: Behaviour[];
  fallback: Behaviour;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/**
 * Verifies a Standard Webhooks signature independently of the app's code: HMAC-SHA256 with the
 * base64-decoded key after "whsec_" over "id.timestamp.body", compared in constant time.
 */
export function verifySignature(
  secret: string,
  id: string,
  timestamp: string,
  body: string,
  signature: string,
) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = crypto.createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest();
  const [version, value] = signature.split(',');
  if (version !== 'v1' || !value) {
    return false;
  }
  const given = Buffer.from(value, 'base64');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** A real HTTP server on a free loopback port that records, verifies and answers webhook requests. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const hanging = new Set<http.ServerResponse>();
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    secrets: [],
    plan: [],
    fallback: 204,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (receiver.received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`receiver got ${receiver.received.length} of ${count} webhooks`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return receiver.received;
    },
    close: async () => {
      for (const res of hanging) {
        res.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers['webhook-id'] ?? '');
      const timestamp = String(req.headers['webhook-timestamp'] ?? '');
      const signatures = String(req.headers['webhook-signature'] ?? '')
        .split(' ')
        .filter(Boolean);
      const verifiedWith = receiver.secrets.flatMap((secret, index) =>
        signatures.some((s) => verifySignature(secret, id, timestamp, body, s)) ? [index] : [],
      );
      receiver.received.push({
        id,
        timestamp: Number(timestamp),
        signatures,
        body,
        payload: JSON.parse(body) as ReceivedWebhook['payload'],
        verifiedWith,
      });
      const behaviour = receiver.plan.shift() ?? receiver.fallback;
      if (behaviour === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(behaviour).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks`;
  return receiver;
}
