import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyForm, SurveyResults } from '../../src/contract/survey.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { secretFromText } from '../people.js';
import { send } from '../program/helpers.js';
import { createPastEvent, insertRegistration, insertRegistrations } from '../retrospective/factory.js';

const SURVEY_LINK = /\/survey\/([A-Za-z0-9_%-]+)/;
const DAY_MS = 86_400_000;

describe.each(DIALECTS)('follow-up survey on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    event = await createPastEvent(t, organizer);
    const db = t.database.handle.db;
    // Four checked in (one English), one confirmed but absent, one cancelled: four invitations.
    await insertRegistrations(db, event.id, 3, { sector: 'energy', checkedIn: true });
    await insertRegistration(db, event.id, { sector: 'it', checkedIn: true, locale: 'en' });
    await insertRegistration(db, event.id, { sector: 'oem' });
    await insertRegistration(db, event.id, { sector: 'oem', status: 'cancelled', checkedIn: true });
  });
  afterAll(async () => t.close());

  async function surveyMails() {
    return t.database.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('kind', '=', 'survey-invitation')
      .orderBy('toAddress')
      .execute();
  }

  it('waits for the configured delay, then mails each attendee once through the outbox', async () => {
    // The event ended 2026-11-20 16:00; the clock stands at 2026-11-25. A delay of 7 days is not due yet.
    expect(
      (
        await send(t, organizer, 'PUT', `/api/v1/admin/events/${event.id}/survey/settings`, {
          isEnabled: true,
          delayDays: 7,
        })
      ).status,
    ).toBe(200);
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    await send(t, organizer, 'PUT', `/api/v1/admin/events/${event.id}/survey/settings`, {
      isEnabled: true,
      delayDays: 2,
    });
    expect(await t.surveyJobs.sendDueInvitations()).toBe(4);
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    const mails = await surveyMails();
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.locale === 'en')).toHaveLength(1);
    expect(mails.find((m) => m.locale === 'de')?.subject).toContain('Fünf kurze Fragen');
    tokens.push(...mails.map((m) => secretFromText(m.textBody, SURVEY_LINK)));
  });

  it('never mails attendees of an event long past (outside the sending window)', async () => {
    const old = await createPastEvent(t, organizer);
    await t.database.handle.db
      .updateTable('events')
      .set({ endsAt: '2020-02-06T16:00:00.000Z' })
      .where('id', '=', old.id)
      .execute();
    await insertRegistrations(t.database.handle.db, old.id, 3, { sector: 'energy', checkedIn: true });
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
  });

  it('shows the form behind a personal link and refuses an unknown one', async () => {
    const form = await send<SurveyForm>(t, null, 'GET', `/api/v1/survey/${tokens[0]}`);
    expect(form.body).toMatchObject({ hasAnswered: false });
    expect(form.body.sectors.length).toBeGreaterThan(5);
    expect((await send(t, null, 'GET', `/api/v1/survey/${'z'.repeat(43)}`)).status).toBe(410);
  });

  it('keeps results hidden below three answers, stores answers without a person, refuses a second answer', async () => {
    const answer = {
      rating: 5,
      metPartners: true,
      partnerCount: 2,
      partnerSectors: ['energy', 'it'],
      willReturn: 'yes',
      comment: 'Sehr gut organisiert.',
    };
    expect((await send(t, null, 'POST', `/api/v1/survey/${tokens[0]}`, answer)).status).toBe(201);
    expect((await send(t, null, 'POST', `/api/v1/survey/${tokens[0]}`, answer)).status).toBe(409);
    const results = await send<SurveyResults>(t, organizer, 'GET', `/api/v1/admin/events/${event.id}/survey`);
    expect(results.body).toMatchObject({
      invited: 4,
      answered: 1,
      suppressed: true,
      comments: [],
      ratings: [],
    });
    const stored = await t.database.handle.db.selectFrom('surveyResponses').selectAll().execute();
    expect(Object.keys(stored[0]!).sort()).toEqual(
      [
        'answeredOn',
        'comment',
        'eventId',
        'id',
        'metPartners',
        'partnerCount',
        'partnerSectors',
        'rating',
        'willReturn',
      ].sort(),
    );
  });

  it('names a bad field and an unknown sector', async () => {
    const bad = await send<{ error: { fields: { field: string }[] } }>(
      t,
      null,
      'POST',
      `/api/v1/survey/${tokens[1]}`,
      { rating: 9, metPartners: true, willReturn: 'yes' },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0]?.field).toBe('rating');
    const sector = await send<{ error: { fields: { field: string }[] } }>(
      t,
      null,
      'POST',
      `/api/v1/survey/${tokens[1]}`,
      { rating: 3, metPartners: true, partnerSectors: ['mars'], willReturn: 'no' },
    );
    expect(sector.status).toBe(422);
    expect(sector.body.error.fields[0]?.field).toBe('partnerSectors.0');
  });

  it('names every unanswered question as required, in the language asked for', async () => {
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokens[1]}`,
      headers: { 'accept-language': 'de' },
      payload: { comment: 'Nur ein Kommentar.' },
    });
    expect(empty.statusCode).toBe(422);
    const fields = empty.json<{ error: { fields: { field: string; code: string; message: string }[] } }>()
      .error.fields;
    expect(fields.map((f) => [f.field, f.code, f.message]).sort()).toEqual([
      ['metPartners', 'required', 'Dieses Feld ist erforderlich.'],
      ['rating', 'required', 'Dieses Feld ist erforderlich.'],
      ['willReturn', 'required', 'Dieses Feld ist erforderlich.'],
    ]);
    const english = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokens[1]}`,
      headers: { 'accept-language': 'en' },
      payload: { rating: 4, metPartners: false },
    });
    expect(english.json<{ error: { fields: unknown[] } }>().error.fields).toEqual([
      { field: 'willReturn', code: 'required', message: 'This field is required.' },
    ]);
    // A wrong answer is still "not allowed", not "missing".
    const wrong = await send<{ error: { fields: { field: string; code: string }[] } }>(
      t,
      null,
      'POST',
      `/api/v1/survey/${tokens[1]}`,
      { rating: 4, metPartners: false, willReturn: 'perhaps' },
    );
    expect(wrong.body.error.fields).toMatchObject([{ field: 'willReturn', code: 'invalid_value' }]);
  });

  it('shows counts once three answered, and they feed the retrospective figure', async () => {
    await send(t, null, 'POST', `/api/v1/survey/${tokens[1]}`, {
      rating: 4,
      metPartners: true,
      partnerSectors: ['energy'],
      willReturn: 'maybe',
    });
    await send(t, null, 'POST', `/api/v1/survey/${tokens[2]}`, {
      rating: 3,
      metPartners: false,
      willReturn: 'yes',
    });
    const results = await send<SurveyResults>(t, organizer, 'GET', `/api/v1/admin/events/${event.id}/survey`);
    expect(results.body).toMatchObject({
      answered: 3,
      suppressed: false,
      averageRating: 4,
      comments: ['Sehr gut organisiert.'],
    });
    expect(results.body.metPartners).toEqual([
      { key: 'yes', label: 'yes', count: 2 },
      { key: 'no', label: 'no', count: 1 },
    ]);
    expect(results.body.partnerSectors.find((s) => s.key === 'energy')?.count).toBe(2);
    const retro = await send<{ figures: { key: string; suppressed: boolean; groupSize: number }[] }>(
      t,
      organizer,
      'GET',
      `/api/v1/admin/events/${event.id}/retrospective`,
    );
    expect(retro.body.figures.find((f) => f.key === 'survey')).toMatchObject({
      suppressed: false,
      groupSize: 3,
    });
  });

  it('sends no invitation when the survey is switched off', async () => {
    const other = await createPastEvent(t, organizer);
    await insertRegistrations(t.database.handle.db, other.id, 3, { sector: 'it', checkedIn: true });
    await send(t, organizer, 'PUT', `/api/v1/admin/events/${other.id}/survey/settings`, {
      isEnabled: false,
      delayDays: 2,
    });
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    t.clock.set(new Date(t.clock.now().getTime() + DAY_MS));
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
  });
});
