import ICAL from 'ical.js';
import jsQR from 'jsqr';
import type { Attachment } from 'mailparser';
import nodemailer from 'nodemailer';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { CONFIRM_LINK, MANAGE_LINK, publishedEvent, register } from './helpers.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../smtp.js';

function secretIn(mail: ReceivedMail, pattern: RegExp): string {
  const match = pattern.exec(mail.parsed.text ?? '');
  if (!match?.[1]) {
    throw new Error(`no link ${String(pattern)} in mail "${mail.parsed.subject ?? ''}"`);
  }
  return decodeURIComponent(match[1]);
}

function attachment(mail: ReceivedMail, contentType: string): Attachment {
  const found = mail.parsed.attachments.find((a) => a.contentType === contentType);
  if (!found) {
    throw new Error(`no ${contentType} attachment in "${mail.parsed.subject ?? ''}"`);
  }
  return found;
}

/** The event start of a calendar file, resolved through the file's own VTIMEZONE. */
function icsStart(ics: string) {
  const calendar = ICAL.Component.fromString(ics);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) {
    throw new Error('no VEVENT in the calendar file');
  }
  const start = new ICAL.Event(vevent).startDate;
  return { tzid: start.zone?.tzid, hour: start.hour, minute: start.minute, instant: start.toJSDate() };
}

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe.each(DIALECTS)('registration mails through a real SMTP server on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let smtp: TestSmtpServer;

  beforeEach(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
    organizer = await t.signInOrganizer();
    smtp = await startSmtpServer();
    t.mail.useTransport(
      nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }),
    );
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  it.each([
    {
      language: 'German by default',
      locale: undefined,
      optin: /^Bitte bestätigen Sie Ihre Anmeldung/,
      greeting: 'Guten Tag Frau Teilnehmerin',
      ticket: /^Ihre Teilnahme ist bestätigt/,
    },
    {
      language: 'English for locale en',
      locale: 'en',
      optin: /^Please confirm your registration/,
      greeting: 'Hello Ms Teilnehmerin',
      ticket: /^Your attendance is confirmed/,
    },
  ])(
    '$language: opt-in mail, its link confirms, ticket mail with .ics at 09:00 Berlin, QR and a working personal link',
    async ({ locale, optin, greeting, ticket }) => {
      // 09:00 in Dresden on 4 February 2027 is 08:00 UTC (CET, no summer time).
      const event = await publishedEvent(t, organizer, {
        startsAt: '2027-02-04T09:00',
        endsAt: '2027-02-04T17:00',
        timeZone: 'Europe/Berlin',
      });
      const registered = await register(t, event.slug, locale ? { locale } : {});
      expect(registered.response.statusCode).toBe(201);
      await t.mail.drain();

      const [confirmMail, ...extra] = smtp.to(registered.email);
      expect(extra).toHaveLength(0);
      expect(confirmMail!.parsed.subject).toMatch(optin);
      expect(confirmMail!.parsed.text).toContain(greeting);
      expect(confirmMail!.parsed.html).toContain('<a href=');
      const confirmed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/registrations/confirm',
        payload: { token: secretIn(confirmMail!, CONFIRM_LINK) },
      });
      expect(confirmed.json()).toMatchObject({ id: registered.json().id, status: 'confirmed' });
      await t.mail.drain();

      const ticketMail = smtp.to(registered.email)[1]!;
      expect(ticketMail.parsed.subject).toMatch(ticket);
      const start = icsStart(attachment(ticketMail, 'text/calendar').content.toString('utf8'));
      expect(start).toMatchObject({ tzid: 'Europe/Berlin', hour: 9, minute: 0 });
      expect(start.instant.toISOString()).toBe('2027-02-04T08:00:00.000Z');

      const row = await t.database.handle.db
        .selectFrom('registrations')
        .select('ticketCode')
        .where('id', '=', registered.json().id)
        .executeTakeFirstOrThrow();
      expect(decodeQr(attachment(ticketMail, 'image/png').content)).toBe(row.ticketCode);
      expect(ticketMail.parsed.text).toContain(row.ticketCode);

      const mine = await t.app.inject({
        method: 'GET',
        url: `/api/v1/my-registration/${encodeURIComponent(secretIn(ticketMail, MANAGE_LINK))}`,
      });
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ status: 'confirmed', email: registered.email });

      // Draining again sends nothing twice; each mail carries the id of its outbox row.
      expect(await t.mail.drain()).toBe(0);
      const received = smtp.to(registered.email);
      expect(received.map((m) => m.parsed.subject)).toEqual([
        confirmMail!.parsed.subject,
        ticketMail.parsed.subject,
      ]);
      const outboxIds = await t.database.handle.db
        .selectFrom('outbox')
        .select('id')
        .where('toAddress', '=', registered.email)
        .orderBy('createdAt')
        .execute();
      expect(received.map((m) => m.parsed.messageId)).toEqual(outboxIds.map((o) => `<${o.id}@crossdialog>`));
    },
  );
});
