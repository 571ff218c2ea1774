import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationCounters } from '../../src/contract/registration.js';
import type { RegistrationList } from '../../src/contract/registration-admin.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createPublishedEvent, insertRegistration, readRegistration } from './factories.js';

describe.each(DIALECTS)('organizer registration list on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let eventId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    ({ id: eventId } = await createPublishedEvent(t, organizer, { capacity: 4 }));
    const at = (minute: number) => `2026-11-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
    const add = async (key: string, values: Parameters<typeof insertRegistration>[2]) => {
      ids[key] = (await insertRegistration(t, eventId, values)).id;
    };
    await add('mueller', {
      firstName: 'Jörg',
      lastName: 'Müller',
      organization: 'Gläserne Manufaktur',
      sector: 'oem',
      requestedAt: at(1),
      checkedInAt: at(50),
      checkInCount: 1,
    });
    await add('schmidt', {
      firstName: 'Anna',
      lastName: 'Schmidt',
      email: 'anna.schmidt@zulieferer.example.org',
      organization: 'Zulieferer AG',
      sector: 'supplier',
      status: 'pending',
      requestedAt: at(2),
    });
    await add('adler', {
      firstName: 'Ben',
      lastName: 'Adler',
      organization: 'TU Dresden',
      sector: 'research',
      requestedAt: at(3),
    });
    await add('wait2', { lastName: 'Zeisig', status: 'waitlisted', waitlistNumber: 7, requestedAt: at(4) });
    await add('wait1', { lastName: 'Yilmaz', status: 'waitlisted', waitlistNumber: 3, requestedAt: at(5) });
    await add('gone', { lastName: 'Storniert', status: 'cancelled', requestedAt: at(6) });
    await add('guest', { lastName: 'Gast', isGuest: 1, requestedAt: at(7) });
  });
  afterAll(async () => t.close());

  async function list(query = ''): Promise<RegistrationList> {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registrations${query}`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RegistrationList>();
  }

  it('lists every registration in request order with the total and counters', async () => {
    const body = await list();
    expect(body.total).toBe(7);
    expect(body.registrations.map((r) => r.id)).toEqual([
      ids.mueller,
      ids.schmidt,
      ids.adler,
      ids.wait2,
      ids.wait1,
      ids.gone,
      ids.guest,
    ]);
    expect(body.counters).toEqual<RegistrationCounters>({
      capacity: 4,
      held: 3,
      confirmed: 2,
      pending: 1,
      offered: 0,
      waitlisted: 2,
      guests: 1,
      checkedIn: 1,
      cancelled: 1,
    });
  });

  it('searches names, email and organization, case-insensitively and with umlauts', async () => {
    expect((await list('?q=m%C3%BCller')).registrations.map((r) => r.lastName)).toEqual(['Müller']);
    expect((await list('?q=J%C3%B6rg%20M%C3%BC')).registrations.map((r) => r.lastName)).toEqual(['Müller']);
    expect((await list('?q=ZULIEFERER.example')).registrations.map((r) => r.lastName)).toEqual(['Schmidt']);
    expect((await list('?q=gl%C3%A4serne')).registrations.map((r) => r.lastName)).toEqual(['Müller']);
    // LIKE wildcards in the search text are taken literally.
    expect((await list('?q=%25')).total).toBe(0);
  });

  it('filters by status, sector and check-in', async () => {
    expect((await list('?status=waitlisted')).registrations.map((r) => r.lastName).sort()).toEqual([
      'Yilmaz',
      'Zeisig',
    ]);
    expect((await list('?sector=research')).registrations.map((r) => r.lastName)).toEqual(['Adler']);
    expect((await list('?checkedIn=yes')).registrations.map((r) => r.lastName)).toEqual(['Müller']);
    const notIn = await list('?checkedIn=no&status=confirmed');
    expect(notIn.registrations.map((r) => r.lastName).sort()).toEqual(['Adler', 'Gast']);
    expect(notIn.total).toBe(2);
  });

  it('sorts by name, organization and waitlist, and pages', async () => {
    const byName = await list('?sort=name');
    expect(byName.registrations.map((r) => r.lastName)).toEqual([
      'Adler',
      'Gast',
      'Müller',
      'Schmidt',
      'Storniert',
      'Yilmaz',
      'Zeisig',
    ]);
    const byWaitlist = await list('?sort=waitlist');
    expect(byWaitlist.registrations.slice(0, 2).map((r) => [r.lastName, r.waitlistPosition])).toEqual([
      ['Yilmaz', 1],
      ['Zeisig', 2],
    ]);
    const byOrganization = await list('?sort=organization&limit=1&offset=4');
    expect(byOrganization.registrations.map((r) => r.organization)).toEqual(['Gläserne Manufaktur']);
    expect(byOrganization.total).toBe(7);
  });

  it('refuses an unknown filter value naming the field', async () => {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registrations?status=angemeldet`,
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('status');
  });

  it('answers the counters alone, and 404 for an unknown event', async () => {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registrations/counters`,
      headers: organizer.headers,
    });
    expect(response.json<RegistrationCounters>()).toMatchObject({ capacity: 4, held: 3, waitlisted: 2 });
    const unknown = await t.app.inject({
      url: '/api/v1/admin/events/00000000-0000-4000-8000-000000000000/registrations/counters',
      headers: organizer.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows one registration and edits its non-seat fields', async () => {
    const detail = await t.app.inject({
      url: `/api/v1/admin/registrations/${ids.adler}`,
      headers: organizer.headers,
    });
    expect(detail.json<{ organization: string; ticketCode: string | null }>()).toMatchObject({
      organization: 'TU Dresden',
    });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${ids.adler}`,
      headers: organizer.headers,
      payload: {
        organization: 'Fraunhofer IVI',
        sector: 'it',
        notes: 'Rollstuhlplatz',
        topics: ['Wasserstoff'],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      organization: 'Fraunhofer IVI',
      sector: 'it',
      notes: 'Rollstuhlplatz',
      topics: ['Wasserstoff'],
      status: 'confirmed',
    });
    const row = await readRegistration(t, ids.adler!);
    expect([row.organization, row.sector, row.notes]).toEqual(['Fraunhofer IVI', 'it', 'Rollstuhlplatz']);
  });

  it('refuses an unknown sector naming the field, and changes nothing', async () => {
    const before = await readRegistration(t, ids.schmidt!);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${ids.schmidt}`,
      headers: { ...organizer.headers, 'accept-language': 'de' },
      payload: { organization: 'Andere AG', sector: 'raumfahrt' },
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields;
    expect(fields).toEqual([
      { field: 'sector', code: 'sector_unknown', message: 'Bitte wählen Sie eine Branche aus der Liste.' },
    ]);
    expect(await readRegistration(t, ids.schmidt!)).toEqual(before);
  });

  it('refuses consent changes by an organizer and a change of status through the edit', async () => {
    const consent = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${ids.schmidt}`,
      headers: organizer.headers,
      payload: { consents: { photos: true } },
    });
    expect(consent.statusCode).toBe(422);
    expect(consent.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe(
      'consents',
    );
    const status = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${ids.schmidt}`,
      headers: organizer.headers,
      payload: { status: 'confirmed' },
    });
    expect(status.statusCode).toBe(422);
    expect((await readRegistration(t, ids.schmidt!)).status).toBe('pending');
  });

  it('answers 404 for an unknown registration', async () => {
    const response = await t.app.inject({
      url: '/api/v1/admin/registrations/00000000-0000-4000-8000-000000000000',
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});
