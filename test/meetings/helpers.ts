import { expect } from 'vitest';
import type { MeetingRun, MeetingSetup, MyMeeting } from '../../src/contract/meetings.js';
import type { AdminSession } from '../../src/contract/program.js';
import { sessionCookie, type Caller, type TestApp } from '../build-app.js';
import { nextRemoteAddress, requestMagicLinkToken } from '../people.js';
import { createProgrammeEvent, send, sessionInput } from '../program/helpers.js';

export { send };

/** A person of the test: their id, email and signed-in caller. */
export interface Member extends Caller {
  personId: string;
  email: string;
  name: string;
}

export interface MeetingsFixture {
  event: { id: string; slug: string };
  /** The networking session 14:00–15:00 (Berlin) of 2027-02-04: three 20-minute slots by default. */
  block: AdminSession;
}

let counter = 0;

/** A published event with one networking session 14:00–15:00 and a panel 14:00–14:30; tables 1–n. */
export async function createMeetingsEvent(
  t: TestApp,
  organizer: Caller,
  tables = 5,
): Promise<MeetingsFixture> {
  const event = await createProgrammeEvent(t, organizer);
  const block = await send<AdminSession>(t, organizer, 'POST', `/api/v1/admin/events/${event.id}/sessions`, {
    ...sessionInput({ type: 'networking', title: 'Vereinbarte Gespräche', room: 'Foyer' }),
    startsAt: '2027-02-04T14:00',
    endsAt: '2027-02-04T15:00',
  });
  expect(block.status, JSON.stringify(block.body)).toBe(201);
  if (tables > 0) {
    const added = await send<MeetingSetup>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/meetings/tables`,
      {
        fromNumber: 1,
        toNumber: tables,
        location: 'Foyer',
      },
    );
    expect(added.status, JSON.stringify(added.body)).toBe(200);
  }
  return { event, block: block.body };
}

/** Signs a person in the way a person does (magic link from the outbox). */
export async function signInByMail(t: TestApp, email: string): Promise<Caller> {
  const token = await requestMagicLinkToken(t, email);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/magic-link/consume',
    remoteAddress: nextRemoteAddress(),
    payload: { token },
  });
  expect(response.statusCode, response.body).toBe(200);
  return {
    headers: {
      cookie: sessionCookie(response),
      'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken,
    },
  };
}

/**
 * A confirmed participant of the event (added by the organizer), signed in; with `directory` they
 * also join the event's directory with a profile (the networking feature's consent).
 */
export async function createMember(
  t: TestApp,
  organizer: Caller,
  fixture: MeetingsFixture,
  options: {
    firstName?: string;
    organization?: string;
    phone?: string;
    locale?: 'de' | 'en';
    directory?: boolean;
  } = {},
): Promise<Member> {
  counter += 1;
  const firstName = options.firstName ?? `Person${counter}`;
  const email = `mitglied-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const added = await send<{ personId: string }>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/events/${fixture.event.id}/registrations`,
    {
      firstName,
      lastName: 'Beispiel',
      email,
      organization: options.organization ?? `Firma ${counter} GmbH`,
      sector: 'energy',
      phone: options.phone ?? `+49 351 ${1000 + counter}`,
      locale: options.locale ?? 'de',
      sendMail: false,
    },
  );
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const caller = await signInByMail(t, email);
  const person = await t.database.handle.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  if (options.directory !== false) {
    const profile = await send(t, caller, 'PUT', `/api/v1/events/${fixture.event.slug}/networking/profile`, {
      organization: options.organization ?? `Firma ${counter} GmbH`,
      sector: 'energy',
      offerText: 'Ladeinfrastruktur',
      seekText: 'Leichtbau',
      directoryConsent: true,
    });
    expect(profile.status, JSON.stringify(profile.body)).toBe(200);
  }
  return { ...caller, personId: person.id, email, name: `${firstName} Beispiel` };
}

/** A asks B; returns the new meeting. */
export async function requestMeeting(t: TestApp, from: Member, to: Member, slug: string, message = 'Hallo!') {
  const response = await send<MyMeeting>(t, from, 'POST', `/api/v1/events/${slug}/meetings`, {
    recipientId: to.personId,
    message,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** A asks B and B accepts. */
export async function acceptedMeeting(t: TestApp, a: Member, b: Member, slug: string): Promise<MyMeeting> {
  const meeting = await requestMeeting(t, a, b, slug);
  const accepted = await send<MyMeeting>(t, b, 'POST', `/api/v1/meetings/${meeting.id}/accept`);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return accepted.body;
}

/** Starts a scheduler run and waits (polling as the page does) until it is no longer running. */
export async function runScheduler(t: TestApp, organizer: Caller, eventId: string): Promise<MeetingRun> {
  const started = await send<MeetingRun>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/events/${eventId}/meetings/runs`,
  );
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  await t.services.meetings.runs.settle(started.body.id);
  for (let i = 0; i < 200; i += 1) {
    const run = await send<MeetingRun>(t, organizer, 'GET', `/api/v1/admin/meeting-runs/${started.body.id}`);
    if (run.body.status !== 'running') {
      return run.body;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('scheduler run did not finish');
}

/** Runs the scheduler and publishes the draft. */
export async function scheduleAndPublish(
  t: TestApp,
  organizer: Caller,
  eventId: string,
): Promise<MeetingRun> {
  const run = await runScheduler(t, organizer, eventId);
  expect(run.status, JSON.stringify(run)).toBe('done');
  const published = await send<MeetingRun>(
    t,
    organizer,
    'POST',
    `/api/v1/admin/meeting-runs/${run.id}/publish`,
  );
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body;
}
