// Behind the personal link: change one's details, download one's data, answer "still coming?" (a mail
// preview must not release the seat), and the notes where no registration is possible.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../src/contract/events.js';
import type { MyRegistration } from '../../../src/contract/registration.js';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { expectPage } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import { linkFrom, startInbox, type Inbox } from './inbox.js';

const EMAIL = 'clara.conrad@example.org';

describe('my registration', () => {
  let server: RunningServer;
  let browser: Browser;
  let inbox: Inbox;
  let events: EventSummary[];

  beforeAll(async () => {
    inbox = await startInbox();
    [server, browser] = await Promise.all([startServer({ SMTP_URL: inbox.url }), launchBrowser()]);
    events = ((await (await fetch(`${server.url}/api/v1/events`)).json()) as { events: EventSummary[] })
      .events;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await inbox?.close();
  });

  /** Registers and confirms through the API; answers the personal link from the ticket mail. */
  async function confirmedRegistration(slug: string): Promise<string> {
    const created = await fetch(`${server.url}/api/v1/events/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({
        firstName: 'Clara',
        lastName: 'Conrad',
        email: EMAIL,
        organization: 'Conrad Energie AG',
        sector: 'energy',
        consents: { privacy: true },
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const optin = await inbox.waitFor(EMAIL, /^Bitte bestätigen Sie Ihre Anmeldung/);
    const token = new URL(linkFrom(optin, 'Anmeldung bestätigen', server.url)).searchParams.get('token');
    const confirmed = await fetch(`${server.url}/api/v1/registrations/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(200);
    const ticket = await inbox.waitFor(EMAIL, /^Ihre Teilnahme ist bestätigt/);
    return linkFrom(ticket, 'Meine Anmeldung ansehen', server.url);
  }

  async function stored(manageUrl: string): Promise<MyRegistration> {
    const token = new URL(manageUrl).pathname.split('/').pop() ?? '';
    return (await (await fetch(`${server.url}/api/v1/my-registration/${token}`)).json()) as MyRegistration;
  }

  it(
    'changes details, downloads the data, and releases the seat only on a click',
    { timeout: 120_000 },
    async () => {
      const upcoming = events.find((e) => !e.isPast)!;
      const manageUrl = await confirmedRegistration(upcoming.slug);
      const context = await newContext(browser, 'de');
      const page = await context.newPage();
      await page.goto(manageUrl);
      await expectPage(page, 'Meine Anmeldung');
      await page.getByRole('heading', { level: 2, name: 'Angaben ändern' }).waitFor();

      // A required field emptied: the server refuses, the summary names it.
      const lastName = page.getByRole('textbox', { name: /^Nachname/ });
      await lastName.fill('');
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page
        .locator('.error-summary')
        .filter({ hasText: 'Nachname: Dieses Feld ist erforderlich.' })
        .waitFor();
      expect(await lastName.getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yViolations(page);

      await lastName.fill('Conrad-Berg');
      await page.getByRole('textbox', { name: /^Organisation/ }).fill('Conrad Netze GmbH');
      await page.getByRole('checkbox', { name: /Teilnehmendenverzeichnis/ }).check();
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page.getByRole('status').filter({ hasText: 'Ihre Änderungen sind gespeichert.' }).waitFor();
      const after = await stored(manageUrl);
      expect(after).toMatchObject({
        lastName: 'Conrad-Berg',
        organization: 'Conrad Netze GmbH',
        consents: { directory: true },
      });

      const exportHref = await page
        .getByRole('link', { name: 'Meine Daten herunterladen' })
        .getAttribute('href');
      const exported = (await (await fetch(`${server.url}${exportHref}`)).json()) as {
        registration: MyRegistration;
      };
      expect(exported.registration.organization).toBe('Conrad Netze GmbH');

      // "Yes" is answered on load.
      await page.goto(`${manageUrl}/reconfirm?answer=yes`);
      await expectPage(page, 'Kommen Sie noch?');
      await page.getByText('Vielen Dank! Wir haben notiert, dass Sie kommen.', { exact: false }).waitFor();
      expect((await stored(manageUrl)).reconfirmAnswer).toBe('yes');

      // "Release" opened (as a mail program's preview would) changes nothing until the button is pressed.
      await page.goto(`${manageUrl}/reconfirm?answer=release`);
      await expectPage(page, 'Kommen Sie noch?');
      const release = page.getByRole('button', { name: 'Ja, meinen Platz freigeben' });
      await release.waitFor();
      expect((await stored(manageUrl)).status).toBe('confirmed');
      await release.click();
      await page.getByText('Ihr Platz ist freigegeben', { exact: false }).waitFor();
      expect((await stored(manageUrl)).status).toBe('cancelled');
      await expectNoSeriousA11yViolations(page);

      await page.goto(manageUrl);
      await expectPage(page, 'Meine Anmeldung');
      await page.getByRole('status').filter({ hasText: 'Sie haben Ihren Platz freigegeben.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Anmeldung stornieren' }).count()).toBe(0);
      await context.close();
    },
  );

  it('explains when there is nothing to register for or the link is wrong', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    const past = events.find((e) => e.isPast)!;
    await page.goto(`${server.url}/events/${past.slug}`);
    await expectPage(page, past.title);
    await page
      .getByRole('region', { name: 'Registration' })
      .getByText('This event has already taken place. Registration is no longer possible.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Register now' }).count()).toBe(0);

    await page.goto(`${server.url}/registration/confirm?token=not-a-real-token-123`);
    await expectPage(page, 'Confirm registration');
    await page.getByRole('alert').filter({ hasText: 'This link is invalid or has expired.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirm registration now' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
