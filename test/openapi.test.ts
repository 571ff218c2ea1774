import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../src/contract/webhooks.js';
import { createTestApp, type TestApp } from './build-app.js';
import { DIALECTS } from './db.js';

interface Operation {
  summary?: string;
  security?: unknown;
}
interface WebhookDoc {
  post: {
    parameters: { name: string }[];
    requestBody: {
      content: { 'application/json': { schema: { properties: { data: { properties: object } } } } };
    };
  };
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

describe.each(DIALECTS)('API description and probes on %s', (dialect) => {
  let t: TestApp;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const response = await t.app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    doc = response.json<OpenApiDoc>();
  });
  afterAll(async () => t.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists the public and the organizer event routes', () => {
    expect(Object.keys(doc.paths['/api/v1/events'] ?? {})).toContain('get');
    expect(Object.keys(doc.paths['/api/v1/events/{slug}'] ?? {})).toContain('get');
    expect(Object.keys(doc.paths['/api/v1/admin/events'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(Object.keys(doc.paths['/api/v1/admin/events/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
    expect(doc.paths['/api/v1/admin/outbox']?.get).toBeDefined();
  });

  it('documents the payload of every webhook type with ids and links, and the signature headers', () => {
    const webhooks = (doc as unknown as { webhooks: Record<string, WebhookDoc> }).webhooks;
    expect(Object.keys(webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const created = webhooks['registration.created']!.post;
    expect(created.parameters.map((p) => p.name)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
    ]);
    const schema = created.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties.data.properties).sort()).toEqual([
      'eventId',
      'links',
      'registrationId',
      'status',
    ]);
  });

  it('describes every operation with a summary and every registered API route', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
    const withoutSummary = operations.filter(({ op }) => !op.summary?.trim()).map(({ key }) => key);
    expect(withoutSummary).toEqual([]);

    const documented = new Set(operations.map(({ key }) => key));
    const missing = t.routes
      .filter((r) => r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });

  it('serves the interactive documentation', async () => {
    const page = await t.app.inject('/api/docs');
    const final = page.statusCode === 302 ? await t.app.inject(page.headers.location!) : page;
    expect(final.statusCode).toBe(200);
    expect(final.headers['content-type']).toContain('text/html');
    expect(final.body).toContain('swagger');
  });

  it('answers the liveness and readiness probes', async () => {
    const health = await t.app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });
});
