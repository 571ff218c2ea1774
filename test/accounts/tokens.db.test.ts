import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';

interface TokenView {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function listTokens(): Promise<TokenView[]> {
    const response = await t.app.inject({ url: '/api/v1/admin/tokens', headers: organizer.headers });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/cdt_[A-Za-z0-9_-]{20}/);
    expect(response.body).not.toMatch(/hash/i);
    return response.json<{ tokens: TokenView[] }>().tokens;
  }

  it('creates a token shown once, lists it without the secret, and revokes it at once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/tokens',
      headers: organizer.headers,
      payload: { name: 'Anmeldeexport' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json<TokenView & { token: string }>();
    expect(token.token).toMatch(/^cdt_/);
    expect(token.token.startsWith(token.prefix)).toBe(true);

    const bearer = { authorization: `Bearer ${token.token}` };
    t.clock.advance(1000);
    const used = await t.app.inject({ url: '/api/v1/admin/events', headers: bearer });
    expect(used.statusCode).toBe(200);
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: bearer });
    expect(session.json()).toEqual({ person: null, csrfToken: null, via: 'token' });

    const listed = (await listTokens()).find((x) => x.id === token.id);
    expect(listed).toMatchObject({ name: 'Anmeldeexport', prefix: token.prefix, revokedAt: null });
    expect(listed?.lastUsedAt).toBe(t.clock.now().toISOString());

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/tokens/${token.id}`,
      headers: organizer.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/admin/events', headers: bearer })).statusCode).toBe(401);
    expect((await listTokens()).find((x) => x.id === token.id)?.revokedAt).not.toBeNull();
  });

  it('issues a working token from the command line path', async () => {
    const issued = await t.services.accounts.issueApiToken('crossdialog token create', null);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/events/00000000-0000-4000-8000-000000000000/publish',
      headers: { authorization: `Bearer ${issued.token}` },
    });
    // Through authentication and CSRF (a bearer needs no CSRF token) to the missing event.
    expect(response.statusCode).toBe(404);
    expect((await listTokens()).map((x) => x.name)).toContain('crossdialog token create');
  });

  it('answers 404 for revoking an unknown token and 422 for a nameless one', async () => {
    const unknown = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/tokens/00000000-0000-4000-8000-000000000000',
      headers: organizer.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const nameless = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/tokens',
      headers: organizer.headers,
      payload: { name: '   ' },
    });
    expect(nameless.statusCode).toBe(422);
    expect(nameless.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('name');
  });
});
