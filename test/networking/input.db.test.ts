import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  addParticipant,
  createNetworkingEvent,
  profileInput,
  saveProfile,
  type Participant,
} from './helpers.js';

/** Any profile body or directory query on a real event gives a success or a 4xx, never a 500. */
describe.each(DIALECTS)('networking input on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let participant: Participant;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    participant = await addParticipant(t, organizer, event.id);
    await saveProfile(t, participant, event.slug);
  });
  afterAll(async () => t.close());

  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
  const field = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.array(text, { maxLength: 10 }));
  const keys = Object.keys(profileInput());

  it('answers any profile body with a status below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), field), async (changes) => {
        const response = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/events/${event.slug}/networking/profile`,
          headers: participant.headers,
          payload: { ...profileInput(), ...changes },
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('answers any search and filter with a status below 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('q', 'sector', 'tag', 'topic', 'offset', 'x'), text, { maxKeys: 4 }),
        async (query) => {
          const response = await t.app.inject({
            method: 'GET',
            url: `/api/v1/events/${event.slug}/networking/directory`,
            query,
            headers: participant.headers,
          });
          expect(response.statusCode, response.body).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
