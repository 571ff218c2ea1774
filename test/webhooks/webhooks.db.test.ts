import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookDeliveryList, WebhookEndpointWithSecret } from '../../src/contract/webhooks.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { CONFIRM_LINK, linkFromMail, publishedEvent, register } from '../registration/helpers.js';
import { startWebhookReceiver, verifySignature, type WebhookReceiver } from './receiver.js';

const HOUR = 3_600_000;

describe.each(DIALECTS)('webhooks on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller & { personId: string };
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      REGISTRATION_RATE_LIMIT: '0',
      PENDING_REGISTRATIONS_PER_ADDRESS: '0',
      WEBHOOK_TIMEOUT_SECONDS: '3',
    });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Signed in anew for each test: a test that moves the clock by a day ends the session.
    organizer = await t.signInOrganizer();
    await receiver?.close();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => receiver.close());

  async function createEndpoint(body: Record<string, unknown>, caller: Caller = organizer) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: caller.headers,
      payload: { url: receiver.url, ...body },
    });
    expect(response.statusCode, response.body).toBe(201);
    const endpoint = response.json<WebhookEndpointWithSecret>();
    receiver.secrets = [endpoint.secret];
    return endpoint;
  }

  /** Drains until nothing is pending (a busy machine may miss a timeout once), moving the clock on. */
  async function deliverAll() {
    for (let round = 0; round < 5; round += 1) {
      await t.webhooks.drain();
      const pending = await t.database.handle.db
        .selectFrom('webhookDeliveries')
        .select('id')
        .where('status', '=', 'pending')
        .execute();
      if (pending.length === 0) {
        return;
      }
      t.clock.advance(5 * 60_000);
    }
  }

  async function deliveries(endpointId: string) {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/webhooks/${endpointId}/deliveries`,
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json<WebhookDeliveryList>();
  }

  it('sends each registration change of the event signed, with ids and links but no personal data', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const endpoint = await createEndpoint({
      eventId: event.id,
      eventTypes: [
        'registration.created',
        'registration.confirmed',
        'registration.waitlisted',
        'registration.promoted',
        'registration.cancelled',
      ],
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    // Another event's registrations do not reach an endpoint of this event.
    const other = await publishedEvent(t, organizer, { capacity: 5 });
    await register(t, other.slug);

    const first = await register(t, event.slug, { firstName: 'Özlem', lastName: 'Yıldız' });
    const second = await register(t, event.slug);
    expect([first.response.statusCode, second.response.statusCode], first.response.body).toEqual([201, 201]);
    // The opt-in link's secret is also the personal link's.
    const token = await linkFromMail(t, first.email, 'registration-optin', CONFIRM_LINK);
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/v1/my-registration/${token}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    const offer = await linkFromMail(t, second.email, 'registration-offer', CONFIRM_LINK);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registrations/confirm',
      payload: { token: offer },
    });
    expect(confirmed.statusCode).toBe(200);

    await deliverAll();
    // Each message once (a retry after a missed answer repeats its webhook-id); order is not promised.
    const got = [...new Map(receiver.received.map((w) => [w.id, w])).values()];
    const firstId = first.json().id;
    const secondId = second.json().id;
    const byType = (w: (typeof got)[number]) => `${w.payload.type} ${String(w.payload.data.registrationId)}`;
    expect(got.map(byType).sort()).toEqual(
      [
        `registration.created ${firstId}`,
        `registration.created ${secondId}`,
        `registration.waitlisted ${secondId}`,
        `registration.cancelled ${firstId}`,
        `registration.promoted ${secondId}`,
        `registration.confirmed ${secondId}`,
      ].sort(),
    );
    for (const webhook of got) {
      expect(webhook.verifiedWith).toEqual([0]);
      expect(webhook.id).toMatch(/^msg_/);
      expect(webhook.timestamp).toBeLessThanOrEqual(Math.floor(t.clock.now().getTime() / 1000));
      expect(webhook.body).not.toMatch(/Özlem|Yıldız|@example\.org/);
      expect(webhook.payload.data.eventId).toBe(event.id);
    }
    const firstCreated = got.find((w) => byType(w) === `registration.created ${firstId}`)!;
    expect(firstCreated.payload.data.links).toEqual({
      registration: `http://localhost:3000/api/v1/admin/registrations/${firstId}`,
      event: `http://localhost:3000/api/v1/admin/events/${event.id}`,
    });
    // A tampered body fails the receiver's own check: the check is not a formality.
    const sample = firstCreated;
    const tampered = sample.body.replace(firstId, secondId);
    const check = (body: string) =>
      verifySignature(endpoint.secret, sample.id, String(sample.timestamp), body, sample.signatures[0]!);
    expect([check(sample.body), check(tampered)]).toEqual([true, false]);
    const log = await deliveries(endpoint.id);
    expect(log.deliveries).toHaveLength(6);
    expect(log.deliveries.every((d) => d.status === 'succeeded' && d.responseStatus === 204)).toBe(true);
  });

  it('retries after a 500 and after a timeout with back-off, with the same webhook-id', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 5 });
    const endpoint = await createEndpoint({ eventId: event.id, eventTypes: ['registration.created'] });
    receiver.plan = [500, 'hang', 204];
    await register(t, event.slug);

    await t.webhooks.drain();
    let log = await deliveries(endpoint.id);
    expect(log.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500 });
    // Not yet due: nothing is sent before the back-off has passed.
    await t.webhooks.drain();
    expect(receiver.received).toHaveLength(1);

    t.clock.advance(30_000);
    await t.webhooks.drain();
    log = await deliveries(endpoint.id);
    expect(log.deliveries[0]).toMatchObject({ status: 'pending', attempts: 2, responseStatus: null });
    expect(log.deliveries[0]!.lastError).toMatch(/timeout/);

    t.clock.advance(60_000);
    await t.webhooks.drain();
    log = await deliveries(endpoint.id);
    expect(log.deliveries[0]).toMatchObject({ status: 'succeeded', attempts: 3, responseStatus: 204 });
    const ids = receiver.received.map((w) => w.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(receiver.received.every((w) => w.verifiedWith.length === 1)).toBe(true);
  });

  it('signs with the old and the new secret for a day after a rotation, then with the new one', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 5 });
    const endpoint = await createEndpoint({ eventId: event.id, eventTypes: ['registration.created'] });
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/webhooks/${endpoint.id}/rotate-secret`,
      headers: organizer.headers,
    });
    const next = rotated.json<WebhookEndpointWithSecret>();
    expect(next.secret).not.toBe(endpoint.secret);
    expect(next.previousSecretExpiresAt).not.toBeNull();
    receiver.secrets = [endpoint.secret, next.secret];

    await register(t, event.slug);
    await t.webhooks.drain();
    expect(receiver.received[0]!.signatures).toHaveLength(2);
    expect(receiver.received[0]!.verifiedWith).toEqual([0, 1]);

    t.clock.advance(25 * HOUR);
    await register(t, event.slug);
    await t.webhooks.drain();
    expect(receiver.received.at(-1)!.signatures).toHaveLength(1);
    expect(receiver.received.at(-1)!.verifiedWith).toEqual([1]);
  });

  it('pauses an endpoint that fails for a day, tells its organizer, and sends again once resumed', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 5 });
    const token = await t.createToken('crm');
    // An API token registers the endpoint: every organizer is told of the pause then.
    const endpoint = await createEndpoint({ eventId: event.id, eventTypes: ['registration.created'] }, token);
    receiver.fallback = 500;
    await register(t, event.slug);
    let attempts = 0;
    for (let hours = 0; hours <= 25; hours += 0.5) {
      await t.webhooks.drain();
      attempts = receiver.received.length;
      t.clock.advance(HOUR / 2);
    }
    expect(attempts).toBeGreaterThanOrEqual(10);
    organizer = await t.signInOrganizer();
    const log = await deliveries(endpoint.id);
    expect(log.endpoint.status).toBe('paused');
    expect(log.deliveries[0]).toMatchObject({ status: 'failed', responseStatus: 500 });
    // Paused: no further attempts.
    t.clock.advance(HOUR);
    await t.webhooks.drain();
    expect(receiver.received).toHaveLength(attempts);
    const told = await t.database.handle.db
      .selectFrom('outbox')
      .select(['toAddress', 'subject', 'textBody'])
      .where('kind', '=', 'webhook-paused')
      .where('textBody', 'like', `%/admin/webhooks/${endpoint.id}%`)
      .execute();
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told[0]!.subject).toBe('Webhook pausiert: Der Empfänger antwortet nicht');
    expect(told[0]!.textBody).toContain(`/admin/webhooks/${endpoint.id}`);

    const deliveryId = log.deliveries[0]!.id;
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/webhook-deliveries/${deliveryId}/resend`,
      headers: organizer.headers,
    });
    expect(refused.statusCode).toBe(409);
    const resumed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/webhooks/${endpoint.id}`,
      headers: organizer.headers,
      payload: { status: 'active' },
    });
    expect(resumed.json()).toMatchObject({ status: 'active', pausedAt: null });
    receiver.fallback = 200;
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/webhook-deliveries/${deliveryId}/resend`,
      headers: organizer.headers,
    });
    expect(again.statusCode).toBe(202);
    await t.webhooks.drain();
    expect((await deliveries(endpoint.id)).deliveries[0]).toMatchObject({
      status: 'succeeded',
      responseStatus: 200,
    });
    expect(receiver.received.at(-1)!.id).toBe(receiver.received[0]!.id);
  });

  it('refuses bad input with a 422 naming the field, and strangers with 401', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: { ...organizer.headers, 'accept-language': 'en' },
      payload: { url: 'ftp://example.org/x', eventTypes: ['registration.created'] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe('url');
    const noTypes = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: organizer.headers,
      payload: { url: receiver.url, eventTypes: [] },
    });
    expect(noTypes.statusCode).toBe(422);
    const unknownEvent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: organizer.headers,
      payload: {
        url: receiver.url,
        eventId: '0190a000-0000-7000-8000-000000000000',
        eventTypes: ['checkin.created'],
      },
    });
    expect(unknownEvent.statusCode).toBe(422);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks' });
    expect(anonymous.statusCode).toBe(401);
  });
});
