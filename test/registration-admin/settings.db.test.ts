import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationSettingsStored } from '../../src/contract/registration-admin.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createPublishedEvent, insertRegistration, readRegistration } from './factories.js';

type FieldErrors = { error: { code: string; fields: { field: string; code: string; message: string }[] } };

const diet = {
  kind: 'single',
  label: { de: 'Ernährungswünsche', en: 'Dietary requirements' },
  options: [
    { key: 'vegetarisch', label: { de: 'Vegetarisch', en: 'Vegetarian' } },
    { key: 'vegan', label: { de: 'Vegan', en: 'Vegan' } },
  ],
  required: true,
};
const parking = {
  kind: 'checkbox',
  label: { de: 'Ich brauche einen Parkplatz', en: 'I need a parking space' },
  options: [],
  required: false,
};

describe.each(DIALECTS)('registration settings on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    ({ id: eventId } = await createPublishedEvent(t, organizer));
  });
  afterAll(async () => t.close());

  async function put(payload: object, locale = 'de') {
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${eventId}/registration-settings`,
      headers: { ...organizer.headers, cookie: `${organizer.headers.cookie}; cd_lang=${locale}` },
      payload,
    });
  }

  async function get(): Promise<RegistrationSettingsStored> {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registration-settings`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RegistrationSettingsStored>();
  }

  it('starts with the defaults and no questions', async () => {
    expect(await get()).toEqual({
      confirmHours: 48,
      offerHours: 48,
      offerExtensionHours: 24,
      reconfirmDaysBefore: 5,
      closedManually: false,
      questions: [],
    });
  });

  it('round-trips settings and questions in German and English; edited questions keep their ids', async () => {
    const first = await put({
      confirmHours: 24,
      offerHours: 12,
      reconfirmDaysBefore: 3,
      closedManually: true,
      questions: [diet, parking],
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = await get();
    expect(saved).toMatchObject({
      confirmHours: 24,
      offerHours: 12,
      reconfirmDaysBefore: 3,
      closedManually: true,
    });
    expect(saved.questions.map((q) => q.label)).toEqual([diet.label, parking.label]);
    expect(saved.questions[0]!.options[1]).toEqual({ key: 'vegan', label: { de: 'Vegan', en: 'Vegan' } });
    const [dietId, parkingId] = saved.questions.map((q) => q.id);

    // Reorder and rename: the ids stay, so answers given so far still belong to their question.
    const renamed = { ...parking, id: parkingId, label: { de: 'Parkplatz benötigt', en: 'Parking needed' } };
    const second = await put({ ...saved, questions: [renamed, { ...diet, id: dietId }] });
    expect(second.statusCode, second.body).toBe(200);
    const again = await get();
    expect(again.questions.map((q) => [q.id, q.label.de])).toEqual([
      [parkingId, 'Parkplatz benötigt'],
      [dietId, 'Ernährungswünsche'],
    ]);
    const event = await t.app.inject({ url: `/api/v1/admin/events/${eventId}`, headers: organizer.headers });
    expect(event.json<{ registrationClosedManually: boolean }>().registrationClosedManually).toBe(true);
  });

  it('stops asking a removed question but keeps the answers already given', async () => {
    const before = await get();
    const dietId = before.questions.find((q) => q.kind === 'single')!.id;
    const registration = await insertRegistration(t, eventId, {
      answers: JSON.stringify({ [dietId]: 'vegan' }),
    });
    const response = await put({ ...before, questions: before.questions.filter((q) => q.id !== dietId) });
    expect(response.statusCode, response.body).toBe(200);
    expect((await get()).questions.map((q) => q.id)).not.toContain(dietId);
    expect(JSON.parse((await readRegistration(t, registration.id)).answers)).toEqual({ [dietId]: 'vegan' });
    const detail = await t.app.inject({
      url: `/api/v1/admin/registrations/${registration.id}`,
      headers: organizer.headers,
    });
    expect(detail.json<{ answers: Record<string, unknown> }>().answers).toEqual({ [dietId]: 'vegan' });
  });

  it('names every field with a problem, in the language of the request', async () => {
    const response = await put(
      {
        confirmHours: 0,
        offerHours: 48,
        reconfirmDaysBefore: 5,
        closedManually: false,
        questions: [{ ...diet, label: { de: 'Ernährung', en: '' } }],
      },
      'en',
    );
    expect(response.statusCode).toBe(422);
    const fields = response.json<FieldErrors>().error.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['confirmHours', 'questions.0.label.en']);
    expect(fields.find((f) => f.field === 'questions.0.label.en')!.message).toBe('This field is required.');
  });

  it('refuses choice questions without two options, duplicate keys and foreign ids', async () => {
    const current = await get();
    const response = await put({
      ...current,
      questions: [
        { ...diet, options: [diet.options[0]] },
        { ...diet, options: [diet.options[0], diet.options[0]] },
        { ...parking, id: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json<FieldErrors>().error.fields;
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ['questions.0.options', 'options_required'],
      ['questions.1.options.1.key', 'duplicate_key'],
      ['questions.2.id', 'question_unknown'],
    ]);
    expect(fields[0]!.message).toBe('Bitte geben Sie mindestens zwei Antwortmöglichkeiten an.');
    expect(await get()).toEqual(current);
  });

  it('checks answers an organizer edits against the current questions', async () => {
    const questions = (await get()).questions;
    const parkingId = questions.find((q) => q.kind === 'checkbox')!.id;
    const registration = await insertRegistration(t, eventId);
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${registration.id}`,
      headers: organizer.headers,
      payload: { answers: { [parkingId]: 'ja', unbekannt: 'x' } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<FieldErrors>().error.fields.map((f) => f.field)).toEqual([
      `answers.${parkingId}`,
      'answers.unbekannt',
    ]);
    const good = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/registrations/${registration.id}`,
      headers: organizer.headers,
      payload: { answers: { [parkingId]: true } },
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json<{ answers: Record<string, unknown> }>().answers).toEqual({ [parkingId]: true });
  });
});
