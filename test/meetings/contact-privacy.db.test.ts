// Contact details (email, phone) of the two people of a meeting are visible only to each other and only
// after acceptance. Every GET route of the app (and every meetings write a third person can send) is
// called by each participant and anonymously, with real identifiers in the path, and no answer may
// contain a contact detail that caller must not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSetup, MyMeeting } from '../../src/contract/meetings.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { nextRemoteAddress } from '../people.js';
import {
  createMeetingsEvent,
  createMember,
  requestMeeting,
  send,
  type MeetingsFixture,
  type Member,
} from './helpers.js';

describe.each(DIALECTS)('contact details of meetings on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let fixture: MeetingsFixture;
  let requester: Member;
  let recipient: Member;
  let stranger: Member;
  let meeting: MyMeeting;
  let slotId: string;

  const phones = new Map<string, string>();
  const secretsOf = (m: Member) => [m.email, phones.get(m.personId)!];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    fixture = await createMeetingsEvent(t, organizer, 2);
    const make = async (phone: string) => {
      const member = await createMember(t, organizer, fixture, { phone });
      phones.set(member.personId, phone);
      return member;
    };
    requester = await make('+49 351 7770001');
    recipient = await make('+49 351 7770002');
    stranger = await make('+49 351 7770003');
    meeting = await requestMeeting(t, requester, recipient, fixture.event.slug, 'Bitte um ein Gespräch');
    const setup = await send<MeetingSetup>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${fixture.event.id}/meetings/setup`,
    );
    slotId = setup.body.blocks[0]!.slots[0]!.id;
  });
  afterAll(async () => t.close());

  /** Each way to fill the route's path with identifiers of this scenario. */
  function urlsFor(pattern: string): string[] {
    const values: Record<string, string[]> = {
      id: [meeting.id, fixture.event.id],
      slug: [fixture.event.slug],
      personId: [requester.personId, recipient.personId],
      slotId: [slotId],
      sessionId: [fixture.block.id],
    };
    let urls = [pattern];
    for (const [, name] of pattern.matchAll(/:(\w+)/g)) {
      const options = values[name!] ?? ['x'.repeat(32)];
      urls = urls.flatMap((url) => options.map((v) => url.replace(`:${name}`, v)));
    }
    return urls;
  }

  async function answersTo(caller: Caller | null, routes: { method: string; url: string }[]) {
    const bodies: string[] = [];
    for (const route of routes) {
      for (const url of urlsFor(route.url)) {
        const response = await t.app.inject({
          method: route.method as 'GET',
          url,
          remoteAddress: nextRemoteAddress(),
          headers: caller?.headers ?? {},
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${route.method} ${url}`).toBeLessThan(500);
        bodies.push(`${route.method} ${url} -> ${response.body}`);
      }
    }
    return bodies;
  }

  const getRoutes = () => t.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1'));
  const meetingWrites = () =>
    t.routes.filter(
      (r) => r.method !== 'GET' && r.url.startsWith('/api/v1/meetings/') && !r.url.endsWith('/slot'),
    );

  function expectNone(bodies: string[], secrets: string[]) {
    for (const body of bodies) {
      for (const secret of secrets) {
        expect(body.includes(secret), `leaks ${secret}: ${body.slice(0, 300)}`).toBe(false);
      }
    }
  }

  it('before acceptance: neither person, nobody else and no anonymous caller sees them', async () => {
    expectNone(await answersTo(requester, getRoutes()), secretsOf(recipient));
    expectNone(await answersTo(recipient, getRoutes()), secretsOf(requester));
    expectNone(await answersTo(stranger, [...getRoutes(), ...meetingWrites()]), [
      ...secretsOf(requester),
      ...secretsOf(recipient),
    ]);
    expectNone(await answersTo(null, getRoutes()), [...secretsOf(requester), ...secretsOf(recipient)]);
  });

  it('after acceptance: the two see each other’s, still nobody else', async () => {
    const accepted = await send<MyMeeting>(t, recipient, 'POST', `/api/v1/meetings/${meeting.id}/accept`);
    expect(accepted.body.contact).toEqual({ email: requester.email, phone: phones.get(requester.personId) });
    const seen = (await answersTo(requester, getRoutes())).join('\n');
    expect(seen).toContain(recipient.email);
    expect(seen).toContain(phones.get(recipient.personId)!);
    expectNone(await answersTo(stranger, [...getRoutes(), ...meetingWrites()]), [
      ...secretsOf(requester),
      ...secretsOf(recipient),
    ]);
    expectNone(await answersTo(null, getRoutes()), [...secretsOf(requester), ...secretsOf(recipient)]);
  });
});
