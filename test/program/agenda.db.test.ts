import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminSession, AgendaEntry, Programme } from '../../src/contract/program.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { createProgrammeEvent, send, sessionInput, speakerInput } from './helpers.js';

interface FeedEvent {
  uid: string;
  summary: string;
  tzid: string | null;
  start: string;
  sequence: number;
  lastModified: string;
}

/** Parses the feed as a calendar client does (ical.js) and lists its events. */
function parseFeed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const dtstart = event.getFirstProperty('dtstart');
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      tzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
      start: String(dtstart?.getFirstValue()?.toString()),
      sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
      lastModified: String(event.getFirstPropertyValue('last-modified')?.toString()),
    };
  });
}

describe.each(DIALECTS)('"Mein Programm" and its calendar feed on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function addSession(eventId: string, overrides = {}) {
    const response = await send<AdminSession>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${eventId}/sessions`,
      sessionInput(overrides),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  it('shows the timetable of published events only, sessions by time with rooms and speakers', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const speaker = await send<{ id: string }>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/speakers`,
      speakerInput(),
    );
    await addSession(event.id, {
      title: 'Später',
      startsAt: '2027-02-04T14:00',
      endsAt: '2027-02-04T15:00',
      room: 'Studio',
    });
    await addSession(event.id, {
      title: 'Früher',
      speakers: [{ speakerId: speaker.body.id, role: 'speaker' }],
    });
    const programme = await send<Programme>(t, null, 'GET', `/api/v1/events/${event.slug}/programme`);
    expect(programme.status).toBe(200);
    expect(programme.body.timeZone).toBe('Europe/Berlin');
    expect(programme.body.rooms).toEqual(['Forum', 'Studio']);
    expect(programme.body.sessions.map((s) => [s.title, s.startsAtLocal, s.room])).toEqual([
      ['Früher', '2027-02-04T10:00', 'Forum'],
      ['Später', '2027-02-04T14:00', 'Studio'],
    ]);
    expect(programme.body.sessions[0]?.speakers[0]).toMatchObject({
      name: 'Dr. Anna Beispiel',
      role: 'speaker',
    });

    const draft = await createProgrammeEvent(t, organizer, false);
    await addSession(draft.id);
    expect((await send(t, null, 'GET', `/api/v1/events/${draft.slug}/programme`)).status).toBe(404);
  });

  it('lets a participant star and unstar sessions', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const first = await addSession(event.id, { title: 'Keynote' });
    const second = await addSession(event.id, {
      title: 'Panel',
      startsAt: '2027-02-04T12:00',
      endsAt: '2027-02-04T13:00',
    });
    const participant = await signInParticipant(t);
    expect((await send(t, null, 'PUT', `/api/v1/me/agenda/${first.id}`)).status).toBe(401);
    for (const id of [second.id, first.id, first.id]) {
      expect((await send(t, participant, 'PUT', `/api/v1/me/agenda/${id}`)).status).toBe(200);
    }
    const agenda = await send<{ sessions: AgendaEntry[] }>(
      t,
      participant,
      'GET',
      `/api/v1/me/agenda?event=${event.slug}`,
    );
    expect(agenda.body.sessions.map((s) => s.title)).toEqual(['Keynote', 'Panel']);
    expect(agenda.body.sessions[0]?.event.slug).toBe(event.slug);

    expect((await send(t, participant, 'DELETE', `/api/v1/me/agenda/${first.id}`)).status).toBe(200);
    const after = await send<{ sessions: AgendaEntry[] }>(t, participant, 'GET', '/api/v1/me/agenda');
    expect(after.body.sessions.map((s) => s.title)).toEqual(['Panel']);

    const draft = await createProgrammeEvent(t, organizer, false);
    const hidden = await addSession(draft.id);
    expect((await send(t, participant, 'PUT', `/api/v1/me/agenda/${hidden.id}`)).status).toBe(404);
  });

  it('serves an .ics feed in Europe/Berlin that follows later changes and removals', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const keynote = await addSession(event.id, { title: 'Keynote', type: 'keynote' });
    const panel = await addSession(event.id, {
      title: 'Podium Wasserstoff',
      startsAt: '2027-02-04T13:00',
      endsAt: '2027-02-04T14:00',
    });
    const participant = await signInParticipant(t);
    await send(t, participant, 'PUT', `/api/v1/me/agenda/${keynote.id}`);
    await send(t, participant, 'PUT', `/api/v1/me/agenda/${panel.id}`);
    const issued = await send<{ url: string }>(t, participant, 'POST', '/api/v1/me/agenda-feed');
    expect(issued.status).toBe(200);
    const path = new URL(issued.body.url).pathname;
    expect(path).toMatch(/^\/api\/v1\/agenda\/[\w-]{40,}\.ics$/);

    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const before = parseFeed(feed.body);
    expect(before.map((e) => [e.summary, e.tzid, e.start, e.sequence])).toEqual([
      ['Keynote', 'Europe/Berlin', '2027-02-04T10:00:00', 0],
      ['Podium Wasserstoff', 'Europe/Berlin', '2027-02-04T13:00:00', 0],
    ]);

    t.clock.advance(60_000);
    await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/sessions/${panel.id}`,
      sessionInput({ title: 'Podium Wasserstoff', startsAt: '2027-02-04T15:30', endsAt: '2027-02-04T16:30' }),
    );
    await send(t, organizer, 'DELETE', `/api/v1/admin/sessions/${keynote.id}`);
    const after = parseFeed((await t.app.inject({ method: 'GET', url: path })).body);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ uid: before[1]?.uid, start: '2027-02-04T15:30:00', sequence: 1 });
    expect(after[0]!.lastModified > before[1]!.lastModified).toBe(true);

    const rotated = await send<{ url: string }>(t, participant, 'POST', '/api/v1/me/agenda-feed');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: new URL(rotated.body.url).pathname })).statusCode).toBe(
      200,
    );
    const state = await send<{ hasFeed: boolean }>(t, participant, 'GET', '/api/v1/me/agenda-feed');
    expect(state.body.hasFeed).toBe(true);
  });

  it('includes the agenda in the data export and removes it with the person', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const session = await addSession(event.id);
    const participant = await signInParticipant(t);
    await send(t, participant, 'PUT', `/api/v1/me/agenda/${session.id}`);
    const exported = await send<{ agenda?: { starredSessions: { sessionId: string }[] } }>(
      t,
      participant,
      'GET',
      '/api/v1/me/export',
    );
    expect(exported.body.agenda?.starredSessions.map((s) => s.sessionId)).toEqual([session.id]);
    expect((await send(t, participant, 'DELETE', '/api/v1/me')).status).toBe(200);
    const left = await t.database.handle.db
      .selectFrom('agendaStars')
      .select('sessionId')
      .where('personId', '=', participant.personId)
      .execute();
    expect(left).toEqual([]);
  });
});
