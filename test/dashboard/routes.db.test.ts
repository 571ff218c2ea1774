import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema, networkSchema } from '../../src/contract/dashboard.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { createProgrammeEvent } from '../program/helpers.js';

describe.each(DIALECTS)('dashboard routes on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives the organizer the live figures of an event registered through the API', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${event.id}/registrations`,
      headers: organizer.headers,
      payload: {
        firstName: 'Jürgen',
        lastName: 'Weiß',
        email: 'juergen.weiss@example.org',
        organization: 'Straßenbahn Görlitz GmbH',
        sector: 'mobility',
        sendMail: false,
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/events/${event.id}/dashboard`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const board = dashboardSchema.parse(response.json());
    expect(board.registrations.total).toBe(1);
    expect(board.sectorMix).toEqual([{ sector: 'mobility', count: 1 }]);
  });

  it('answers 404 for an unknown event, 403 to a participant, and the network view to the organizer', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/events/${randomUUID()}/dashboard`,
      headers: organizer.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const participant = await signInParticipant(t);
    const forbidden = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/network',
      headers: participant.headers,
    });
    expect(forbidden.statusCode).toBe(403);
    const network = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/network',
      headers: organizer.headers,
    });
    expect(network.statusCode, network.body).toBe(200);
    expect(networkSchema.parse(network.json()).events.length).toBeGreaterThan(0);
  });
});
