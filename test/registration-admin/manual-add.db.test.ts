import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationAdmin } from '../../src/contract/registration.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { publishedEvent } from '../registration/helpers.js';

describe.each(DIALECTS)('adding a participant by hand on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    ({ id: eventId } = await publishedEvent(t, organizer, { capacity: 1 }));
  });
  afterAll(async () => t.close());

  const add = (body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${eventId}/registrations`,
      headers: { ...organizer.headers, 'accept-language': 'de' },
      payload: { organization: 'Beispiel GmbH', sendMail: false, ...body },
    });

  it('needs a sector chosen: none is set silently', async () => {
    const refused = await add({
      firstName: 'Anna',
      lastName: 'Ohne',
      email: 'anna.ohne@example.org',
      sector: '',
    });
    expect(refused.statusCode).toBe(422);
    const fields = refused.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field)).toEqual(['sector']);
    expect(fields[0]?.message).not.toMatch(/^\.|:$/);
  });

  it('puts the person on the waitlist once the event is full, and refuses a seat offer with no seat free', async () => {
    const first = await add({
      firstName: 'Anna',
      lastName: 'Erste',
      email: 'anna.erste@example.org',
      sector: 'oem',
    });
    expect(first.json<RegistrationAdmin>().status).toBe('confirmed');
    const second = await add({
      firstName: 'Ben',
      lastName: 'Zweiter',
      email: 'ben@example.org',
      sector: 'it',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<RegistrationAdmin>()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const offer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/registrations/${second.json<RegistrationAdmin>().id}/promote`,
      headers: { ...organizer.headers, 'accept-language': 'de' },
    });
    expect(offer.statusCode).toBe(409);
    expect(offer.json()).toMatchObject({
      error: { code: 'no_seat_free', message: expect.stringContaining('Es ist kein Platz frei.') as string },
    });
  });
});
