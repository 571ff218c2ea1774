import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';
import {
  computeFigures,
  crossSectorFigure,
  meetingsFigure,
  participantsFigure,
  pollsFigure,
  sectorsFigure,
  surveyFigure,
  topQuestionsFigure,
} from '../../src/server/features/retrospective/index.js';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  createPastEvent,
  insertMeeting,
  insertMeetingPlace,
  insertPerson,
  insertRegistration,
  insertRegistrations,
  insertSession,
} from './factory.js';
import { insertPoll, insertQuestion, insertSurveyResponse } from './live-factory.js';

/**
 * Event A (hand-computed): 5 energy + 3 IT + 2 OEM checked in, 1 logistics confirmed only, 1 supplier
 * cancelled. Event B: two confirmed, nobody checked in, one meeting, one question, two answers.
 * Event C: nothing at all.
 */
describe.each(DIALECTS)('retrospective figures on %s', (dialect) => {
  let t: TestApp;
  let db: Kysely<Database>;
  let a: string;
  let b: string;
  let c: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    db = t.database.handle.db;
    const organizer = await t.signInOrganizer();
    a = (await createPastEvent(t, organizer)).id;
    b = (await createPastEvent(t, organizer)).id;
    c = (await createPastEvent(t, organizer)).id;

    const [p1, p2, p3, p4, p5, p6] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => insertPerson(db)));
    const sectorOf = { energy: [p1, p2, p6], it: [p3, p5], oem: [p4] };
    for (const [sector, people] of Object.entries(sectorOf)) {
      for (const personId of people) {
        await insertRegistration(db, a, { sector, checkedIn: true, personId });
      }
    }
    await insertRegistrations(db, a, 2, { sector: 'energy', checkedIn: true });
    await insertRegistrations(db, a, 1, { sector: 'it', checkedIn: true });
    await insertRegistrations(db, a, 1, { sector: 'oem', checkedIn: true });
    await insertRegistrations(db, a, 1, { sector: 'logistics' });
    await insertRegistrations(db, a, 1, { sector: 'supplier', status: 'cancelled' });

    const place = await insertMeetingPlace(db, a);
    await insertMeeting(db, a, p1!, p3!, 'accepted', place); // energy–IT: across sectors
    await insertMeeting(db, a, p1!, p2!, 'accepted', place); // energy–energy
    await insertMeeting(db, a, p4!, p5!, 'accepted', place); // OEM–IT: across sectors
    await insertMeeting(db, a, p3!, p6!, 'accepted', null); // not in the plan: not held
    await insertMeeting(db, a, p2!, p5!, 'pending', null);

    const session = await insertSession(db, a);
    const voters = ['v1', 'v2', 'v3', 'v4', 'v5'];
    await insertQuestion(db, session, {
      text: 'Wer zahlt die Ladesäulen?',
      authorKey: 'a1',
      state: 'approved',
      voters,
    });
    await insertQuestion(db, session, {
      text: 'Wann kommt Wasserstoff?',
      authorKey: 'a2',
      state: 'approved',
      voters: ['v1', 'v2'],
    });
    await insertQuestion(db, session, { text: 'Verborgen', authorKey: 'a3', state: 'hidden', voters: [] });
    await insertQuestion(db, session, {
      text: 'Und die Netze?',
      authorKey: 'a1',
      state: 'approved',
      voters: [],
    });

    await insertPoll(db, session, {
      kind: 'single',
      state: 'closed',
      question: 'Wichtigstes Thema?',
      position: 0,
      choices: { Laden: ['k1', 'k2', 'k3'], Netze: ['k4'] },
    });
    await insertPoll(db, session, {
      kind: 'single',
      state: 'closed',
      question: 'Zu klein',
      position: 1,
      choices: { Ja: ['k1', 'k5'] },
    });
    await insertPoll(db, session, {
      kind: 'single',
      state: 'open',
      question: 'Noch offen',
      position: 2,
      choices: { Ja: ['k9', 'k10', 'k11'] },
    });
    await insertPoll(db, session, {
      kind: 'words',
      state: 'closed',
      question: 'Ein Wort',
      position: 3,
      choices: { Wasserstoff: ['k6', 'k7', 'k8'], Netz: ['k6'] },
    });

    for (const [rating, met, again] of [
      [5, true, 'yes'],
      [4, true, 'yes'],
      [4, true, 'yes'],
      [3, false, 'maybe'],
      [5, false, 'yes'],
    ] as const) {
      await insertSurveyResponse(db, a, { rating, met, again });
    }

    const [q1, q2] = await Promise.all([insertPerson(db), insertPerson(db)]);
    await insertRegistration(db, b, { sector: 'energy', personId: q1 });
    await insertRegistration(db, b, { sector: 'it', personId: q2 });
    await insertMeeting(db, b, q1, q2, 'accepted', await insertMeetingPlace(db, b));
    await insertQuestion(db, await insertSession(db, b), {
      text: 'Allein',
      authorKey: 'solo',
      state: 'approved',
      voters: [],
    });
    await insertSurveyResponse(db, b, { rating: 5, met: true, again: 'yes' });
    await insertSurveyResponse(db, b, { rating: 1, met: false, again: 'no' });
  });
  afterAll(async () => t.close());

  it('participants: checked-in people when anyone checked in, else confirmed; two are suppressed', async () => {
    expect(await participantsFigure(db, a)).toMatchObject({
      basis: 'checked-in',
      value: 10,
      groupSize: 10,
      suppressed: false,
    });
    expect(await participantsFigure(db, b)).toMatchObject({
      basis: 'confirmed',
      value: null,
      groupSize: 2,
      suppressed: true,
      reason: 'small-group',
    });
    expect(await participantsFigure(db, c)).toMatchObject({
      value: null,
      groupSize: 0,
      suppressed: true,
      reason: 'no-data',
    });
  });

  it('sectors: counts per sector, a sector of two people left out and counted as hidden', async () => {
    const figure = await sectorsFigure(db, a, 'de');
    expect(figure.items).toEqual([
      { label: 'Energieversorgung', value: 5, percent: 50 },
      { label: 'IT und Software', value: 3, percent: 30 },
    ]);
    expect(figure).toMatchObject({ value: 2, hiddenItems: 1, groupSize: 10 });
    expect((await sectorsFigure(db, a, 'en')).items[0]?.label).toBe('Energy utilities');
    expect((await sectorsFigure(db, b, 'de')).suppressed).toBe(true);
  });

  it('meetings held: accepted, placed, slot over, both checked in; the group is the people who met', async () => {
    expect(await meetingsFigure(db, a, t.clock.now())).toMatchObject({
      value: 3,
      groupSize: 5,
      suppressed: false,
    });
    expect(await meetingsFigure(db, b, t.clock.now())).toMatchObject({
      value: null,
      groupSize: 0, // neither checked in: their placed meeting did not take place
      suppressed: true,
    });
  });

  it('meetings held without a published plan: the accepted ones count', async () => {
    const d = (await createPastEvent(t, await t.signInOrganizer())).id;
    const [x, y, z] = await Promise.all([1, 2, 3].map(() => insertPerson(db)));
    await insertRegistration(db, d, { sector: 'energy', personId: x, checkedIn: true });
    await insertRegistration(db, d, { sector: 'energy', personId: y, checkedIn: true });
    await insertRegistration(db, d, { sector: 'it', personId: z, checkedIn: true });
    await insertMeeting(db, d, x!, y!, 'accepted', null);
    await insertMeeting(db, d, y!, z!, 'accepted', null);
    await insertMeeting(db, d, x!, z!, 'declined', null);
    expect(await meetingsFigure(db, d, t.clock.now())).toMatchObject({ value: 2, groupSize: 3 });
    expect(await crossSectorFigure(db, d, t.clock.now())).toMatchObject({
      value: 1,
      percent: 50,
      groupSize: 3,
    });
  });

  it('share across sectors: two of three held meetings', async () => {
    expect(await crossSectorFigure(db, a, t.clock.now())).toMatchObject({
      value: 2,
      percent: 67,
      groupSize: 5,
    });
    expect(await crossSectorFigure(db, b, t.clock.now())).toMatchObject({ percent: null, suppressed: true });
  });

  it('top questions: approved only, by votes; a count of fewer than three people is withheld', async () => {
    const figure = await topQuestionsFigure(db, a);
    expect(figure).toMatchObject({ value: 3, groupSize: 7, suppressed: false });
    expect(figure.items).toEqual([
      { label: 'Wer zahlt die Ladesäulen?', value: 5, percent: null },
      { label: 'Wann kommt Wasserstoff?', value: null, percent: null },
      { label: 'Und die Netze?', value: null, percent: null },
    ]);
    expect(await topQuestionsFigure(db, b)).toMatchObject({ suppressed: true, items: [], groupSize: 1 });
  });

  it('polls: closed polls of three or more voters; small options and words withheld', async () => {
    const figure = await pollsFigure(db, a);
    expect(figure).toMatchObject({ value: 2, hiddenItems: 1, groupSize: 8, suppressed: false });
    expect(figure.groups).toEqual([
      {
        label: 'Wichtigstes Thema?',
        value: 4,
        items: [
          { label: 'Laden', value: 3, percent: 75 },
          { label: 'Netze', value: null, percent: null },
        ],
      },
      {
        label: 'Ein Wort',
        value: 3,
        items: [
          { label: 'Wasserstoff', value: 3, percent: 100 },
          { label: 'Netz', value: null, percent: null },
        ],
      },
    ]);
    expect((await pollsFigure(db, c)).reason).toBe('no-data');
  });

  it('survey: of 5 answers, 2 "no" and 1 "not again" keep both shares back; rating 4.2; two answers suppressed', async () => {
    // 3 of 5 met a partner and 4 will come again: a published "60 %" or "80 %" would give away the
    // two who met nobody and the one who will not come again.
    const figure = await surveyFigure(db, a, 'de');
    expect(figure).toMatchObject({ value: 5, percent: null, groupSize: 5, suppressed: false });
    expect(figure.items).toEqual([
      { label: 'metPartners', value: null, percent: null },
      { label: 'willReturn', value: null, percent: null },
      { label: 'averageRating', value: 4.2, percent: null },
    ]);
    expect(await surveyFigure(db, b, 'de')).toMatchObject({ suppressed: true, percent: null, items: [] });
  });

  it('survey: a share is shown when both sides have at least three people, or nobody is on the other side', async () => {
    const organizer = await t.signInOrganizer();
    const d = (await createPastEvent(t, organizer)).id;
    for (const [rating, met, again] of [
      [5, true, 'yes'],
      [4, true, 'yes'],
      [4, true, 'yes'],
      [3, false, 'yes'],
      [2, false, 'yes'],
      [3, false, 'yes'],
    ] as const) {
      await insertSurveyResponse(db, d, { rating, met, again });
    }
    const figure = await surveyFigure(db, d, 'de');
    expect(figure).toMatchObject({ value: 6, percent: 50 });
    expect(figure.items).toEqual([
      { label: 'metPartners', value: 3, percent: 50 },
      { label: 'willReturn', value: 6, percent: 100 },
      { label: 'averageRating', value: 3.5, percent: null },
    ]);
  });

  it('computes every figure in the contract order, and only the keys asked for', async () => {
    expect((await computeFigures(db, a, 'de', t.clock.now())).map((f) => f.key)).toEqual([
      'participants',
      'sectors',
      'meetings',
      'crossSector',
      'topQuestions',
      'polls',
      'survey',
    ]);
    expect((await computeFigures(db, b, 'de', t.clock.now(), ['survey'])).map((f) => f.key)).toEqual([
      'survey',
    ]);
  });
});
