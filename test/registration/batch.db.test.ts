import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { countMails, publishedEvent, register, registrationBody } from './helpers.js';

describe.each(DIALECTS)('registrations arriving together on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeEach(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
    organizer = await t.signInOrganizer();
  });
  afterEach(async () => t.close());

  it('keeps waitlist positions contiguous when duplicates and a closed event share the burst', async () => {
    const event = await publishedEvent(t, organizer, { capacity: 1 });
    const closed = await publishedEvent(t, organizer, { capacity: 5 });
    const closing = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${closed.id}/registration-closed`,
      headers: organizer.headers,
      payload: { closed: true },
    });
    expect(closing.statusCode).toBe(200);
    expect((await register(t, event.slug)).json().status).toBe('pending');
    const twice = registrationBody();
    const bodies = [
      ...Array.from({ length: 6 }, () => registrationBody()),
      twice,
      { ...twice, lastName: 'Nochmal' },
    ];
    const [toClosed, ...results] = await Promise.all([
      register(t, closed.slug),
      ...bodies.map((body) => register(t, event.slug, body)),
    ]);
    expect(toClosed.response.statusCode).toBe(409);
    const statuses = results.map((r) => r.response.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 409]);
    const positions = results
      .filter((r) => r.response.statusCode === 201)
      .map((r) => r.json().waitlistPosition)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await countMails(t, twice.email, 'registration-waitlist')).toBe(1);
    expect(await countMails(t, twice.email, 'registration-link')).toBe(1);
  });
});
