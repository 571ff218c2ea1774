import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from './build-app.js';
import { DIALECTS } from './db.js';
import { nextRemoteAddress, signInParticipant } from './people.js';

type Access = 'public' | 'person' | 'organizer';

/**
 * Who may call every /api/v1 route. A new route fails this test until it is added here, so that
 * nobody ships a route whose access was never looked at.
 */
const ACCESS: Record<string, Access> = {
  'GET /api/v1/openapi.json': 'public',
  'GET /api/v1/events': 'public',
  'GET /api/v1/events/:slug': 'public',
  'GET /api/v1/admin/events': 'organizer',
  'POST /api/v1/admin/events': 'organizer',
  'GET /api/v1/admin/events/:id': 'organizer',
  'PATCH /api/v1/admin/events/:id': 'organizer',
  'POST /api/v1/admin/events/:id/publish': 'organizer',
  'POST /api/v1/admin/events/:id/unpublish': 'organizer',
  'POST /api/v1/admin/events/:id/archive': 'organizer',
  'POST /api/v1/admin/events/:id/duplicate': 'organizer',
  'GET /api/v1/auth/session': 'public',
  'POST /api/v1/auth/sign-in': 'public',
  'POST /api/v1/auth/sign-out': 'person',
  'POST /api/v1/auth/magic-link': 'public',
  'POST /api/v1/auth/magic-link/consume': 'public',
  'GET /api/v1/auth/invites/:token': 'public',
  'POST /api/v1/auth/invites/accept': 'public',
  'PUT /api/v1/me/locale': 'public',
  'GET /api/v1/me/export': 'person',
  'DELETE /api/v1/me': 'person',
  'GET /api/v1/admin/organizers': 'organizer',
  'POST /api/v1/admin/organizers/invites': 'organizer',
  'GET /api/v1/admin/tokens': 'organizer',
  'POST /api/v1/admin/tokens': 'organizer',
  'DELETE /api/v1/admin/tokens/:id': 'organizer',
  'GET /api/v1/pages/:key': 'public',
  'PUT /api/v1/admin/pages/:key': 'organizer',
  'GET /api/v1/branding': 'public',
  'GET /api/v1/branding/logo': 'public',
  'GET /api/v1/admin/branding': 'organizer',
  'PUT /api/v1/admin/branding': 'organizer',
  'PUT /api/v1/admin/branding/logo': 'organizer',
  'DELETE /api/v1/admin/branding/logo': 'organizer',
  'GET /api/v1/admin/people': 'organizer',
  'DELETE /api/v1/admin/people/:id': 'organizer',
  'GET /api/v1/admin/outbox': 'organizer',
  'GET /api/v1/admin/thesaurus': 'organizer',
  'GET /api/v1/admin/events/:id/thesaurus': 'organizer',
  'PUT /api/v1/admin/events/:id/thesaurus': 'organizer',
  'GET /api/v1/admin/registrations/:id/mails': 'organizer',
  // Webhooks: endpoints, their delivery log and "send again" (organizers and API tokens).
  'GET /api/v1/admin/webhooks': 'organizer',
  'POST /api/v1/admin/webhooks': 'organizer',
  'PATCH /api/v1/admin/webhooks/:id': 'organizer',
  'DELETE /api/v1/admin/webhooks/:id': 'organizer',
  'POST /api/v1/admin/webhooks/:id/rotate-secret': 'organizer',
  'GET /api/v1/admin/webhooks/:id/deliveries': 'organizer',
  'POST /api/v1/admin/webhook-deliveries/:id/resend': 'organizer',
  // Registration: the public form, and the personal link (its secret token is the capability).
  'GET /api/v1/events/:slug/registration-form': 'public',
  'POST /api/v1/events/:slug/registrations': 'public',
  'POST /api/v1/registrations/confirm': 'public',
  'GET /api/v1/my-registration/:token': 'public',
  'PATCH /api/v1/my-registration/:token': 'public',
  'POST /api/v1/my-registration/:token/cancel': 'public',
  'POST /api/v1/my-registration/:token/reconfirm': 'public',
  'POST /api/v1/my-registration/:token/extend-offer': 'public',
  'GET /api/v1/my-registration/:token/export': 'public',
  'GET /api/v1/my-registration/:token/ticket.ics': 'public',
  'GET /api/v1/my-registration/:token/ticket.svg': 'public',
  'POST /api/v1/admin/events/:id/registrations': 'organizer',
  'GET /api/v1/admin/events/:id/registrations': 'organizer',
  'GET /api/v1/admin/events/:id/registrations/counters': 'organizer',
  'GET /api/v1/admin/events/:id/registrations/export.csv': 'organizer',
  'GET /api/v1/admin/events/:id/registrations/export.xlsx': 'organizer',
  'GET /api/v1/admin/registrations/:id': 'organizer',
  'PATCH /api/v1/admin/registrations/:id': 'organizer',
  'POST /api/v1/admin/registrations/:id/cancel': 'organizer',
  'POST /api/v1/admin/registrations/:id/promote': 'organizer',
  'POST /api/v1/admin/registrations/:id/resend': 'organizer',
  'PUT /api/v1/admin/events/:id/registration-closed': 'organizer',
  'GET /api/v1/admin/events/:id/registration-settings': 'organizer',
  'PUT /api/v1/admin/events/:id/registration-settings': 'organizer',
  // Check-in and badges at the door.
  'POST /api/v1/admin/events/:id/checkins': 'organizer',
  'POST /api/v1/admin/events/:id/checkins/batch': 'organizer',
  'GET /api/v1/admin/events/:id/checkin-search': 'organizer',
  'GET /api/v1/admin/events/:id/badges.pdf': 'organizer',
  // Programme: the organizer's editor, the public timetable, "Mein Programm" and its secret feed.
  'GET /api/v1/admin/events/:id/sessions': 'organizer',
  'POST /api/v1/admin/events/:id/sessions': 'organizer',
  'PUT /api/v1/admin/sessions/:id': 'organizer',
  'DELETE /api/v1/admin/sessions/:id': 'organizer',
  'GET /api/v1/admin/events/:id/speakers': 'organizer',
  'POST /api/v1/admin/events/:id/speakers': 'organizer',
  'PUT /api/v1/admin/speakers/:id': 'organizer',
  'DELETE /api/v1/admin/speakers/:id': 'organizer',
  'GET /api/v1/admin/events/:id/programme-conflicts': 'organizer',
  'GET /api/v1/events/:slug/programme': 'public',
  'GET /api/v1/me/agenda': 'person',
  'PUT /api/v1/me/agenda/:sessionId': 'person',
  'DELETE /api/v1/me/agenda/:sessionId': 'person',
  'GET /api/v1/me/agenda-feed': 'person',
  'POST /api/v1/me/agenda-feed': 'person',
  'GET /api/v1/agenda/:feedToken.ics': 'public',
  // Conversation islands: the organizer's editor and assignment, participants' preferences (signed in
  // or behind the personal link), hosts' lists behind their own link, the public hall plan.
  'GET /api/v1/admin/events/:id/islands': 'organizer',
  'POST /api/v1/admin/events/:id/islands': 'organizer',
  'POST /api/v1/admin/events/:id/islands/defaults': 'organizer',
  'PUT /api/v1/admin/islands/:id': 'organizer',
  'DELETE /api/v1/admin/islands/:id': 'organizer',
  'PUT /api/v1/admin/events/:id/island-settings': 'organizer',
  'GET /api/v1/admin/events/:id/island-host-candidates': 'organizer',
  'POST /api/v1/admin/islands/:id/hosts': 'organizer',
  'DELETE /api/v1/admin/island-hosts/:id': 'organizer',
  'POST /api/v1/admin/island-hosts/:id/link': 'organizer',
  'GET /api/v1/admin/islands/:id/host-list': 'organizer',
  'GET /api/v1/admin/events/:id/island-assignment': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/move': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/run': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/lock': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/unlock': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/publish': 'organizer',
  'POST /api/v1/admin/events/:id/island-assignment/sync': 'organizer',
  'GET /api/v1/events/:slug/islands': 'public',
  'GET /api/v1/events/:slug/island-plan': 'public',
  'GET /api/v1/island-hosts/:token/list': 'public',
  'GET /api/v1/me/events/:slug/islands': 'person',
  'PUT /api/v1/me/events/:slug/island-preferences': 'person',
  'PUT /api/v1/me/events/:slug/island-waitlist': 'person',
  'GET /api/v1/me/events': 'person',
  // Public on purpose: the event page asks it for every visitor and gets { registration: null } unless signed in.
  'GET /api/v1/me/events/:slug': 'public',
  'GET /api/v1/me/events/:slug/ticket.svg': 'person',
  'GET /api/v1/my-registration/:token/islands': 'public',
  'PUT /api/v1/my-registration/:token/island-preferences': 'public',
  'PUT /api/v1/my-registration/:token/island-waitlist': 'public',
  // Networking: profiles, directory, recommendations (confirmed participants and organizers), blocks.
  'GET /api/v1/events/:slug/networking': 'person',
  'PUT /api/v1/events/:slug/networking/profile': 'person',
  'DELETE /api/v1/events/:slug/networking/profile': 'person',
  'GET /api/v1/events/:slug/networking/directory': 'person',
  'GET /api/v1/events/:slug/networking/people/:personId': 'person',
  'GET /api/v1/events/:slug/networking/recommendations': 'person',
  'GET /api/v1/me/blocks': 'person',
  'PUT /api/v1/me/blocks/:personId': 'person',
  'DELETE /api/v1/me/blocks/:personId': 'person',
  'GET /api/v1/admin/events/:id/competences': 'organizer',
  'PUT /api/v1/admin/events/:id/competences': 'organizer',
  'GET /api/v1/live': 'public',
  // Live Q&A and polls: the audience's and the moderators' routes are public by declaration and check
  // per session (guests only where allowed; moderators are organizers or holders of the moderator link).
  'GET /api/v1/live/join/:code': 'public',
  'GET /api/v1/sessions/:id/live': 'public',
  'GET /api/v1/sessions/:id/questions': 'public',
  'POST /api/v1/sessions/:id/questions': 'public',
  'PUT /api/v1/questions/:id/vote': 'public',
  'DELETE /api/v1/questions/:id/vote': 'public',
  'POST /api/v1/sessions/:id/moderator-access': 'public',
  'GET /api/v1/sessions/:id/moderation': 'public',
  'POST /api/v1/questions/:id/moderation': 'public',
  'PATCH /api/v1/questions/:id': 'public',
  'POST /api/v1/questions/:id/merge': 'public',
  'POST /api/v1/questions/:id/block-author': 'public',
  'DELETE /api/v1/sessions/:id/blocks/:blockId': 'public',
  'GET /api/v1/sessions/:id/polls': 'public',
  'POST /api/v1/polls/:id/votes': 'public',
  'GET /api/v1/sessions/:id/moderation/polls': 'public',
  'POST /api/v1/sessions/:id/polls': 'public',
  'PUT /api/v1/polls/:id': 'public',
  'DELETE /api/v1/polls/:id': 'public',
  'POST /api/v1/polls/:id/state': 'public',
  'PUT /api/v1/sessions/:id/screen': 'public',
  'GET /api/v1/admin/sessions/:id/live-settings': 'organizer',
  'PUT /api/v1/admin/sessions/:id/live-settings': 'organizer',
  'POST /api/v1/admin/sessions/:id/join-code': 'organizer',
  'POST /api/v1/admin/sessions/:id/moderator-link': 'organizer',
  'GET /api/v1/admin/sessions/:id/questions.csv': 'organizer',
  'GET /api/v1/admin/sessions/:id/poll-results.csv': 'organizer',
  // 1:1 meetings: the two people's own requests and meetings; the organizer's set-up, runs and plan.
  'GET /api/v1/events/:slug/meetings/mine': 'person',
  'GET /api/v1/events/:slug/meetings/with/:personId': 'person',
  'POST /api/v1/events/:slug/meetings': 'person',
  'POST /api/v1/meetings/:id/accept': 'person',
  'POST /api/v1/meetings/:id/decline': 'person',
  'POST /api/v1/meetings/:id/cancel': 'person',
  'GET /api/v1/meetings/:id/slot-options': 'person',
  'PUT /api/v1/meetings/:id/slot': 'person',
  'GET /api/v1/events/:slug/meetings/availability': 'person',
  'PUT /api/v1/events/:slug/meetings/availability/:slotId': 'person',
  'DELETE /api/v1/events/:slug/meetings/availability/:slotId': 'person',
  'GET /api/v1/me/meeting-notices': 'person',
  'POST /api/v1/me/meeting-notices/read': 'person',
  'GET /api/v1/admin/events/:id/meetings/setup': 'organizer',
  'PUT /api/v1/admin/events/:id/meetings/settings': 'organizer',
  'PUT /api/v1/admin/events/:id/meetings/blocks/:sessionId': 'organizer',
  'POST /api/v1/admin/events/:id/meetings/tables': 'organizer',
  'PUT /api/v1/admin/meeting-tables/:id': 'organizer',
  'DELETE /api/v1/admin/meeting-tables/:id': 'organizer',
  'GET /api/v1/admin/events/:id/meetings/overview': 'organizer',
  'POST /api/v1/admin/events/:id/meetings/runs': 'organizer',
  'GET /api/v1/admin/meeting-runs/:id': 'organizer',
  'POST /api/v1/admin/meeting-runs/:id/publish': 'organizer',
  'GET /api/v1/admin/events/:id/meetings/plan': 'organizer',
  'GET /api/v1/admin/events/:id/retrospective': 'organizer',
  'PUT /api/v1/admin/events/:id/retrospective': 'organizer',
  'GET /api/v1/admin/events/:id/retrospective/preview': 'organizer',
  'POST /api/v1/admin/events/:id/retrospective/publish': 'organizer',
  'POST /api/v1/admin/events/:id/retrospective/unpublish': 'organizer',
  'POST /api/v1/admin/events/:id/retrospective/discard-draft': 'organizer',
  'POST /api/v1/admin/events/:id/retrospective/photos': 'organizer',
  'PUT /api/v1/admin/events/:id/retrospective/photos/order': 'organizer',
  'PUT /api/v1/admin/retrospective-photos/:id': 'organizer',
  'DELETE /api/v1/admin/retrospective-photos/:id': 'organizer',
  'GET /api/v1/events/:slug/retrospective': 'public',
  'GET /api/v1/retrospective-photos/:id': 'public',
  'GET /api/v1/survey/:token': 'public',
  'POST /api/v1/survey/:token': 'public',
  'GET /api/v1/admin/events/:id/survey': 'organizer',
  'PUT /api/v1/admin/events/:id/survey/settings': 'organizer',
  'GET /api/v1/admin/events/:id/dashboard': 'organizer',
  'GET /api/v1/admin/network': 'organizer',
  // The project board: ideas, interest in roles, consortia, suggestions; organizers nudge.
  'GET /api/v1/events/:slug/ideas': 'person',
  'POST /api/v1/events/:slug/ideas': 'person',
  'GET /api/v1/events/:slug/idea-suggestions': 'person',
  'GET /api/v1/ideas/:id': 'person',
  'PUT /api/v1/ideas/:id': 'person',
  'DELETE /api/v1/ideas/:id': 'person',
  'GET /api/v1/ideas/:id/suggestions': 'person',
  'GET /api/v1/ideas/:id/export.pdf': 'person',
  'PUT /api/v1/idea-roles/:id/interest': 'person',
  'DELETE /api/v1/idea-roles/:id/interest': 'person',
  'POST /api/v1/idea-interests/:id/accept': 'person',
  'POST /api/v1/idea-interests/:id/decline': 'person',
  'GET /api/v1/admin/events/:id/ideas': 'organizer',
  'POST /api/v1/admin/idea-roles/:id/nudge': 'organizer',
};

/** Person routes whose sample resource does not exist: past the access check they answer this, not 200. */
const PERSON_STATUS: Record<string, number> = {
  'PUT /api/v1/me/agenda/:sessionId': 404,
  'GET /api/v1/me/events/:slug/islands': 404,
  'PUT /api/v1/me/events/:slug/island-preferences': 422,
  'PUT /api/v1/me/events/:slug/island-waitlist': 422,
  'GET /api/v1/events/:slug/networking': 404,
  'PUT /api/v1/events/:slug/networking/profile': 422,
  'DELETE /api/v1/events/:slug/networking/profile': 404,
  'GET /api/v1/events/:slug/networking/directory': 404,
  'GET /api/v1/events/:slug/networking/people/:personId': 404,
  'GET /api/v1/events/:slug/networking/recommendations': 404,
  'GET /api/v1/events/:slug/meetings/mine': 404,
  'GET /api/v1/events/:slug/meetings/with/:personId': 404,
  'POST /api/v1/events/:slug/meetings': 422,
  'POST /api/v1/meetings/:id/accept': 404,
  'POST /api/v1/meetings/:id/decline': 404,
  'POST /api/v1/meetings/:id/cancel': 404,
  'GET /api/v1/meetings/:id/slot-options': 404,
  'PUT /api/v1/meetings/:id/slot': 422,
  'GET /api/v1/events/:slug/meetings/availability': 404,
  'PUT /api/v1/events/:slug/meetings/availability/:slotId': 404,
  'DELETE /api/v1/events/:slug/meetings/availability/:slotId': 404,
  'GET /api/v1/me/events/:slug/ticket.svg': 404,
  'GET /api/v1/events/:slug/ideas': 404,
  'POST /api/v1/events/:slug/ideas': 422,
  'GET /api/v1/events/:slug/idea-suggestions': 404,
  'GET /api/v1/ideas/:id': 404,
  'PUT /api/v1/ideas/:id': 422,
  'DELETE /api/v1/ideas/:id': 404,
  'GET /api/v1/ideas/:id/suggestions': 404,
  'GET /api/v1/ideas/:id/export.pdf': 404,
  'PUT /api/v1/idea-roles/:id/interest': 404,
  'DELETE /api/v1/idea-roles/:id/interest': 404,
  'POST /api/v1/idea-interests/:id/accept': 404,
  'POST /api/v1/idea-interests/:id/decline': 404,
};

/** Plausible values for path parameters; the resource need not exist, only the access check matters. */
const PARAM_VALUES: Record<string, () => string> = {
  id: () => randomUUID(),
  slug: () => 'keine-solche-veranstaltung',
  key: () => 'privacy',
  token: () => 'x'.repeat(32),
  sessionId: () => randomUUID(),
  personId: () => randomUUID(),
  feedToken: () => 'y'.repeat(43),
  code: () => 'ABCDEF',
  blockId: () => randomUUID(),
  slotId: () => randomUUID(),
};

function fillPath(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = PARAM_VALUES[name];
    if (!value) {
      throw new Error(`authz test: no sample value for path parameter :${name} (add one to PARAM_VALUES)`);
    }
    return value();
  });
}

function entriesWith(access: Access): [string, string][] {
  return Object.entries(ACCESS)
    .filter(([, level]) => level === access)
    .map(([key]) => key.split(' ') as [string, string]);
}

describe.each(DIALECTS)('authorization of every route on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let token: Caller;
  let participant: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    token = await t.createToken('authz');
    participant = await signInParticipant(t);
  });
  afterAll(async () => t.close());

  async function call(method: string, url: string, caller?: Caller, extra: Record<string, string> = {}) {
    const write = method !== 'GET';
    return t.app.inject({
      method: method as 'GET',
      url: fillPath(url),
      remoteAddress: nextRemoteAddress(),
      headers: { ...caller?.headers, ...extra },
      ...(write ? { payload: {} } : {}),
    });
  }

  it('has an entry for every registered /api/v1 route and no entry without a route', () => {
    const registered = t.routes
      .filter((r) => r.url.startsWith('/api/v1'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual(Object.keys(ACCESS).sort());
  });

  it('admits on each route exactly the callers its table entry says (declared config.access)', () => {
    for (const route of t.routes.filter((r) => r.url.startsWith('/api/v1'))) {
      const key = `${route.method} ${route.url}`;
      // The OpenAPI document is the one route that needs no declaration (it is public by nature).
      const declared = route.access ?? (key === 'GET /api/v1/openapi.json' ? 'public' : undefined);
      expect(declared, key).toBe(ACCESS[key]);
    }
  });

  it.each(entriesWith('organizer'))(
    '%s %s: anonymous 401, participant 403, organizer and token pass',
    async (method, url) => {
      const anonymous = await call(method, url);
      expect(anonymous.statusCode, anonymous.body).toBe(401);
      expect(anonymous.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');

      const byParticipant = await call(method, url, participant);
      expect(byParticipant.statusCode, byParticipant.body).toBe(403);
      expect(byParticipant.json<{ error: { code: string } }>().error.code).toBe('forbidden');

      for (const caller of [organizer, token]) {
        const response = await call(method, url, caller);
        expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(response.statusCode);
        expect(response.statusCode).toBeLessThan(500);
      }
    },
  );

  it.each(entriesWith('person'))(
    '%s %s: anonymous 401, a signed-in participant passes',
    async (method, url) => {
      const anonymous = await call(method, url);
      expect(anonymous.statusCode, anonymous.body).toBe(401);
      // A fresh participant: these routes may end the session or the account.
      const fresh = await signInParticipant(t);
      const response = await call(method, url, fresh);
      expect(response.statusCode, response.body).toBe(PERSON_STATUS[`${method} ${url}`] ?? 200);
    },
  );

  it.each(entriesWith('public'))('%s %s: anonymous is neither 401 nor 403', async (method, url) => {
    const response = await call(method, url);
    expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(response.statusCode);
    expect(response.statusCode).toBeLessThan(500);
  });

  it('refuses a revoked token and an unknown one, even on public routes', async () => {
    const issued = await t.services.accounts.issueApiToken('revoke-me', null);
    const bearer = { authorization: `Bearer ${issued.token}` };
    expect((await call('GET', '/api/v1/admin/events', { headers: bearer })).statusCode).toBe(200);

    const revoke = await call('DELETE', `/api/v1/admin/tokens/${issued.id}`, organizer);
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect((await call('GET', '/api/v1/admin/events', { headers: bearer })).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/events', { headers: bearer })).statusCode).toBe(401);
    const unknown = { headers: { authorization: 'Bearer cdt_not-a-real-token' } };
    expect((await call('GET', '/api/v1/admin/events', unknown)).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF header, or with a wrong one', async () => {
    const { 'x-csrf-token': _csrf, ...cookieOnly } = organizer.headers;
    for (const headers of [cookieOnly, { ...cookieOnly, 'x-csrf-token': 'falsch' }]) {
      const response = await call('POST', '/api/v1/admin/tokens', { headers });
      expect(response.statusCode).toBe(403);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('csrf_failed');
    }
    const listed = await call('GET', '/api/v1/admin/tokens', { headers: cookieOnly });
    expect(listed.statusCode, 'reads need no CSRF header').toBe(200);
  });

  it('refuses an anonymous write sent from another site (login CSRF)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextRemoteAddress(),
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { email: 'organizer1@example.org', password: 'Testorganisation-Sachsen-2020' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('csrf_failed');
    expect(response.cookies.find((c) => c.name === 'cd_session')).toBeUndefined();
  });
});
