import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, saveProfile, type Participant } from './helpers.js';

/**
 * A person who has not opted in to the directory (never, withdrawn elsewhere, cancelled, or only
 * opted in at another event) is never visible through any GET route: neither their id nor a word
 * of their profile. Contact details (addresses, phone numbers) appear in no networking answer.
 */
describe.each(DIALECTS)('directory visibility on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let viewer: Participant;
  const hidden: { person: Participant; marker: string }[] = [];
  const query = (marker: string) => `?q=${marker}&tag=charging`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    const other = await createNetworkingEvent(t, organizer);
    viewer = await addParticipant(t, organizer, event.id);
    // The viewer complements every hidden profile, so any leak would show as a recommendation.
    await saveProfile(t, viewer, event.slug, {
      organization: 'Sicht GmbH',
      sector: 'it',
      offerTags: ['lightweight'],
      seekTags: ['charging'],
      offerText: 'Leichtbau',
      seekText: 'Ladesäulen',
    });
    const db = t.database.handle.db;
    const make = async (name: string) => {
      const person = await addParticipant(t, organizer, event.id, {
        lastName: name,
        phone: '+49 351 7777777',
      });
      const marker = `Geheimwort${name}`;
      hidden.push({ person, marker });
      return { person, marker };
    };

    // 1. Opted in, then withdrew the consent through "My registration" (the registration feature).
    const withdrawn = await make('Widerruf');
    await saveProfile(t, withdrawn.person, event.slug, { offerText: `Ladesäulen ${withdrawn.marker}` });
    await db
      .updateTable('registrations')
      .set({ consentDirectory: 0 })
      .where('personId', '=', withdrawn.person.personId)
      .execute();

    // 2. Opted in, then the registration was cancelled.
    const cancelled = await make('Storniert');
    await saveProfile(t, cancelled.person, event.slug, { offerText: `Ladesäulen ${cancelled.marker}` });
    const registration = await db
      .selectFrom('registrations')
      .select('id')
      .where('personId', '=', cancelled.person.personId)
      .executeTakeFirstOrThrow();
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/registrations/${registration.id}/cancel`,
      headers: organizer.headers,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);

    // 3. Confirmed, never opted in.
    await make('Niemals');

    // 4. Opted in at another event only.
    const elsewhere = await make('Anderswo');
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${other.id}/registrations`,
      headers: organizer.headers,
      payload: {
        firstName: 'Otto',
        lastName: 'Anderswo',
        email: elsewhere.person.email,
        organization: 'Anderswo AG',
        sector: 'energy',
        sendMail: false,
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    await saveProfile(t, elsewhere.person, other.slug, { offerText: `Ladesäulen ${elsewhere.marker}` });
  });
  afterAll(async () => t.close());

  /** Every GET route of the app with its parameters filled for this event and the hidden person. */
  function getUrls(personId: string, marker: string): string[] {
    const values: Record<string, string> = { slug: event.slug, id: event.id, personId };
    return t.routes
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json')
      .filter((r) => [...r.url.matchAll(/:(\w+)/g)].every((m) => m[1]! in values))
      .flatMap((r) => {
        const url = r.url.replace(/:(\w+)/g, (_, name: string) => values[name]!);
        return url.includes('/networking/directory')
          ? [url, `${url}${query(marker)}`, `${url}?q=${marker}`]
          : [url];
      });
  }

  it('never shows a person without the directory consent, through any route, to anyone', async () => {
    expect(hidden).toHaveLength(4);
    let checked = 0;
    for (const { person, marker } of hidden) {
      for (const url of getUrls(person.personId, marker)) {
        for (const [who, caller] of [
          ['participant', viewer],
          ['organizer', organizer],
        ] as const) {
          const response = await t.app.inject({ method: 'GET', url, headers: caller.headers });
          expect(response.statusCode, `${who} ${url}`).toBeLessThan(500);
          expect(response.body, `${who} ${url}`).not.toContain(marker);
          if (who === 'participant') {
            expect(response.body, `${who} ${url}`).not.toContain(person.personId);
          }
          if (url.includes('/networking')) {
            expect(response.body, `${who} ${url}`).not.toMatch(/@example\.org|7777777/);
          }
          checked += 1;
        }
      }
    }
    // The networking routes are among those checked (directory, card, recommendations, context).
    expect(checked).toBeGreaterThan(4 * 2 * 6);
  });

  it('keeps the directory and recommendations from people who are not confirmed participants', async () => {
    const stranger = await addParticipant(t, organizer, (await createNetworkingEvent(t, organizer)).id);
    for (const path of ['directory', 'recommendations', `people/${viewer.personId}`]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/events/${event.slug}/networking/${path}`,
        headers: stranger.headers,
      });
      expect(response.statusCode, path).toBe(403);
      expect(response.body).not.toContain('Sicht GmbH');
    }
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.slug}/networking/directory`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows the profile again once the consent is given again', async () => {
    const [withdrawn] = hidden;
    await t.database.handle.db
      .updateTable('registrations')
      .set({ consentDirectory: 1 })
      .where('personId', '=', withdrawn!.person.personId)
      .execute();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.slug}/networking/directory?q=${withdrawn!.marker}`,
      headers: viewer.headers,
    });
    expect(response.json<{ total: number }>().total).toBe(1);
  });
});
