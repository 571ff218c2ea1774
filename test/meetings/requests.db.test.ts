import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingCandidate, MeetingNotices, MyMeeting, MyMeetings } from '../../src/contract/meetings.js';
import { MEETING_LIMITS } from '../../src/contract/meetings.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { latestMail } from '../people.js';
import {
  acceptedMeeting,
  createMeetingsEvent,
  createMember,
  requestMeeting,
  send,
  type MeetingsFixture,
  type Member,
} from './helpers.js';

describe.each(DIALECTS)('meeting requests on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let fixture: MeetingsFixture;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    fixture = await createMeetingsEvent(t, organizer);
  });
  afterAll(async () => t.close());

  const mine = async (member: Member) =>
    (await send<MyMeetings>(t, member, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/mine`)).body;

  it('asks with a message; the recipient is told in app and by mail in their language', async () => {
    const anna = await createMember(t, organizer, fixture, {
      firstName: 'Anna',
      organization: 'Beispiel Energie GmbH',
    });
    const ben = await createMember(t, organizer, fixture, { firstName: 'Ben', locale: 'en' });
    const meeting = await requestMeeting(t, anna, ben, fixture.event.slug, 'Ladesäulen im Gewerbegebiet?');
    expect(meeting).toMatchObject({ status: 'pending', direction: 'outgoing', contact: null, place: null });

    const inbox = await mine(ben);
    expect(inbox.meetings).toHaveLength(1);
    expect(inbox.meetings[0]).toMatchObject({
      id: meeting.id,
      direction: 'incoming',
      message: 'Ladesäulen im Gewerbegebiet?',
      other: { name: 'Anna Beispiel', organization: 'Beispiel Energie GmbH' },
      contact: null,
    });
    const notices = await send<MeetingNotices>(t, ben, 'GET', '/api/v1/me/meeting-notices');
    expect(notices.body.unread).toBe(1);
    expect(notices.body.notices[0]).toMatchObject({ kind: 'requested', meetingId: meeting.id });
    expect((await send(t, ben, 'POST', '/api/v1/me/meeting-notices/read')).status).toBe(200);
    expect((await send<MeetingNotices>(t, ben, 'GET', '/api/v1/me/meeting-notices')).body.unread).toBe(0);

    const mail = await latestMail(t, ben.email, 'meeting-requested');
    expect(mail?.locale).toBe('en');
    expect(mail?.subject).toMatch(/^Meeting request from Anna Beispiel: Industriedialog/);
    expect(mail?.textBody).toContain('Ladesäulen im Gewerbegebiet?');
    // The request mail never carries the requester's contact details.
    expect(mail?.textBody).not.toContain(anna.email);
  });

  it('shows email and phone to both only after acceptance', async () => {
    const a = await createMember(t, organizer, fixture, { phone: '+49 351 111' });
    const b = await createMember(t, organizer, fixture, { phone: '+49 351 222' });
    const pending = await requestMeeting(t, a, b, fixture.event.slug);
    expect((await mine(a)).meetings[0]?.contact).toBeNull();
    expect((await mine(b)).meetings[0]?.contact).toBeNull();

    const accepted = await send<MyMeeting>(t, b, 'POST', `/api/v1/meetings/${pending.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.contact).toEqual({ email: a.email, phone: '+49 351 111' });
    expect((await mine(a)).meetings[0]?.contact).toEqual({ email: b.email, phone: '+49 351 222' });
    const mail = await latestMail(t, a.email, 'meeting-accepted');
    expect(mail?.subject).toMatch(/hat Ihre Gesprächsanfrage angenommen/);
    expect(mail?.textBody).not.toContain(b.email);

    // Only the recipient answers; a third person does not even see the meeting.
    const c = await createMember(t, organizer, fixture);
    expect((await send(t, c, 'POST', `/api/v1/meetings/${pending.id}/cancel`)).status).toBe(404);
    expect((await send(t, a, 'POST', `/api/v1/meetings/${pending.id}/accept`)).status).toBe(403);
  });

  it('declines for good: the requester cannot ask the same person again, the other way round works', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await requestMeeting(t, a, b, fixture.event.slug);
    expect((await send(t, a, 'POST', `/api/v1/meetings/${meeting.id}/decline`)).status).toBe(403);
    const declined = await send<MyMeeting>(t, b, 'POST', `/api/v1/meetings/${meeting.id}/decline`);
    expect(declined.body.status).toBe('declined');
    expect(await latestMail(t, a.email, 'meeting-declined')).toBeDefined();
    const again = await send<{ error: { code: string; fields: { field: string }[] } }>(
      t,
      a,
      'POST',
      `/api/v1/events/${fixture.event.slug}/meetings`,
      { recipientId: b.personId, message: '' },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0]?.field).toBe('recipientId');
    await requestMeeting(t, b, a, fixture.event.slug);
  });

  it('allows one open request per pair, even when both ask at the same moment', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const both = await Promise.all([
      send(t, a, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, { recipientId: b.personId }),
      send(t, b, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, { recipientId: a.personId }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const again = await send(t, a, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
      recipientId: b.personId,
    });
    expect(again.status).toBe(409);
    expect((await mine(a)).meetings).toHaveLength(1);
  });

  it('cancels: either person, a pending or an accepted meeting; the other is told', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    const cancelled = await send<MyMeeting>(t, b, 'POST', `/api/v1/meetings/${meeting.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', contact: null });
    expect((await mine(a)).meetings[0]).toMatchObject({ status: 'cancelled', contact: null });
    expect(await latestMail(t, a.email, 'meeting-cancelled')).toBeDefined();
    expect((await send(t, a, 'POST', `/api/v1/meetings/${meeting.id}/cancel`)).status).toBe(409);
    // Cancelled frees the pair: they may ask again.
    await requestMeeting(t, a, b, fixture.event.slug);
  });

  it('only between people of the directory; people outside it are not there', async () => {
    const inside = await createMember(t, organizer, fixture);
    const outside = await createMember(t, organizer, fixture, { directory: false });
    const toOutside = await send(t, inside, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
      recipientId: outside.personId,
    });
    expect(toOutside.status).toBe(404);
    const fromOutside = await send(t, outside, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
      recipientId: inside.personId,
    });
    expect(fromOutside.status).toBe(403);
    expect(
      (await send(t, inside, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/with/${outside.personId}`))
        .status,
    ).toBe(404);
    const candidate = await send<MeetingCandidate>(
      t,
      outside,
      'GET',
      `/api/v1/events/${fixture.event.slug}/meetings/with/${inside.personId}`,
    );
    expect(candidate.body.canRequest).toBe(false);
  });

  it('respects blocks: no request either way, and contact details disappear', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const c = await createMember(t, organizer, fixture);
    await acceptedMeeting(t, a, c, fixture.event.slug);
    expect((await send(t, a, 'PUT', `/api/v1/me/blocks/${b.personId}`)).status).toBe(200);
    expect((await send(t, c, 'PUT', `/api/v1/me/blocks/${a.personId}`)).status).toBe(200);
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const response = await send(t, from, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
        recipientId: to.personId,
      });
      expect(response.status).toBe(404);
    }
    expect((await mine(a)).meetings[0]?.contact).toBeNull();
    expect((await mine(c)).meetings[0]?.contact).toBeNull();
  });

  it('keeps a block at the next event: it is between the two people, not tied to one event', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    expect((await send(t, a, 'PUT', `/api/v1/me/blocks/${b.personId}`)).status).toBe(200);

    // The next edition: both register again and join its directory.
    const next = await createMeetingsEvent(t, organizer);
    for (const member of [a, b]) {
      const added = await send(t, organizer, 'POST', `/api/v1/admin/events/${next.event.id}/registrations`, {
        firstName: 'Wieder',
        lastName: 'Dabei',
        email: member.email,
        organization: `Firma ${member.personId.slice(0, 6)} GmbH`,
        sector: 'energy',
        locale: 'de',
        sendMail: false,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const profile = await send(t, member, 'PUT', `/api/v1/events/${next.event.slug}/networking/profile`, {
        organization: `Firma ${member.personId.slice(0, 6)} GmbH`,
        sector: 'energy',
        offerText: 'Ladeinfrastruktur',
        seekText: 'Leichtbau',
        directoryConsent: true,
      });
      expect(profile.status, JSON.stringify(profile.body)).toBe(200);
    }
    const asked = await send(t, b, 'POST', `/api/v1/events/${next.event.slug}/meetings`, {
      recipientId: a.personId,
    });
    expect(asked.status).toBe(404);
    // The blocker cannot find them there either (404, as for anyone not in the directory).
    const candidate = await send(
      t,
      a,
      'GET',
      `/api/v1/events/${next.event.slug}/meetings/with/${b.personId}`,
    );
    expect(candidate.status).toBe(404);

    // Lifted once, it is lifted everywhere.
    expect((await send(t, a, 'DELETE', `/api/v1/me/blocks/${b.personId}`)).status).toBe(200);
    await requestMeeting(t, b, a, next.event.slug);
  });

  it('is part of the data export, and erasing a person removes their meetings', async () => {
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    const exported = await send<{ meetings: { meetings: { id: string; role: string }[] } }>(
      t,
      a,
      'GET',
      '/api/v1/me/export',
    );
    expect(exported.body.meetings.meetings).toEqual([
      expect.objectContaining({ id: meeting.id, role: 'requester' }),
    ]);
    expect(JSON.stringify(exported.body.meetings)).not.toContain(b.email);
    expect((await send(t, a, 'DELETE', '/api/v1/me')).status).toBe(200);
    expect((await mine(b)).meetings).toEqual([]);
  });

  it('refuses asking oneself and limits new requests per hour', async () => {
    const a = await createMember(t, organizer, fixture);
    const self = await send(t, a, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
      recipientId: a.personId,
    });
    expect(self.status).toBe(422);
    const others: Member[] = [];
    for (let i = 0; i <= MEETING_LIMITS.requestsPerHour; i += 1) {
      others.push(await createMember(t, organizer, fixture));
    }
    for (const other of others.slice(0, MEETING_LIMITS.requestsPerHour)) {
      await requestMeeting(t, a, other, fixture.event.slug);
    }
    const last = others[MEETING_LIMITS.requestsPerHour]!;
    const limited = await send(t, a, 'POST', `/api/v1/events/${fixture.event.slug}/meetings`, {
      recipientId: last.personId,
    });
    expect(limited.status).toBe(429);
    t.clock.advance(61 * 60_000);
    await requestMeeting(t, a, last, fixture.event.slug);
  });
});
