import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from './build-app.js';
import { DIALECTS } from './db.js';

const RUNS_PER_ROUTE = 40;
const READ_RUNS_PER_ROUTE = 25;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: object } }> } }>
  >;
}

/** The body field names the OpenAPI document declares for a route, so that random bodies hit real fields. */
function bodyKeys(doc: OpenApiDoc, method: string, url: string): string[] {
  const path = url.replace(/:(\w+)/g, '{$1}');
  const operation = doc.paths[path]?.[method.toLowerCase()];
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  return Object.keys(schema?.properties ?? {});
}

const pathValue = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('privacy', 'imprint', '..', '%', '0', 'null', 'a'.repeat(300)),
);

function encodePathValue(value: string): string {
  const encoded = encodeURIComponent(value);
  return encoded === '' ? '_' : encoded;
}

function requestArbitrary(keys: string[]) {
  const fieldValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.string(),
    fc.emailAddress(),
    fc.date().map(String),
  );
  const jsonBody = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    keys.length ? fc.dictionary(fc.constantFrom(...keys), fieldValue) : fc.object({ maxDepth: 2 }),
    fc.dictionary(fc.string({ maxLength: 10 }), fieldValue, { maxKeys: 4 }),
  );
  return fc.record({
    params: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
    query: fc.dictionary(
      fc.oneof(fc.constantFrom('lang', 'limit', 'before', 'q', 'when'), fc.string({ maxLength: 8 })),
      fc.string({ maxLength: 30 }),
      { maxKeys: 3 },
    ),
    body: fc.oneof(
      jsonBody.map((value) => ({ type: 'application/json', payload: JSON.stringify(value) })),
      fc.string({ maxLength: 200 }).map((payload) => ({ type: 'application/json', payload })),
      fc.string({ maxLength: 50 }).map((payload) => ({ type: 'text/plain', payload })),
    ),
  });
}

describe.each(DIALECTS)('random input never gives a 5xx on %s', (dialect) => {
  let t: TestApp;
  let doc: OpenApiDoc;
  const actors: Record<string, Caller> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    actors.anonymous = { headers: {} };
    actors.token = await t.createToken('property');
    actors.session = await t.signInOrganizer();
    doc = (await t.app.inject('/api/v1/openapi.json')).json<OpenApiDoc>();
  });
  afterAll(async () => t.close());

  function writeRoutes(): [string, string][] {
    return t.routes
      .filter((r) => r.url.startsWith('/api/v1') && WRITE_METHODS.has(r.method))
      .map((r) => [r.method, r.url]);
  }

  it('covers the write routes', () => {
    expect(writeRoutes().length).toBeGreaterThanOrEqual(15);
  });

  it('answers every write route with a status below 500 for any body, path and query', async () => {
    for (const [method, url] of writeRoutes()) {
      // An organizer session must survive the run: signing out or deleting itself is tested elsewhere.
      const endsCaller = url === '/api/v1/auth/sign-out' || (method === 'DELETE' && url === '/api/v1/me');
      const names = Object.keys(actors).filter((name) => !(endsCaller && name === 'session'));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...names),
          requestArbitrary(bodyKeys(doc, method, url)),
          async (actor, input) => {
            let index = 0;
            const path = url.replace(/:(\w+)/g, () => encodePathValue(input.params[index++] ?? 'x'));
            const query = new URLSearchParams(input.query).toString();
            const response = await t.app.inject({
              method: method as 'POST',
              url: query ? `${path}?${query}` : path,
              headers: { ...actors[actor]?.headers, 'content-type': input.body.type },
              payload: input.body.payload,
            });
            if (response.statusCode >= 500) {
              throw new Error(`${method} ${path} as ${actor} → ${response.statusCode}: ${response.body}`);
            }
            // Every error is the one JSON error shape with a message.
            if (response.statusCode >= 400) {
              const body = response.json<{ error?: { code?: string; message?: string } }>();
              expect(body.error?.message, response.body).toBeTruthy();
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
  }, 120_000);

  // Write routes got random path values above; this covers the reads.
  it('answers random path values on every read route with a status below 500', async () => {
    const withParams = t.routes.filter(
      (r) => r.url.startsWith('/api/v1') && r.url.includes(':') && r.method === 'GET',
    );
    for (const route of withParams) {
      await fc.assert(
        fc.asyncProperty(fc.array(pathValue, { minLength: 4, maxLength: 4 }), async (params) => {
          let index = 0;
          const path = route.url.replace(/:(\w+)/g, () => encodePathValue(params[index++] ?? 'x'));
          const response = await t.app.inject({
            method: route.method as 'GET',
            url: path,
            headers: actors.token?.headers,
          });
          expect(response.statusCode, `${route.method} ${path}: ${response.body}`).toBeLessThan(500);
        }),
        { numRuns: READ_RUNS_PER_ROUTE },
      );
    }
  }, 60_000);
});
