import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { startSmtpServer, transportTo } from '../smtp.js';
import { createParticipant, nextRemoteAddress } from '../people.js';
import { SAXONY_BRAND, saveBranding } from './helpers.js';

describe.each(DIALECTS)('branded mail over SMTP on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dialog.example.org' });
    organizer = await t.signInOrganizer();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => t.close());

  async function signInMail(locale: 'de' | 'en') {
    const smtp = await startSmtpServer();
    servers.push(smtp);
    t.mail.useTransport(transportTo(smtp.port));
    const person = await createParticipant(t, { locale, firstName: locale === 'de' ? 'Özlem' : 'Eleni' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link',
      remoteAddress: nextRemoteAddress(),
      payload: { email: person.email },
    });
    expect(response.statusCode).toBe(202);
    expect(await t.mail.drain()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    return smtp.mails[0]!.parsed;
  }

  it("keeps today's sender and one-line footer while nothing is set", async () => {
    const mail = await signInMail('de');
    expect(mail.from?.value).toEqual([{ name: 'CrossDialog', address: 'no-reply@crossdialog.local' }]);
    expect(mail.replyTo).toBeUndefined();
    expect(mail.subject).toBe('Ihr Anmeldelink für CrossDialog');
    expect(mail.text?.trimEnd().endsWith('Diese E-Mail wurde automatisch von CrossDialog versandt.')).toBe(
      true,
    );
    expect(mail.text).not.toContain('Ansprechperson');
  });

  it('sends as the network in German: sender name, reply-to, subject, contact person and imprint', async () => {
    const saved = await saveBranding(t, organizer, SAXONY_BRAND);
    expect(saved.statusCode, saved.body).toBe(200);
    const mail = await signInMail('de');
    expect(mail.from?.value).toEqual([
      { name: 'Netzwerk Mobilität Sachsen – Geschäftsstelle', address: 'no-reply@crossdialog.local' },
    ]);
    expect(mail.replyTo?.value[0]?.address).toBe('kontakt@netzwerk-sachsen.example.org');
    expect(mail.subject).toBe('Ihr Anmeldelink für Netzwerk Mobilität Sachsen');
    const text = mail.text ?? '';
    expect(text).toContain('mit dem folgenden Link melden Sie sich bei Netzwerk Mobilität Sachsen an.');
    expect(text).toContain('Diese E-Mail wurde automatisch von Netzwerk Mobilität Sachsen versandt.');
    expect(text).toContain('Ansprechperson: Katrin Beispiel, Netzwerkmanagerin');
    expect(text).toContain('E-Mail: katrin.beispiel@netzwerk-sachsen.example.org');
    expect(text).toContain('Telefon: +49 351 123456-0');
    expect(text).toContain('Impressum: Netzwerk Mobilität Sachsen e. V.\nMusterstraße 1, 01067 Dresden');
    expect(text).toContain('Datenschutz: https://netzwerk-sachsen.example.org/datenschutz');
    expect(text).not.toContain('CrossDialog');
    const html = String(mail.html);
    expect(html).toContain('Ansprechperson: Katrin Beispiel, Netzwerkmanagerin');
    expect(html).toContain('href="mailto:katrin.beispiel@netzwerk-sachsen.example.org"');
    expect(html).toContain('Musterstraße 1, 01067 Dresden<br>VR 1234');
    // One footer, not two: it is added once when the mail is written.
    expect(html.match(/data-network-footer/g)).toHaveLength(1);
  });

  it('sends the same footer in English, with the network name escaped in HTML', async () => {
    await saveBranding(t, organizer, { ...SAXONY_BRAND, networkName: 'Netz <Mobil> & Co', senderName: '' });
    const mail = await signInMail('en');
    // Without a sender name of its own, the network's name is the sender.
    expect(mail.from?.value[0]).toEqual({ name: 'Netz <Mobil> & Co', address: 'no-reply@crossdialog.local' });
    expect(mail.subject).toBe('Your sign-in link for Netz <Mobil> & Co');
    const text = mail.text ?? '';
    expect(text).toContain('This email was sent automatically by Netz <Mobil> & Co.');
    expect(text).toContain('Contact: Katrin Beispiel, Netzwerkmanagerin');
    expect(text).toContain('Phone: +49 351 123456-0');
    expect(text).toContain('Imprint: Netzwerk Mobilität Sachsen e. V.');
    expect(text).toContain('Data protection: https://netzwerk-sachsen.example.org/datenschutz');
    const html = String(mail.html);
    expect(html).toContain('Netz &lt;Mobil&gt; &amp; Co');
    expect(html).not.toContain('<Mobil>');
  });
});
