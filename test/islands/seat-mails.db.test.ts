import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView, MyIslands } from '../../src/contract/islands.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { startSmtpServer, transportTo } from '../smtp.js';
import {
  addIsland,
  addParticipant,
  assignmentAction,
  createIslandEvent,
  personalLink,
  send,
  type Participant,
} from './helpers.js';

const KIND = 'island-seat-changed';

describe.each(DIALECTS)('islands: a mail to everyone whose seat a sync changes on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dialog.example.org' });
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function seatMails(eventPeople: Participant[]) {
    return t.database.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('kind', '=', KIND)
      .where(
        'toAddress',
        'in',
        eventPeople.map((p) => p.email),
      )
      .orderBy('createdAt')
      .execute();
  }

  /**
   * Four people seated in both rounds and published: Energie (1 seat), Mobilität and Innovation (2).
   * Person 1 (English) waits for Energie in round 1, where person 0 sits.
   */
  async function publishedWithWaitlist() {
    const event = await createIslandEvent(t, organizer, 2);
    const energy = await addIsland(t, organizer, event.id, { theme: 'Energie', capacity: 1 });
    const mobility = await addIsland(t, organizer, event.id, {
      theme: 'Mobilität',
      capacity: 2,
      place: 'Halle B',
      tableLabel: 'Tisch 7',
    });
    const innovation = await addIsland(t, organizer, event.id, {
      theme: 'Innovation',
      capacity: 2,
      place: 'Galerie',
      tableLabel: 'Tisch 1',
    });
    const people = [
      await addParticipant(t, organizer, event.id, 'energy'),
      await addParticipant(t, organizer, event.id, 'oem', { locale: 'en', salutation: 'ms' }),
      await addParticipant(t, organizer, event.id, 'it'),
      await addParticipant(t, organizer, event.id, 'logistics'),
    ];
    const seating: [number, number, string][] = [
      [0, 0, energy.id],
      [1, 0, mobility.id],
      [2, 0, mobility.id],
      [3, 0, innovation.id],
      [0, 1, mobility.id],
      [1, 1, innovation.id],
      [2, 1, innovation.id],
      [3, 1, mobility.id],
    ];
    for (const [person, round, islandId] of seating) {
      const moved = await send<AssignmentView>(
        t,
        organizer,
        'POST',
        `/api/v1/admin/events/${event.id}/island-assignment/move`,
        { personId: people[person]!.personId, roundId: event.roundIds[round], islandId },
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    await assignmentAction(t, organizer, event.id, 'publish');
    const joined = await send<MyIslands>(
      t,
      null,
      'PUT',
      `/api/v1/my-registration/${await personalLink(t, people[1]!.registrationId)}/island-waitlist`,
      { roundId: event.roundIds[0], islandId: energy.id, join: true },
    );
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    const { title } = await t.database.handle.db
      .selectFrom('events')
      .select('title')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    return { event: { ...event, title }, energy, mobility, innovation, people };
  }

  async function cancel(person: Participant) {
    const cancelled = await send(
      t,
      organizer,
      'POST',
      `/api/v1/admin/registrations/${person.registrationId}/cancel`,
      {},
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  }

  it('mails the person who moves up and the newcomer once each, in their language; nobody else', async () => {
    const { event, energy, people } = await publishedWithWaitlist();
    // A sync with nothing to match changes no seat and writes no mail.
    await assignmentAction(t, organizer, event.id, 'sync');
    expect(await seatMails(people)).toEqual([]);

    await cancel(people[0]!);
    const newcomer = await addParticipant(t, organizer, event.id, 'research');
    const synced = await assignmentAction(t, organizer, event.id, 'sync');
    expect(synced.placements).toContainEqual(
      expect.objectContaining({
        personId: people[1]!.personId,
        roundId: event.roundIds[0],
        islandId: energy.id,
        source: 'waitlist',
      }),
    );
    const newcomerSeats = synced.placements.filter((p) => p.personId === newcomer.personId);
    expect(newcomerSeats).toHaveLength(2);

    const mails = await seatMails([...people, newcomer]);
    expect(mails.map((m) => m.toAddress).sort()).toEqual([people[1]!.email, newcomer.email].sort());

    const moved = mails.find((m) => m.toAddress === people[1]!.email)!;
    expect(moved.locale).toBe('en');
    expect(moved.subject).toBe(`Your seat at the conversation islands: ${event.title}`);
    expect(moved.textBody).toContain('Hello Ms Beispiel,');
    // 10:00 in the event's zone (Europe/Berlin), not the UTC instant 09:00.
    expect(moved.textBody).toMatch(
      /Round 1, Thursday,? 4 February 2027(,| at) 10:00 am: you have moved up from the waiting list – island “Energie”, Halle A, Tisch 3\./,
    );
    expect(moved.textBody).not.toContain('Round 2');
    expect(moved.textBody).toMatch(
      /View my conversation islands: https:\/\/dialog\.example\.org\/my-registration\/[\w-]+\/islands/,
    );
    expect(moved.htmlBody).toContain('<html lang="en">');
    expect(moved.htmlBody).toContain('View my registration');

    // The link in the mail opens the person's own islands with the new seat.
    const token = /my-registration\/([\w-]+)\/islands/.exec(moved.textBody)![1]!;
    const mine = await send<MyIslands>(t, null, 'GET', `/api/v1/my-registration/${token}/islands`);
    expect(mine.status).toBe(200);
    expect(mine.body.placements).toContainEqual(
      expect.objectContaining({ roundId: event.roundIds[0], islandId: energy.id }),
    );

    const placed = mails.find((m) => m.toAddress === newcomer.email)!;
    expect(placed.locale).toBe('de');
    expect(placed.subject).toBe(`Ihr Platz bei den Gesprächsinseln: ${event.title}`);
    expect(placed.textBody).toContain(`Guten Tag ${newcomer.name},`);
    expect(placed.textBody).toMatch(/Runde 1, Donnerstag, 4\. Februar 2027( um|,) 10:00: Insel „/);
    expect(placed.textBody).toMatch(/Runde 2, Donnerstag, 4\. Februar 2027( um|,) 11:00: Insel „/);
    expect(placed.textBody).toContain('Meine Anmeldung ansehen: https://dialog.example.org/my-registration/');

    // A second sync changes nothing and sends nothing more.
    await assignmentAction(t, organizer, event.id, 'sync');
    expect(await seatMails([...people, newcomer])).toHaveLength(2);
  });

  it('moves the first waiting person up on a hand move after publishing and mails only them', async () => {
    const { event, energy, people } = await publishedWithWaitlist();
    const moved = await send<AssignmentView>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${event.id}/island-assignment/move`,
      { personId: people[0]!.personId, roundId: event.roundIds[0], islandId: null },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.placements).toContainEqual(
      expect.objectContaining({ personId: people[1]!.personId, islandId: energy.id, source: 'waitlist' }),
    );
    const mails = await seatMails(people);
    expect(mails.map((m) => m.toAddress)).toEqual([people[1]!.email]);
    expect(mails[0]!.textBody).toContain('you have moved up from the waiting list – island “Energie”');
  });

  it('publishes without mail unless asked; asked, each seated person gets one mail with all seats', async () => {
    const publishMails = (to: string[]) =>
      t.database.handle.db
        .selectFrom('outbox')
        .selectAll()
        .where('kind', '=', 'island-seats-published')
        .where('toAddress', 'in', to)
        .execute();
    const setup = async () => {
      const event = await createIslandEvent(t, organizer, 2);
      const energy = await addIsland(t, organizer, event.id, { theme: 'Energie', capacity: 3 });
      await addIsland(t, organizer, event.id, { theme: 'Mobilität', capacity: 3, place: 'Halle B' });
      const people = [
        await addParticipant(t, organizer, event.id, 'energy'),
        await addParticipant(t, organizer, event.id, 'oem', { locale: 'en' }),
      ];
      await assignmentAction(t, organizer, event.id, 'run');
      return { event, energy, people };
    };

    const quiet = await setup();
    await assignmentAction(t, organizer, quiet.event.id, 'publish');
    expect(await publishMails(quiet.people.map((p) => p.email))).toEqual([]);

    const loud = await setup();
    const published = await send<AssignmentView>(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${loud.event.id}/island-assignment/publish`,
      { notifyParticipants: true },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.settings.status).toBe('published');
    const mails = await publishMails(loud.people.map((p) => p.email));
    expect(mails.map((m) => m.toAddress).sort()).toEqual(loud.people.map((p) => p.email).sort());
    const german = mails.find((m) => m.toAddress === loud.people[0]!.email)!;
    expect(german.subject).toMatch(/^Ihre Plätze bei den Gesprächsinseln: /);
    expect(german.textBody).toMatch(/Runde 1, Donnerstag, 4\. Februar 2027( um|,) 10:00: Insel „/);
    expect(german.textBody).toMatch(/Runde 2, Donnerstag, 4\. Februar 2027( um|,) 11:00: Insel „/);
    const english = mails.find((m) => m.toAddress === loud.people[1]!.email)!;
    expect(english.subject).toMatch(/^Your seats at the conversation islands: /);
    // Nothing changed since: a sync sends no second mail.
    await assignmentAction(t, organizer, loud.event.id, 'sync');
    expect(await seatMails(loud.people)).toEqual([]);

    const invalid = await send(
      t,
      organizer,
      'POST',
      `/api/v1/admin/events/${loud.event.id}/island-assignment/publish`,
      { notifyParticipants: 'ja' },
    );
    expect(invalid.status).toBe(422);
  });

  it('delivers the seat mail over SMTP', async () => {
    const smtp = await startSmtpServer();
    try {
      t.mail.useTransport(transportTo(smtp.port));
      // Earlier tests' mails go first; only this event's mail is looked at.
      while ((await t.mail.drain()) > 0) {
        // drain everything pending
      }
      smtp.mails.splice(0);
      const { event, people } = await publishedWithWaitlist();
      await cancel(people[0]!);
      await assignmentAction(t, organizer, event.id, 'sync');
      // The cancellation's own mail goes out too; one seat mail, to the person who moved up.
      await t.mail.drain();
      expect(await t.mail.drain()).toBe(0);
      const seatMailsReceived = smtp.mails
        .map((m) => m.parsed)
        .filter((m) => m.headers.get('x-crossdialog-kind') === KIND);
      expect(seatMailsReceived).toHaveLength(1);
      const mail = seatMailsReceived[0]!;
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(people[1]!.email);
      expect(mail.headers.get('x-crossdialog-kind')).toBe(KIND);
      expect(mail.subject).toBe(`Your seat at the conversation islands: ${event.title}`);
      expect(mail.text).toContain('you have moved up from the waiting list – island “Energie”');
      expect(mail.html || '').toContain('View my conversation islands');
    } finally {
      await smtp.close();
    }
  });
});
