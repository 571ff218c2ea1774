import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyEvent, MyEventAnswer, MyEvents } from '../../src/contract/my-events.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, get, signIn } from '../networking/helpers.js';
import { register } from '../registration/helpers.js';

describe.each(DIALECTS)('my events on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let full: { id: string; slug: string };
  let plain: { id: string; slug: string };
  let talkId: string;

  async function post(url: string, payload: Record<string, unknown>) {
    const response = await t.app.inject({ method: 'POST', url, headers: organizer.headers, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ id: string }>();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    // One event with programme, meeting block, Q&A and an island; one with nothing but seats.
    full = await createNetworkingEvent(t, organizer);
    plain = await createNetworkingEvent(t, organizer);
    const talk = await post(`/api/v1/admin/events/${full.id}/sessions`, {
      type: 'talk',
      title: 'Wasserstoff im Lkw',
      startsAt: '2027-02-04T10:00',
      endsAt: '2027-02-04T10:45',
    });
    talkId = talk.id;
    await post(`/api/v1/admin/events/${full.id}/sessions`, {
      type: 'networking',
      title: 'Gespräche unter vier Augen',
      startsAt: '2027-02-04T13:00',
      endsAt: '2027-02-04T14:00',
    });
    await post(`/api/v1/admin/events/${full.id}/sessions`, {
      type: 'break',
      title: 'Mittagspause',
      startsAt: '2027-02-04T12:00',
      endsAt: '2027-02-04T13:00',
    });
    const settings = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/sessions/${talkId}/live-settings`,
      headers: organizer.headers,
      payload: { qaEnabled: true, preApproval: false, guestsAllowed: false },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    await post(`/api/v1/admin/events/${full.id}/islands`, { theme: 'Batterierecycling', capacity: 8 });
  });
  afterAll(async () => t.close());

  const mine = async (who: Caller) => {
    const { status, body } = await get<MyEvents>(t, who, '/api/v1/me/events');
    expect(status).toBe(200);
    return body.events;
  };

  it('lists a confirmed participant\u2019s events with only the links that apply', async () => {
    const anna = await addParticipant(t, organizer, full.id, { firstName: 'Özlem', lastName: 'Yıldız' });
    // The same person, added to the plain event under the same address.
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${plain.id}/registrations`,
      headers: organizer.headers,
      payload: {
        firstName: 'Özlem',
        lastName: 'Yıldız',
        email: anna.email,
        organization: 'Ärztehaus',
        sector: 'supplier',
        sendMail: false,
      },
    });
    const events = await mine(anna);
    const bySlug = new Map(events.map((e) => [e.event.slug, e]));
    expect(bySlug.get(full.slug)).toMatchObject<Partial<MyEvent>>({
      status: 'confirmed',
      can: { ticket: true, profile: true, peopleToMeet: true, meetings: true, agenda: true, islands: true },
      liveSessions: [{ id: talkId, title: 'Wasserstoff im Lkw', startsAt: expect.any(String) as string }],
      survey: null,
    });
    expect(bySlug.get(full.slug)?.ticketCode).toMatch(/\S{6,}/);
    expect(bySlug.get(plain.slug)).toMatchObject<Partial<MyEvent>>({
      status: 'confirmed',
      can: {
        ticket: true,
        profile: true,
        peopleToMeet: true,
        meetings: false,
        agenda: false,
        islands: false,
      },
      liveSessions: [],
    });

    const ticket = await t.app.inject({
      url: `/api/v1/me/events/${full.slug}/ticket.svg`,
      headers: anna.headers,
    });
    expect(ticket.statusCode).toBe(200);
    expect(ticket.headers['content-type']).toContain('image/svg+xml');
    expect(ticket.body).toContain('<svg');
  });

  it('shows a waitlisted or unconfirmed person their status without ticket or networking', async () => {
    const { response, email } = await register(t, full.slug, { firstName: 'Łukasz', lastName: 'Wróbel' });
    expect(response.statusCode, response.body).toBe(201);
    const lukasz = await signIn(t, email);
    const [only] = await mine(lukasz);
    expect(only).toMatchObject<Partial<MyEvent>>({
      status: 'pending',
      ticketCode: null,
      can: {
        ticket: false,
        profile: false,
        peopleToMeet: false,
        meetings: false,
        agenda: true,
        islands: false,
      },
      liveSessions: [],
    });
    expect(only?.confirmExpiresAt).not.toBeNull();
    const ticket = await t.app.inject({
      url: `/api/v1/me/events/${full.slug}/ticket.svg`,
      headers: lukasz.headers,
    });
    expect(ticket.statusCode).toBe(404);
  });

  it('tells the event page whether the visitor is registered', async () => {
    const eleni = await addParticipant(t, organizer, plain.id, {
      firstName: 'Ελένη',
      lastName: 'Παπαδοπούλου',
    });
    const here = await get<MyEventAnswer>(t, eleni, `/api/v1/me/events/${plain.slug}`);
    expect(here.body.registration?.status).toBe('confirmed');
    const elsewhere = await get<MyEventAnswer>(t, eleni, `/api/v1/me/events/${full.slug}`);
    expect(elsewhere.body.registration).toBeNull();
    const anonymous = await get<MyEventAnswer>(t, null, `/api/v1/me/events/${plain.slug}`);
    expect(anonymous).toMatchObject({ status: 200, body: { registration: null } });
    expect((await get(t, null, '/api/v1/me/events')).status).toBe(401);
    expect((await t.app.inject({ url: `/api/v1/me/events/${plain.slug}/ticket.svg` })).statusCode).toBe(401);
  });

  it('does not ask again for the directory consent given at registration', async () => {
    const { email } = await register(t, plain.slug, {
      firstName: 'Jiří',
      lastName: 'Dvořák',
      consents: { privacy: true, directory: true },
    });
    await t.database.handle.db
      .updateTable('registrations')
      .set({ status: 'confirmed' })
      .where('email', '=', email)
      .execute();
    const jiri = await signIn(t, email);
    const context = await get<{ directoryConsentGiven: boolean; inDirectory: boolean }>(
      t,
      jiri,
      `/api/v1/events/${plain.slug}/networking`,
    );
    expect(context.body).toMatchObject({ directoryConsentGiven: true, inDirectory: false });
  });
});
