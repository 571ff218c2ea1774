import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminSession, ProgrammeConflict, Speaker } from '../../src/contract/program.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { signInParticipant } from '../people.js';
import { createProgrammeEvent, send, sessionInput, speakerInput } from './helpers.js';

interface ErrorAnswer {
  error: { code: string; fields?: { field: string; message: string }[] };
}

function fieldMessages(body: ErrorAnswer): Record<string, string> {
  return Object.fromEntries((body.error.fields ?? []).map((f) => [f.field, f.message]));
}

describe.each(DIALECTS)('programme editor on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  it('creates, reads, changes and removes sessions and speakers; Markdown is sanitized', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const anna = await send<Speaker>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/speakers`,
      speakerInput(),
    );
    expect(anna.status).toBe(201);
    const created = await send<AdminSession>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/sessions`,
      sessionInput({ speakers: [{ speakerId: anna.body.id, role: 'moderator' }] }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.startsAt).toBe('2027-02-04T09:00:00.000Z');
    expect(created.body.startsAtLocal).toBe('2027-02-04T10:00');
    expect(created.body.descriptionHtml).not.toContain('<script');
    expect(created.body.speakers).toEqual([
      expect.objectContaining({ name: 'Dr. Anna Beispiel', role: 'moderator' }),
    ]);
    expect(created.body.sequence).toBe(0);

    const changed = await send<AdminSession>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/sessions/${created.body.id}`,
      sessionInput({ title: 'Podium: Stromnetze', startsAt: '2027-02-04T11:00', endsAt: '2027-02-04T12:00' }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Podium: Stromnetze', sequence: 1, speakers: [] });

    const renamed = await send<Speaker>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/speakers/${anna.body.id}`,
      speakerInput({
        name: 'Prof. Anna Beispiel',
        photoUrl: 'https://example.org/anna.jpg',
        photoAlt: 'Anna lacht',
      }),
    );
    expect(renamed.body).toMatchObject({ name: 'Prof. Anna Beispiel', photoAlt: 'Anna lacht' });

    const list = await send<{ sessions: AdminSession[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/sessions`,
    );
    expect(list.body.sessions.map((s) => s.title)).toEqual(['Podium: Stromnetze']);
    expect((await send(t, organizer, 'DELETE', `/api/v1/admin/sessions/${created.body.id}`)).status).toBe(
      200,
    );
    expect((await send(t, organizer, 'DELETE', `/api/v1/admin/speakers/${anna.body.id}`)).status).toBe(200);
    const after = await send<{ sessions: AdminSession[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/sessions`,
    );
    expect(after.body.sessions).toEqual([]);
    const speakers = await send<{ speakers: Speaker[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/speakers`,
    );
    expect(speakers.body.speakers).toEqual([]);
    expect(
      (await send(t, organizer, 'PUT', `/api/v1/admin/sessions/${created.body.id}`, sessionInput())).status,
    ).toBe(404);
  });

  it.each([
    [
      'de',
      'Der Programmpunkt muss innerhalb der Veranstaltungszeit liegen.',
      'Das Ende muss nach dem Beginn liegen.',
    ],
    ['en', 'The session must lie within the time of the event.', 'The end must be after the start.'],
  ] as const)('names each wrong session field in %s', async (locale, outside, order) => {
    const event = await createProgrammeEvent(t, organizer);
    const url = `/api/v1/admin/events/${event.id}/sessions`;
    const early = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      url,
      sessionInput({ startsAt: '2027-02-04T08:00' }),
      locale,
    );
    expect(early.status).toBe(422);
    expect(fieldMessages(early.body)).toEqual({ startsAt: outside });

    const reversed = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      url,
      sessionInput({ startsAt: '2027-02-04T12:00', endsAt: '2027-02-04T11:00' }),
      locale,
    );
    expect(fieldMessages(reversed.body)).toEqual({ endsAt: order });

    const bad = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      url,
      {
        ...sessionInput(),
        type: 'party',
        title: '',
        startsAt: 'morgen',
        speakers: [{ speakerId: 'x', role: 'boss' }],
      },
      locale,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(fieldMessages(bad.body)).sort()).toEqual(
      ['speakers.0.role', 'speakers.0.speakerId', 'startsAt', 'title', 'type'].sort(),
    );

    const unknownSpeaker = await send<ErrorAnswer>(
      t,
      organizer,
      'POST',
      url,
      sessionInput({ speakers: [{ speakerId: '00000000-0000-4000-8000-000000000000', role: 'speaker' }] }),
      locale,
    );
    expect(Object.keys(fieldMessages(unknownSpeaker.body))).toEqual(['speakers.0.speakerId']);
  });

  it('requires alternative text for a speaker photo, in German and English', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const url = `/api/v1/admin/events/${event.id}/speakers`;
    const body = speakerInput({ photoUrl: 'https://example.org/p.jpg' });
    const de = await send<ErrorAnswer>(t, organizer, 'POST', url, body, 'de');
    expect(de.status).toBe(422);
    expect(fieldMessages(de.body)).toEqual({ photoAlt: 'Bitte beschreiben Sie das Bild (Alternativtext).' });
    const en = await send<ErrorAnswer>(t, organizer, 'POST', url, { ...body, name: '' }, 'en');
    expect(fieldMessages(en.body)).toEqual({ name: 'This field is required.' });
  });

  it('warns when a speaker or a room is in two places at once', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const ben = await send<Speaker>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/speakers`,
      speakerInput({ name: 'Ben Muster' }),
    );
    const url = `/api/v1/admin/events/${event.id}/sessions`;
    const withBen = [{ speakerId: ben.body.id, role: 'panelist' as const }];
    await send(t, organizer, 'POST', url, sessionInput({ title: 'A', room: 'Forum', speakers: withBen }));
    await send(
      t,
      organizer,
      'POST',
      url,
      sessionInput({
        title: 'B',
        room: 'Studio',
        startsAt: '2027-02-04T10:30',
        endsAt: '2027-02-04T11:30',
        speakers: withBen,
      }),
    );
    await send(
      t,
      organizer,
      'POST',
      url,
      sessionInput({ title: 'C', room: 'forum', startsAt: '2027-02-04T10:45', endsAt: '2027-02-04T11:15' }),
    );
    const result = await send<{ conflicts: ProgrammeConflict[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/programme-conflicts`,
    );
    expect(
      result.body.conflicts.map((c) => [c.kind, c.subject, c.sessions.map((s) => s.title).join('+')]),
    ).toEqual([
      ['speaker', 'Ben Muster', 'A+B'],
      ['room', 'Forum', 'A+C'],
    ]);
  });

  it('keeps participants out of the editor', async () => {
    const event = await createProgrammeEvent(t, organizer);
    const participant = await signInParticipant(t);
    const response = await send<ErrorAnswer>(
      t,
      participant,
      'POST',
      `/api/v1/admin/events/${event.id}/sessions`,
      sessionInput(),
    );
    expect(response.status).toBe(403);
    const list = await send<ErrorAnswer>(
      t,
      participant,
      'GET',
      `/api/v1/admin/events/${event.id}/programme-conflicts`,
    );
    expect(list.status).toBe(403);
  });
});
