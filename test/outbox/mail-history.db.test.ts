import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailHistory, OutboxMail, OutboxPage } from '../../src/contract/outbox.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { nextRemoteAddress, signInParticipant } from '../people.js';
import { CONFIRM_LINK, MANAGE_LINK, publishedEvent, register } from '../registration/helpers.js';
import { startSmtpServer, type TestSmtpServer } from '../smtp.js';

function secretIn(mail: OutboxMail | undefined, pattern: RegExp): string {
  const match = mail ? pattern.exec(mail.textBody) : null;
  if (!match?.[1]) {
    throw new Error(`no link ${String(pattern)} in mail:\n${mail?.textBody ?? '(none)'}`);
  }
  return decodeURIComponent(match[1]);
}

async function get<T>(t: TestApp, caller: Caller, url: string): Promise<T> {
  const response = await t.app.inject({ url, headers: caller.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

async function confirm(t: TestApp, token: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/registrations/confirm',
    remoteAddress: nextRemoteAddress(),
    payload: { token },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function resend(t: TestApp, organizer: Caller, id: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/registrations/${id}/resend`,
    headers: organizer.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe.each(DIALECTS)('mail history and outbox without a mail server on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let event: { id: string; slug: string };
  let other: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0' });
    organizer = await t.signInOrganizer();
    event = await publishedEvent(t, organizer, { title: 'Industriedialog Historie' });
    other = await publishedEvent(t, organizer, { title: 'Anderer Dialog' });
  });
  afterAll(async () => t.close());

  const history = (id: string) => get<MailHistory>(t, organizer, `/api/v1/admin/registrations/${id}/mails`);
  const outbox = (query: string) => get<OutboxPage>(t, organizer, `/api/v1/admin/outbox?${query}`);

  it('lists the opt-in and the ticket of a person with readable links, newest first', async () => {
    const reg = await register(t, event.slug, { firstName: 'Özlem', lastName: 'Yıldız' });
    const { id } = reg.json();
    await register(t, other.slug, { email: reg.email, firstName: 'Özlem', lastName: 'Yıldız' });
    t.clock.advance(1000);
    const optin = (await history(id)).mails;
    expect(optin.map((m) => m.kind)).toEqual(['registration-optin']);
    expect(optin[0]).toMatchObject({
      to: reg.email,
      toName: 'Özlem Yıldız',
      eventId: event.id,
      eventTitle: 'Industriedialog Historie',
      registrationId: id,
      status: 'pending',
      redacted: false,
    });
    await confirm(t, secretIn(optin[0], CONFIRM_LINK));
    await t.mail.drain();

    const after = await history(id);
    expect(after.smtpConfigured).toBe(false);
    expect(after.mails.map((m) => [m.kind, m.status])).toEqual([
      ['registration-ticket', 'logged'],
      ['registration-optin', 'logged'],
    ]);
    expect(after.mails[0]?.attachments).toEqual(['ticket-qr.png', 'crossdialog.ics']);
    expect(after.mails[0]?.textBody).toMatch(MANAGE_LINK);
    expect(after.mails[0]?.sentAt).toBe(t.clock.now().toISOString());
  });

  it('filters the outbox by event, status and part of the address or name', async () => {
    const mine = await outbox(`eventId=${event.id}&limit=100`);
    expect(mine.mails.length).toBeGreaterThanOrEqual(2);
    expect(mine.mails.every((m) => m.eventId === event.id)).toBe(true);
    const elsewhere = await outbox(`eventId=${other.id}&limit=100`);
    expect(elsewhere.mails.map((m) => m.eventTitle)).toEqual(['Anderer Dialog']);
    expect(elsewhere.mails[0]?.toName).toBe('Özlem Yıldız');

    const byName = await outbox('q=yıldız&limit=100');
    expect(byName.mails.length).toBe(3);
    // Folded like every search over people: case, accents and umlauts typed as two letters.
    for (const typed of ['Özlem', 'OZLEM', 'oezlem yildiz']) {
      expect((await outbox(`q=${encodeURIComponent(typed)}&limit=100`)).mails.length, typed).toBe(3);
    }
    const byAddress = await outbox(`q=${encodeURIComponent(byName.mails[0]!.to.slice(0, 12).toUpperCase())}`);
    expect(byAddress.mails.length).toBe(3);
    expect((await outbox('q=niemand-hier')).mails).toEqual([]);

    // The worker ran once (first test): everything so far is delivered (logged, as there is no mail server).
    expect((await outbox(`eventId=${other.id}&status=pending`)).mails.length).toBe(0);
    expect((await outbox(`eventId=${other.id}&status=delivered`)).mails.length).toBe(1);
    await register(t, other.slug);
    expect((await outbox(`eventId=${other.id}&status=pending`)).mails.length).toBe(1);
    expect((await outbox(`eventId=${event.id}&status=delivered`)).mails.length).toBe(2);
    expect((await outbox('status=failed')).mails.length).toBe(0);

    const bad = await t.app.inject({ url: '/api/v1/admin/outbox?status=lost', headers: organizer.headers });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('status');
  });

  it('resends the ticket as a new mail with a fresh personal link, and a pending person a fresh confirmation link', async () => {
    const reg = await register(t, event.slug);
    const { id } = reg.json();
    const firstConfirm = secretIn((await history(id)).mails[0], CONFIRM_LINK);

    t.clock.advance(1000);
    await resend(t, organizer, id);
    const pending = (await history(id)).mails;
    expect(pending.map((m) => m.kind)).toEqual(['registration-optin', 'registration-optin']);
    const secondConfirm = secretIn(pending[0], CONFIRM_LINK);
    expect(secondConfirm).not.toBe(firstConfirm);
    await confirm(t, secondConfirm);

    const ticket = (await history(id)).mails[0];
    expect(ticket?.kind).toBe('registration-ticket');
    t.clock.advance(1000);
    await resend(t, organizer, id);
    const again = (await history(id)).mails;
    expect(again.map((m) => m.kind).slice(0, 2)).toEqual(['registration-ticket', 'registration-ticket']);
    const fresh = secretIn(again[0], MANAGE_LINK);
    expect(fresh).not.toBe(secretIn(ticket, MANAGE_LINK));
    const mine = await t.app.inject({ url: `/api/v1/my-registration/${encodeURIComponent(fresh)}` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<{ status: string }>().status).toBe('confirmed');
  });

  it('shows a failed attempt with its error while the mail waits for the next try', async () => {
    const reg = await register(t, other.slug);
    const { id } = reg.json();
    const { default: nodemailer } = await import('nodemailer');
    // Nothing listens on port 9 (discard) here: the delivery fails and the error is kept.
    t.mail.useTransport(nodemailer.createTransport({ host: '127.0.0.1', port: 9, secure: false }));
    await t.mail.drain();
    t.mail.useTransport(null);
    const [mail] = (await history(id)).mails;
    expect(mail).toMatchObject({ status: 'pending', attempts: 1 });
    expect(mail?.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('is closed to anonymous callers and participants, and answers 404 for an unknown registration', async () => {
    const reg = await register(t, event.slug);
    const { id } = reg.json();
    for (const url of [`/api/v1/admin/registrations/${id}/mails`, '/api/v1/admin/outbox']) {
      expect((await t.app.inject({ url })).statusCode).toBe(401);
      const participant = await signInParticipant(t);
      expect((await t.app.inject({ url, headers: participant.headers })).statusCode).toBe(403);
    }
    const unknown = await t.app.inject({
      url: '/api/v1/admin/registrations/00000000-0000-4000-8000-000000000000/mails',
      headers: organizer.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe.each(DIALECTS)('mail history and outbox with SMTP_URL set on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let smtp: TestSmtpServer;
  let event: { id: string; slug: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(dialect, { REGISTRATION_RATE_LIMIT: '0', SMTP_URL: smtp.url });
    organizer = await t.signInOrganizer();
    event = await publishedEvent(t, organizer);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('redacts every link and token of the shown mails, while the recipient gets them', async () => {
    const reg = await register(t, event.slug);
    const { id } = reg.json();
    await t.mail.drain();
    const received = smtp.to(reg.email)[0]?.parsed.text ?? '';
    const token = CONFIRM_LINK.exec(received)?.[1];
    expect(token).toBeDefined();
    await confirm(t, decodeURIComponent(token!));
    const participant = await signInParticipant(t);
    await t.mail.drain();

    const { mails, smtpConfigured } = await get<MailHistory>(
      t,
      organizer,
      `/api/v1/admin/registrations/${id}/mails`,
    );
    expect(smtpConfigured).toBe(true);
    expect(mails.map((m) => [m.kind, m.status, m.redacted])).toEqual([
      ['registration-ticket', 'sent', true],
      ['registration-optin', 'sent', true],
    ]);
    for (const mail of mails) {
      expect(mail.textBody).toContain('[Link entfernt]');
      expect(mail.textBody).not.toMatch(CONFIRM_LINK);
      expect(mail.textBody).not.toMatch(MANAGE_LINK);
    }
    expect(mails[1]?.textBody).not.toContain(token);

    const page = await get<OutboxPage>(t, organizer, '/api/v1/admin/outbox?limit=100');
    expect(page.smtpConfigured).toBe(true);
    const magic = page.mails.find((m) => m.kind === 'magic-link' && m.to === participant.email);
    expect(magic?.textBody).toContain('[Link entfernt]');
    expect(magic?.textBody).not.toMatch(/token=/);
    for (const mail of page.mails) {
      expect(mail.textBody).not.toMatch(/token=|my-registration\/[A-Za-z0-9]/);
    }
    // An API token sees the same redacted text.
    const api = await t.createToken();
    const viaToken = await get<OutboxPage>(t, api, '/api/v1/admin/outbox?limit=100');
    expect(viaToken.mails.every((m) => m.redacted && !/token=/.test(m.textBody))).toBe(true);
  });
});
