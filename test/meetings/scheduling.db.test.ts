import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Availability,
  MeetingRun,
  MeetingSetup,
  MeetingsOverview,
  MyMeetings,
  TablePlan,
} from '../../src/contract/meetings.js';
import type { AdminSession, Agenda } from '../../src/contract/program.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { latestMail } from '../people.js';
import { sessionInput } from '../program/helpers.js';
import {
  acceptedMeeting,
  createMeetingsEvent,
  createMember,
  runScheduler,
  scheduleAndPublish,
  send,
  type MeetingsFixture,
  type Member,
} from './helpers.js';

describe.each(DIALECTS)('scheduling meetings on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  const mine = async (fixture: MeetingsFixture, member: Member) =>
    (await send<MyMeetings>(t, member, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/mine`)).body
      .meetings;
  const overview = async (fixture: MeetingsFixture) =>
    (
      await send<MeetingsOverview>(
        t,
        organizer,
        'GET',
        `/api/v1/admin/events/${fixture.event.id}/meetings/overview`,
      )
    ).body;

  it('cuts networking sessions into slots of a configurable length', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 3);
    const setup = await send<MeetingSetup>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${fixture.event.id}/meetings/setup`,
    );
    expect(setup.body.blocks).toHaveLength(1);
    expect(setup.body.blocks[0]?.slotMinutes).toBe(20);
    expect(setup.body.blocks[0]?.slots.map((s) => s.startsAt)).toEqual([
      '2027-02-04T13:00:00.000Z',
      '2027-02-04T13:20:00.000Z',
      '2027-02-04T13:40:00.000Z',
    ]);
    expect(setup.body.tables.map((x) => [x.number, x.location])).toEqual([
      [1, 'Foyer'],
      [2, 'Foyer'],
      [3, 'Foyer'],
    ]);
    const changed = await send<MeetingSetup>(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${fixture.event.id}/meetings/blocks/${fixture.block.id}`,
      { slotMinutes: 15 },
    );
    expect(changed.body.blocks[0]?.slots).toHaveLength(4);
    const invalid = await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${fixture.event.id}/meetings/blocks/${fixture.block.id}`,
      {
        slotMinutes: 1,
      },
    );
    expect(invalid.status).toBe(422);
  });

  it('drafts, reviews and publishes: both see the same slot and table, in the agenda and the .ics feed', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const anna = await createMember(t, organizer, fixture, {
      firstName: 'Anna',
      organization: 'Beispiel Energie GmbH',
    });
    const ben = await createMember(t, organizer, fixture, { firstName: 'Ben', locale: 'en' });
    const clara = await createMember(t, organizer, fixture, { firstName: 'Clara' });
    const first = await acceptedMeeting(t, ben, anna, fixture.event.slug);
    await acceptedMeeting(t, anna, clara, fixture.event.slug);
    await acceptedMeeting(t, ben, clara, fixture.event.slug);

    const run = await runScheduler(t, organizer, fixture.event.id);
    expect(run.status).toBe('done');
    expect(run.report).toMatchObject({ requested: 3, accepted: 3, kept: 0, newlyScheduled: 3, scheduled: 3 });
    expect(run.report?.unscheduled).toEqual([]);
    // A draft is not yet anyone's schedule.
    expect((await mine(fixture, anna)).every((m) => m.place === null)).toBe(true);

    await send<MeetingRun>(t, organizer, 'POST', `/api/v1/admin/meeting-runs/${run.id}/publish`);
    const annaView = (await mine(fixture, anna)).find((m) => m.id === first.id)!;
    const benView = (await mine(fixture, ben)).find((m) => m.id === first.id)!;
    expect(annaView.place).not.toBeNull();
    expect(annaView.place).toEqual(benView.place);
    expect(await latestMail(t, ben.email, 'meeting-scheduled')).toBeDefined();

    const agenda = await send<Agenda>(t, ben, 'GET', `/api/v1/me/agenda?event=${fixture.event.slug}`);
    const line = agenda.body.assignments.find((a) => a.uid === `meeting:${first.id}`);
    const time = new Intl.DateTimeFormat('en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZone: 'Europe/Berlin',
    }).format(new Date(annaView.place!.startsAt));
    expect(line?.summary.en).toBe(
      `${time}, Table ${annaView.place!.tableNumber}: Anna Beispiel, Beispiel Energie GmbH`,
    );
    expect(line?.summary.de).toMatch(/^1[34]:[024]0, Tisch [12]: Anna Beispiel, Beispiel Energie GmbH$/);

    const feed = await send<{ url: string }>(t, ben, 'POST', '/api/v1/me/agenda-feed');
    const ics = await t.app.inject({ method: 'GET', url: new URL(feed.body.url).pathname });
    const calendar = new ICAL.Component(ICAL.parse(ics.body) as unknown[]);
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => s.includes('Anna Beispiel, Beispiel Energie GmbH'))).toBe(true);

    const plan = await send<TablePlan>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${fixture.event.id}/meetings/plan`,
    );
    expect(plan.body.slots.flatMap((s) => s.rows)).toHaveLength(3);
    expect(JSON.stringify(plan.body)).not.toContain(anna.email);
  });

  it('respects starred sessions and blocked times, and says why a meeting stays unscheduled', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const panel = await send<AdminSession>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${fixture.event.id}/sessions`,
      {
        ...sessionInput({ title: 'Podium Wasserstoff' }),
        startsAt: '2027-02-04T14:30',
        endsAt: '2027-02-04T15:00',
      },
    );
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    expect((await send(t, a, 'PUT', `/api/v1/me/agenda/${panel.body.id}`)).status).toBe(200);
    const availability = await send<Availability>(
      t,
      b,
      'GET',
      `/api/v1/events/${fixture.event.slug}/meetings/availability`,
    );
    const [first, second, third] = availability.body.slots;
    const blocked = await send<Availability>(
      t,
      b,
      'PUT',
      `/api/v1/events/${fixture.event.slug}/meetings/availability/${first!.slotId}`,
    );
    expect(blocked.body.slots[0]?.blockedByMe).toBe(true);
    const mineA = await send<Availability>(
      t,
      a,
      'GET',
      `/api/v1/events/${fixture.event.slug}/meetings/availability`,
    );
    expect(mineA.body.slots.map((s) => s.starredSession)).toEqual([
      null,
      'Podium Wasserstoff',
      'Podium Wasserstoff',
    ]);

    // Slot 1 blocked by B, slots 2 and 3 overlap A's starred panel: no common free slot.
    const run = await runScheduler(t, organizer, fixture.event.id);
    expect(run.report?.unscheduled).toEqual([
      expect.objectContaining({ meetingId: meeting.id, reason: 'no-common-free-slot' }),
    ]);
    await send(t, organizer, 'POST', `/api/v1/admin/meeting-runs/${run.id}/publish`);
    expect((await overview(fixture)).unscheduled[0]?.reason).toBe('no-common-free-slot');

    // B frees slot 1 again: the next run places the meeting there.
    await send(t, b, 'DELETE', `/api/v1/events/${fixture.event.slug}/meetings/availability/${first!.slotId}`);
    await scheduleAndPublish(t, organizer, fixture.event.id);
    expect((await mine(fixture, a))[0]?.place?.slotId).toBe(first!.slotId);
    void second;
    void third;
  });

  it('keeps published meetings on a later run and fills the gaps', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 1);
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => createMember(t, organizer, fixture)));
    const ab = await acceptedMeeting(t, a!, b!, fixture.event.slug);
    await scheduleAndPublish(t, organizer, fixture.event.id);
    const before = (await mine(fixture, a!)).find((m) => m.id === ab.id)!.place;

    await acceptedMeeting(t, a!, c!, fixture.event.slug);
    await acceptedMeeting(t, c!, d!, fixture.event.slug);
    const run = await runScheduler(t, organizer, fixture.event.id);
    expect(run.report, JSON.stringify(run)).toMatchObject({ kept: 1, newlyScheduled: 2, scheduled: 3 });
    await send(t, organizer, 'POST', `/api/v1/admin/meeting-runs/${run.id}/publish`);
    expect((await mine(fixture, a!)).find((m) => m.id === ab.id)!.place).toEqual(before);
    const plan = await send<TablePlan>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${fixture.event.id}/meetings/plan`,
    );
    // One table, three slots: one meeting per slot.
    expect(plan.body.slots.map((s) => s.rows.length)).toEqual([1, 1, 1]);
    expect((await overview(fixture)).counts).toMatchObject({ accepted: 3, scheduled: 3 });
  });

  it('never cancels silently: a meeting whose slot goes away needs rescheduling and is listed', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    const meeting = await acceptedMeeting(t, a, b, fixture.event.slug);
    // Only 14:20 is free for A, so the meeting lands in a slot that a new length removes.
    const slots = (
      await send<Availability>(t, a, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/availability`)
    ).body.slots;
    for (const slot of [slots[0]!, slots[2]!]) {
      await send(t, a, 'PUT', `/api/v1/events/${fixture.event.slug}/meetings/availability/${slot.slotId}`);
    }
    await scheduleAndPublish(t, organizer, fixture.event.id);
    expect((await mine(fixture, a))[0]?.place?.startsAt).toBe('2027-02-04T13:20:00.000Z');

    await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${fixture.event.id}/meetings/blocks/${fixture.block.id}`,
      {
        slotMinutes: 30,
      },
    );
    const view = (await mine(fixture, a))[0]!;
    expect(view).toMatchObject({ id: meeting.id, status: 'accepted', place: null, needsRescheduling: true });
    const listed = await overview(fixture);
    expect(listed.needsRescheduling).toEqual([
      expect.objectContaining({ meetingId: meeting.id, formerStartsAt: '2027-02-04T13:20:00.000Z' }),
    ]);
    expect(listed.unscheduled[0]?.reason).toBe('needs-rescheduling');
    expect(await latestMail(t, b.email, 'meeting-needs-rescheduling')).toBeDefined();
    const agenda = await send<Agenda>(t, a, 'GET', `/api/v1/me/agenda?event=${fixture.event.slug}`);
    expect(agenda.body.assignments).toEqual([]);

    // A frees the new first slot (14:00–14:30); the next run places the meeting again.
    const now = (
      await send<Availability>(t, a, 'GET', `/api/v1/events/${fixture.event.slug}/meetings/availability`)
    ).body.slots;
    expect(now.map((s) => s.blockedByMe)).toEqual([true, true]);
    await send(
      t,
      a,
      'DELETE',
      `/api/v1/events/${fixture.event.slug}/meetings/availability/${now[0]!.slotId}`,
    );
    await scheduleAndPublish(t, organizer, fixture.event.id);
    expect((await mine(fixture, a))[0]?.needsRescheduling).toBe(false);
    const placed = (await mine(fixture, a))[0]!.place!;
    const setup = await send<MeetingSetup>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${fixture.event.id}/meetings/setup`,
    );
    const table = setup.body.tables.find((x) => x.number === placed.tableNumber)!;
    await send(t, organizer, 'DELETE', `/api/v1/admin/meeting-tables/${table.id}`);
    // Removing the table of a meeting does the same.
    expect((await mine(fixture, a))[0]).toMatchObject({ status: 'accepted', needsRescheduling: true });
  });

  it('moves a meeting to "needs rescheduling" when its networking session moves in the programme', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    await acceptedMeeting(t, a, b, fixture.event.slug);
    await scheduleAndPublish(t, organizer, fixture.event.id);
    const moved = await send(t, organizer, 'PUT', `/api/v1/admin/sessions/${fixture.block.id}`, {
      ...sessionInput({ type: 'networking', title: 'Vereinbarte Gespräche', room: 'Foyer' }),
      startsAt: '2027-02-04T16:00',
      endsAt: '2027-02-04T17:00',
    });
    expect(moved.status).toBe(200);
    expect((await mine(fixture, a))[0]).toMatchObject({
      status: 'accepted',
      place: null,
      needsRescheduling: true,
    });
    await scheduleAndPublish(t, organizer, fixture.event.id);
    expect((await mine(fixture, b))[0]?.place?.startsAt).toMatch(/^2027-02-04T15:/);
  });

  it('refuses to publish a draft after the published schedule changed, and runs one at a time', async () => {
    const fixture = await createMeetingsEvent(t, organizer, 2);
    const a = await createMember(t, organizer, fixture);
    const b = await createMember(t, organizer, fixture);
    await acceptedMeeting(t, a, b, fixture.event.slug);
    const run = await runScheduler(t, organizer, fixture.event.id);
    await send(
      t,
      organizer,
      'PUT',
      `/api/v1/admin/events/${fixture.event.id}/meetings/blocks/${fixture.block.id}`,
      {
        slotMinutes: 15,
      },
    );
    const stale = await send<MeetingRun>(t, organizer, 'GET', `/api/v1/admin/meeting-runs/${run.id}`);
    expect(stale.body.stale).toBe(true);
    const refused = await send(t, organizer, 'POST', `/api/v1/admin/meeting-runs/${run.id}/publish`);
    expect(refused.status).toBe(409);
    const again = await scheduleAndPublish(t, organizer, fixture.event.id);
    expect(again.status).toBe('published');
    expect((await send(t, organizer, 'POST', `/api/v1/admin/meeting-runs/${again.id}/publish`)).status).toBe(
      409,
    );
  });
});
