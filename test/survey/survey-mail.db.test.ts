// The survey invitation as an attendee receives it: through the outbox worker to a real SMTP server,
// parsed back with mailparser.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyForm } from '../../src/contract/survey.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { send } from '../program/helpers.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../smtp.js';
import { createPastEvent, insertRegistration } from '../retrospective/factory.js';

const DAY_MS = 86_400_000;
const DELAY_DAYS = 3;
// createPastEvent's event ends at this instant.
const ENDED_AT = new Date('2026-11-20T16:00:00.000Z').getTime();
const PUBLIC_URL = 'https://dialog.example.org';
const SURVEY_LINK = /^(?:Zur Umfrage|Take the survey): (https:\/\/dialog\.example\.org\/survey\/(\S+))$/m;

function surveyLinkIn(mail: ReceivedMail): { url: string; token: string } {
  const match = SURVEY_LINK.exec(mail.parsed.text ?? '');
  if (!match?.[1] || !match[2]) {
    throw new Error(`no survey link in mail "${mail.parsed.subject ?? ''}":\n${mail.parsed.text ?? ''}`);
  }
  return { url: match[1], token: decodeURIComponent(match[2]) };
}

describe.each(DIALECTS)('survey invitations through a real SMTP server on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let smtp: TestSmtpServer;
  let event: { id: string };
  const email = { de: '', en: '', absent: '', cancelled: '' };

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL });
    organizer = await t.signInOrganizer();
    smtp = await startSmtpServer();
    t.mail.useTransport(
      nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }),
    );
    event = await createPastEvent(t, organizer);
    const db = t.database.handle.db;
    const emailOf = async (id: string) =>
      (await db.selectFrom('registrations').select('email').where('id', '=', id).executeTakeFirstOrThrow())
        .email;
    email.de = await emailOf(await insertRegistration(db, event.id, { sector: 'energy', checkedIn: true }));
    email.en = await emailOf(
      await insertRegistration(db, event.id, { sector: 'it', checkedIn: true, locale: 'en' }),
    );
    // Confirmed, but never came to the door; and one who cancelled (a stale check-in does not count).
    email.absent = await emailOf(await insertRegistration(db, event.id, { sector: 'oem' }));
    email.cancelled = await emailOf(
      await insertRegistration(db, event.id, { sector: 'oem', status: 'cancelled', checkedIn: true }),
    );
    const saved = await send(t, organizer, 'PUT', `/api/v1/admin/events/${event.id}/survey/settings`, {
      isEnabled: true,
      delayDays: DELAY_DAYS,
    });
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('mails nobody before the delay has passed', async () => {
    t.clock.set(new Date(ENDED_AT + DELAY_DAYS * DAY_MS - 60_000));
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    expect(await t.mail.drain()).toBe(0);
    expect(smtp.mails).toHaveLength(0);
  });

  it(`sends each attendee one mail in their language ${DELAY_DAYS} days after the event`, async () => {
    t.clock.set(new Date(ENDED_AT + DELAY_DAYS * DAY_MS + 60_000));
    expect(await t.surveyJobs.sendDueInvitations()).toBe(2);
    expect(await t.mail.drain()).toBe(2);

    expect(smtp.mails).toHaveLength(2);
    expect(smtp.to(email.absent)).toEqual([]);
    expect(smtp.to(email.cancelled)).toEqual([]);

    const [german] = smtp.to(email.de);
    const [english] = smtp.to(email.en);
    expect(smtp.to(email.de)).toHaveLength(1);
    expect(smtp.to(email.en)).toHaveLength(1);
    for (const mail of [german!, english!]) {
      expect(mail.parsed.headers.get('x-crossdialog-kind')).toBe('survey-invitation');
      expect(mail.parsed.text).toBeTruthy();
      expect(mail.parsed.html).toBeTruthy();
    }

    const de = german!.parsed;
    expect(de.subject).toMatch(/^Wie war „.+“\? Fünf kurze Fragen$/);
    expect(de.text).toContain('Guten Tag Max Beispiel,');
    expect(de.text).toContain('Ihre Antworten werden anonym gespeichert');
    expect(de.html || '').toContain('Zur Umfrage');
    expect(de.html || '').not.toContain('Take the survey');

    const en = english!.parsed;
    expect(en.subject).toMatch(/^How was ".+"\? Five short questions$/);
    expect(en.text).toContain('Hello Max Beispiel,');
    expect(en.text).toContain('Your answers are stored anonymously');
    expect(en.html || '').toContain('Take the survey');
    expect(en.html || '').not.toContain('Zur Umfrage');

    // Each link is personal: different for each attendee, the same in the text and the HTML part, and
    // it opens the survey in the state "not answered yet".
    const links = [german!, english!].map(surveyLinkIn);
    expect(links[0]!.token).not.toBe(links[1]!.token);
    for (const [i, mail] of [german!, english!].entries()) {
      const link = links[i]!;
      expect(mail.parsed.html || '').toContain(`href="${link.url}"`);
      const form = await send<SurveyForm>(t, null, 'GET', `/api/v1/survey/${link.token}`);
      expect(form.status).toBe(200);
      expect(form.body.hasAnswered).toBe(false);
      expect(de.subject).toContain(form.body.eventTitle);
    }
  });

  it('sends nothing twice when the job and the worker run again, days later too', async () => {
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    expect(await t.mail.drain()).toBe(0);
    t.clock.advance(DAY_MS);
    expect(await t.surveyJobs.sendDueInvitations()).toBe(0);
    expect(await t.mail.drain()).toBe(0);
    expect(smtp.mails).toHaveLength(2);
    const rows = await t.database.handle.db
      .selectFrom('outbox')
      .select(['toAddress', 'status'])
      .where('kind', '=', 'survey-invitation')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });
});
