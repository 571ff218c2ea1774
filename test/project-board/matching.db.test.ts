import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdeaDetail, IdeaSuggestions, RoleSuggestions } from '../../src/contract/project-board.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { addParticipant, createNetworkingEvent, saveProfile } from '../networking/helpers.js';
import { call, postIdea } from './helpers.js';

/**
 * Suggestions both ways come from the matching of "People to meet": the thesaurus meets German and
 * English, colleagues of the initiator's organization are never suggested, and the reasons are words
 * the people wrote.
 */
describe.each(DIALECTS)('project board suggestions on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let idea: IdeaDetail;
  const ids: Record<string, string> = {};
  let english: Caller & { personId: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createNetworkingEvent(t, organizer);
    const initiator = await addParticipant(t, organizer, event.id, {
      organization: 'Batterie Kreislauf GmbH',
    });
    await saveProfile(t, initiator, event.slug, {
      organization: 'Batterie Kreislauf GmbH',
      sector: 'supplier',
    });
    // A colleague (the organization written differently) who offers exactly what the role seeks.
    const colleague = await addParticipant(t, organizer, event.id, {
      organization: 'BATTERIE KREISLAUF – Logistik',
      sector: 'logistics',
    });
    await saveProfile(t, colleague, event.slug, {
      organization: 'BATTERIE KREISLAUF – Logistik',
      sector: 'logistics',
      offerText: 'Rücknahmelogistik für Altbatterien und Transport von Gefahrgut.',
      offerTags: ['logistics', 'recycling'],
      seekTags: [],
      textLanguage: 'de',
    });
    // Someone who writes English about the same thing, with no tags.
    english = await addParticipant(t, organizer, event.id, {
      organization: 'Baltic Freight',
      sector: 'logistics',
    });
    await saveProfile(t, english, event.slug, {
      organization: 'Baltic Freight',
      sector: 'logistics',
      offerText: 'Reverse logistics and transport of used batteries for recycling.',
      seekText: 'Partners for battery storage',
      offerTags: [],
      seekTags: [],
      textLanguage: 'en',
    });
    // Someone whose offers do not touch the role at all.
    const unrelated = await addParticipant(t, organizer, event.id, {
      organization: 'Catering Meißen',
      sector: 'logistics',
    });
    await saveProfile(t, unrelated, event.slug, {
      organization: 'Catering Meißen',
      sector: 'logistics',
      offerText: 'Catering und Bewirtung für Veranstaltungen.',
      offerTags: [],
      seekTags: [],
    });
    Object.assign(ids, {
      colleague: colleague.personId,
      english: english.personId,
      unrelated: unrelated.personId,
    });
    idea = await postIdea(t, initiator, event.slug, {
      roles: [
        {
          sector: 'logistics',
          competences: ['recycling'],
          description: 'Rücknahmelogistik für Altbatterien',
        },
      ],
    });
  });
  afterAll(async () => t.close());

  it("never suggests the initiator's colleagues; a cross-language offer ranks above no overlap", async () => {
    const response = await call<RoleSuggestions>(t, organizer, 'GET', `/api/v1/ideas/${idea.id}/suggestions`);
    expect(response.status, response.text).toBe(200);
    const candidates = response.body.roles[0]!.candidates;
    const order = candidates.map((c) => c.personId);
    expect(order).not.toContain(ids.colleague);
    expect(order[0]).toBe(ids.english);
    const unrelatedAt = order.indexOf(ids.unrelated!);
    expect(unrelatedAt === -1 || unrelatedAt > 0).toBe(true);
    // The reason names the words the English speaker wrote.
    expect(candidates[0]!.reason.theyOfferYouSeekTerms.join(' ').toLowerCase()).toMatch(
      /logistics|batter|recycl/,
    );
  });

  it('suggests the idea to the participant whose offers fit a role, with the reason', async () => {
    const response = await call<IdeaSuggestions>(
      t,
      english,
      'GET',
      `/api/v1/events/${event.slug}/idea-suggestions`,
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body.hasProfile).toBe(true);
    expect(response.body.suggestions.map((s) => s.idea.id)).toEqual([idea.id]);
    expect(response.body.suggestions[0]!.reason.youOfferTheySeekTerms.length).toBeGreaterThan(0);
  });
});
