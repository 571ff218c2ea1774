import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRun, MyMeeting, MyMeetings, SlotOptions } from '../../src/contract/meetings.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { latestMail } from '../people.js';
import {
  acceptedMeeting,
  createMeetingsEvent,
  createMember,
  send,
  type MeetingsFixture,
  type Member,
} from './helpers.js';

describe.each(DIALECTS)('participants pick slots themselves on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function allowPicking(fixture: MeetingsFixture) {
    const response = await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${fixture.event.id}/meetings/settings`,
      {
        selfPickAllowed: true,
      },
    );
    expect(response.status).toBe(200);
  }

  const options = async (member: Member, meetingId: string) =>
    (await send<SlotOptions>(t, member, 'GET', `/api/v1/meetings/${meetingId}/slot-options`)).body.slots;
  const pick = (member: Member, meetingId: string, slotId: string) =>
    send<MyMeeting>(t, member, 'PUT', `/api/v1/meetings/${meetingId}/slot`, { slotId });

  /** No person twice in a slot, no table twice in a slot: checked on the stored rows themselves. */
  async function expectNoDoubleBooking(eventId: string) {
    const rows = await t.database.handle.db
      .selectFrom('meetingPlacements')
      .innerJoin('meetings', 'meetings.id', 'meetingPlacements.meetingId')
      .select([
        'meetingPlacements.slotId',
        'meetingPlacements.tableId',
        'meetings.requesterId',
        'meetings.recipientId',
      ])
      .where('meetingPlacements.eventId', '=', eventId)
      .execute();
    const people = rows.flatMap((r) => [`${r.slotId}|${r.requesterId}`, `${r.slotId}|${r.recipientId}`]);
    expect(new Set(people).size).toBe(people.length);
    const tables = rows.map((r) => `${r.slotId}|${r.tableId}`);
    expect(new Set(tables).size).toBe(tables.length);
    return rows.length;
  }

  it('only when the organizer allows it; the other person is told the time and table', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    expect(meeting.canPickSlot).toBe(false);
    expect((await send(t, a, 'GET', `/api/v1/meetings/${meeting.id}/slot-options`)).status).toBe(409);

    await allowPicking(fixture);
    const slots = await options(a, meeting.id);
    expect(slots).toHaveLength(3);
    const picked = await pick(a, meeting.id, slots[1]!.slotId);
    expect(picked.status, JSON.stringify(picked.body)).toBe(200);
    expect(picked.body.place).toMatchObject({
      slotId: slots[1]!.slotId,
      tableNumber: 1,
      tableLocation: 'Foyer',
    });
    const seenByB = (
      await send<MyMeetings>(t, b, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/mine`)
    ).body;
    expect(seenByB.meetings[0]?.place).toEqual(picked.body.place);
    expect((await latestMail(t, b.email, 'meeting-slot-picked'))?.textBody).toMatch(/14:20, Tisch 1/);

    // Moving to another slot frees the first; a slot outside the event is refused with the field named.
    const moved = await pick(b, meeting.id, slots[0]!.slotId);
    expect(moved.body.place?.slotId).toBe(slots[0]!.slotId);
    expect(await expectNoDoubleBooking(fixture.event.id)).toBe(1);
    const unknown = await pick(b, meeting.id, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(422);
  });

  it('refuses a slot where one of the two is not available', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    await allowPicking(fixture);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    const [first] = await options(a, meeting.id);
    await send(t, b, 'PUT', `/api/v1/events/${fixture.event.slug}/meetings/availability/${first!.slotId}`);
    expect((await options(a, meeting.id)).map((s) => s.slotId)).not.toContain(first!.slotId);
    const refused = await pick(a, meeting.id, first!.slotId);
    expect(refused.status).toBe(422);
  });

  it('never double-books a person under concurrent picks: the unique index decides', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 10);
    await allowPicking(fixture);
    const hub = await createMember(t, organizer, fixture);
    const others = await Promise.all([0, 1, 2, 3].map(() => createMember(t, organizer, fixture)));
    const meetings: { meeting: MyMeeting; other: Member }[] = [];
    for (const other of others) {
      meetings.push({ meeting: await acceptedMeeting(t, other, hub, fixture.event.slug), other });
    }
    const [slot] = await options(hub, meetings[0]!.meeting.id);
    // Four people pick the same slot with the same hub at once: exactly one wins.
    const answers = await Promise.all(
      meetings.map(({ meeting, other }) => pick(other, meeting.id, slot!.slotId)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await expectNoDoubleBooking(fixture.event.id)).toBe(1);
  });

  it('never gives a table twice under concurrent picks', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 1);
    await allowPicking(fixture);
    const pairs: [Member, Member][] = [];
    for (let i = 0; i < 3; i += 1) {
      pairs.push([await createMember(t, organizer, fixture), await createMember(t, organizer, fixture)]);
    }
    const meetings = [];
    for (const [a, b] of pairs) {
      meetings.push(await acceptedMeeting(t, a, b, fixture.event.slug));
    }
    const [slot] = await options(pairs[0]![0], meetings[0]!.id);
    const answers = await Promise.all(meetings.map((m, i) => pick(pairs[i]![0], m.id, slot!.slotId)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await expectNoDoubleBooking(fixture.event.id)).toBe(1);
  });

  it('starts one scheduler run at a time per event', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    await acceptedMeeting(t, a, b, fixture.event.slug);
    const url = `/api/v1/admin/events/${fixture.event.id}/meetings/runs`;
    const [first, second] = await Promise.all([
      send<MeetingRun>(t, organizer, 'POST', url),
      send<MeetingRun>(t, organizer, 'POST', url),
    ]);
    expect([first.status, second.status].sort()).toEqual([202, 409]);
    const started = first.status === 202 ? first.body : second.body;
    await t.services.meetings.runs.settle(started.id);
    expect(
      (await send<MeetingRun>(t, organizer, 'GET', `/api/v1/admin/meeting-runs/${started.id}`)).body.status,
    ).toBe('done');
  });
});
