import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createParticipant, MAGIC_LINK_PATTERN, nextRemoteAddress, secretFromText } from '../people.js';
import { startSmtpServer, transportTo } from '../smtp.js';

describe.each(DIALECTS)('mail delivery over SMTP on %s', (dialect) => {
  let t: TestApp;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dialog.example.org' });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => t.close());

  async function askForLink(email: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link',
      remoteAddress: nextRemoteAddress(),
      payload: { email },
    });
    expect(response.statusCode).toBe(202);
  }

  async function outboxRow(to: string) {
    return t.database.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('toAddress', '=', to)
      .executeTakeFirstOrThrow();
  }

  it('delivers the magic link mail once, in German, with a link that signs in', async () => {
    const smtp = await startSmtpServer();
    servers.push(smtp);
    t.mail.useTransport(transportTo(smtp.port));
    const person = await createParticipant(t, { firstName: 'Grete' });
    await askForLink(person.email);

    expect(await t.mail.drain()).toBe(1);
    expect(await t.mail.drain()).toBe(0);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!.parsed;
    expect(mail.subject).toBe('Ihr Anmeldelink für CrossDialog');
    expect(mail.from?.text).toContain('no-reply@crossdialog.local');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(person.email);
    expect(mail.headers.get('x-crossdialog-kind')).toBe('magic-link');
    expect(mail.text).toContain('Guten Tag Grete Teilnehmerin,');
    expect(mail.text).toContain('Er ist 30 Minuten gültig und funktioniert einmal.');
    expect(mail.html || '').toContain('Jetzt anmelden');

    const token = secretFromText(mail.text ?? '', MAGIC_LINK_PATTERN);
    const consume = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link/consume',
      remoteAddress: nextRemoteAddress(),
      payload: { token },
    });
    expect(consume.statusCode, consume.body).toBe(200);
    expect((await outboxRow(person.email)).status).toBe('sent');
  });

  it('sends a second request for the same reason only once (dedupe key)', async () => {
    const smtp = await startSmtpServer();
    servers.push(smtp);
    t.mail.useTransport(transportTo(smtp.port));
    const message = {
      kind: 'test',
      dedupeKey: 'registration-confirmed:einmalig',
      to: 'einmal@example.org',
      locale: 'de',
      subject: 'Bestätigung',
      text: 'Einmal.',
      html: '<p>Einmal.</p>',
    };
    await t.mail.enqueueMail(message);
    await t.mail.enqueueMail(message);
    await Promise.all([t.mail.drain(), t.mail.drain()]);
    await t.mail.drain();
    expect(smtp.mails.filter((m) => m.parsed.subject === 'Bestätigung')).toHaveLength(1);
  });

  it('keeps a mail pending while the server is down and delivers it after the backoff', async () => {
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close();
    t.mail.useTransport(transportTo(port));
    const person = await createParticipant(t);
    await askForLink(person.email);

    expect(await t.mail.drain()).toBe(0);
    const failed = await outboxRow(person.email);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(failed.lastError).toBeTruthy();
    expect(failed.availableAt > t.clock.now().toISOString()).toBe(true);

    const smtp = await startSmtpServer({ port });
    servers.push(smtp);
    // Not yet due: the backoff holds the retry back.
    expect(await t.mail.drain()).toBe(0);
    expect(smtp.mails).toHaveLength(0);

    t.clock.advance(2_001);
    expect(await t.mail.drain()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]?.parsed.subject).toBe('Ihr Anmeldelink für CrossDialog');
    const sent = await outboxRow(person.email);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });
});
