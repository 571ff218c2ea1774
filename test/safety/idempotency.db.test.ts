import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { publishedEvent, registrationBody } from '../registration/helpers.js';

/**
 * Issue 14, low finding: anonymous callers shared one Idempotency-Key scope and the body was not
 * compared, so someone else's key replayed someone else's answer.
 */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let organizer: Caller;
  let slug: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', {
      REGISTRATION_RATE_LIMIT: '0',
      PENDING_REGISTRATIONS_PER_ADDRESS: '0',
    });
    organizer = await t.signInOrganizer();
    slug = (await publishedEvent(t, organizer)).slug;
  });
  afterAll(async () => {
    await t.close();
  });

  function register(body: object, key: string, remoteAddress: string, locale = 'de') {
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/events/${slug}/registrations`,
      remoteAddress,
      headers: { 'idempotency-key': key, 'accept-language': locale },
      payload: body,
    });
  }

  it("never hands one visitor's stored answer to another who sends the same key", async () => {
    const key = 'geteilter-schluessel-0001';
    const anna = await register(registrationBody({ firstName: 'Anna' }), key, '192.0.2.10');
    expect(anna.statusCode, anna.body).toBe(201);
    const bernd = await register(registrationBody({ firstName: 'Bernd' }), key, '198.51.100.20');
    expect(bernd.statusCode, bernd.body).toBe(201);
    expect(bernd.headers['idempotent-replayed']).toBeUndefined();
    expect(bernd.json<{ id: string }>().id).not.toBe(anna.json<{ id: string }>().id);
    expect(bernd.body).not.toContain(anna.json<{ id: string }>().id);
  });

  it('replays the answer to a repeat with the same body, and refuses the key with another body', async () => {
    const key = 'wiederholung-0002';
    const body = registrationBody();
    const first = await register(body, key, '192.0.2.30');
    expect(first.statusCode, first.body).toBe(201);
    const repeat = await register(body, key, '192.0.2.30');
    expect(repeat.statusCode).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toBe(first.body);

    const other = await register(registrationBody(), key, '192.0.2.30', 'en');
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [
          {
            field: 'idempotency-key',
            message: 'This Idempotency-Key was already used for a different request. Please send a new key.',
          },
        ],
      },
    });
    const german = await register(registrationBody(), key, '192.0.2.30');
    expect(german.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message).toContain(
      'bereits für eine andere Anfrage',
    );
  });
});
