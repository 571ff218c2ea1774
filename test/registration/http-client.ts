import http from 'node:http';

export interface JsonAnswer<T = unknown> {
  status: number;
  body: T;
}

/**
 * A keep-alive HTTP client for bursts: a bounded pool of sockets per client (fetch would open a
 * socket per request, and a thousand handshakes at once cost more than the requests themselves).
 */
export function createBurstClient(maxSockets = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });

  /** POSTs JSON and parses the JSON answer (a transport error becomes status 0). */
  function postJson<T = unknown>(url: string, payload: unknown): Promise<JsonAnswer<T>> {
    const body = JSON.stringify(payload);
    return new Promise((resolve) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            let parsed: unknown = null;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
            resolve({ status: response.statusCode ?? 0, body: parsed as T });
          });
          response.on('error', () => resolve({ status: 0, body: null as T }));
        },
      );
      request.on('error', () => resolve({ status: 0, body: null as T }));
      request.end(body);
    });
  }

  return { postJson, close: () => agent.destroy() };
}
