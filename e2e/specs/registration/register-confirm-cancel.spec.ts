// Registration rush on a one-seat event: A registers and confirms from the mail, B lands on the waitlist,
// A cancels, B is offered the seat by mail and confirms. Real server, real SMTP, real browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../src/contract/events.js';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { DEMO_ORGANIZER, expectPage } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import { linkFrom, startInbox, type Inbox } from './inbox.js';

const A = { first: 'Anna', last: 'Albrecht', email: 'anna.albrecht@example.org' };
const B = { first: 'Ben', last: 'Brandt', email: 'ben.brandt@example.org' };

/** Signs the demo organizer in through the API and sets the event's capacity. */
async function setCapacity(baseUrl: string, eventId: string, capacity: number): Promise<void> {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password }),
  });
  expect(signIn.status).toBe(200);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const patch = await fetch(`${baseUrl}/api/v1/admin/events/${eventId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ capacity }),
  });
  expect(patch.status, await patch.text()).toBe(200);
}

/** The event page with its registration form rendered (one h1), checked with axe-core. */
async function openForm(page: Page, url: string, title: string, formHeading: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  await page.getByRole('heading', { level: 2, name: formHeading }).waitFor();
  await page.locator('form[aria-labelledby="registration-heading"]').waitFor();
  await expectNoSeriousA11yViolations(page);
}

describe('registration rush: register, confirm, waitlist, cancel, promotion', () => {
  let server: RunningServer;
  let browser: Browser;
  let inbox: Inbox;

  beforeAll(async () => {
    inbox = await startInbox();
    [server, browser] = await Promise.all([startServer({ SMTP_URL: inbox.url }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await inbox?.close();
  });

  it(
    'gives the one seat to A, then to B from the waitlist once A cancels',
    { timeout: 180_000 },
    async () => {
      const list = (await (await fetch(`${server.url}/api/v1/events`)).json()) as { events: EventSummary[] };
      const event = list.events.find(
        (e) => e.slug.startsWith('industriedialog-neue-mobilitaet-') && !e.isPast,
      );
      expect(event, 'the demo has an upcoming edition').toBeDefined();
      const { id, slug, title } = event!;
      await setCapacity(server.url, id, 1);
      const eventUrl = `${server.url}/events/${slug}`;

      // Visitor A (German) first sends the form empty: the summary takes the focus and names the fields.
      const contextA = await newContext(browser, 'de');
      const a = await contextA.newPage();
      await openForm(a, eventUrl, title, 'Anmeldung');
      await a.getByRole('button', { name: 'Jetzt anmelden' }).click();
      const summary = a.locator('.error-summary').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      const firstName = a.getByRole('textbox', { name: /^Vorname/ });
      expect(await firstName.getAttribute('aria-invalid')).toBe('true');
      expect(await summary.getByRole('link', { name: /^Vorname/ }).count()).toBe(1);
      await expectNoSeriousA11yViolations(a);

      await a.getByRole('combobox', { name: 'Anrede' }).selectOption({ label: 'Frau' });
      await firstName.fill(A.first);
      await a.getByRole('textbox', { name: /^Nachname/ }).fill(A.last);
      await a.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill(A.email);
      await a.getByRole('textbox', { name: /^Organisation/ }).fill('Beispiel Antriebe GmbH');
      await a.getByRole('combobox', { name: /^Branche/ }).selectOption({ label: 'Zulieferindustrie' });
      const topics = a.getByRole('group', { name: /Themen, die Sie besonders interessieren/ });
      await topics.getByRole('checkbox').first().check();
      await a.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ }).check();
      expect(await a.getByRole('checkbox', { name: /Teilnehmendenverzeichnis/ }).isChecked()).toBe(false);
      await a.getByRole('button', { name: 'Jetzt anmelden' }).click();
      const pendingText = `Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail an ${A.email}.`;
      const outcomeA = a.locator('.registration-outcome');
      await outcomeA.getByText(pendingText).waitFor();
      expect(await outcomeA.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await a.locator('[aria-live="polite"]').filter({ hasText: pendingText }).count()).toBe(1);
      await expectNoSeriousA11yViolations(a);

      // A confirms from the opt-in mail and sees the ticket.
      const optin = await inbox.waitFor(A.email, /^Bitte bestätigen Sie Ihre Anmeldung/);
      await a.goto(linkFrom(optin, 'Anmeldung bestätigen', server.url));
      await expectPage(a, 'Anmeldung bestätigt');
      await a.getByText('Ihre Teilnahme ist bestätigt. Wir freuen uns auf Sie!').waitFor();
      const qr = a.getByRole('img', { name: /^QR-Code Ihres Tickets mit dem Ticket-Code \S+/ });
      await qr.waitFor();
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await a.getByRole('link', { name: 'Zum Kalender hinzufügen (.ics)' }).count()).toBe(1);
      await expectNoSeriousA11yViolations(a);
      await a.getByRole('link', { name: 'Meine Anmeldung' }).last().click();
      await expectPage(a, 'Meine Anmeldung');
      await a.getByText('Ihre Teilnahme ist bestätigt.', { exact: false }).first().waitFor();

      // Visitor B (English) finds the event booked out: the form says it is the waitlist.
      const contextB = await newContext(browser, 'en');
      const b = await contextB.newPage();
      await openForm(b, eventUrl, title, 'Registration');
      await b.getByText('This event is fully booked. If you register now', { exact: false }).waitFor();
      await b.getByRole('textbox', { name: /^First name/ }).fill(B.first);
      await b.getByRole('textbox', { name: /^Last name/ }).fill(B.last);
      await b.getByRole('textbox', { name: /^Email address/ }).fill(B.email);
      await b.getByRole('textbox', { name: /^Organization/ }).fill('Example Logistics Ltd');
      await b.getByRole('combobox', { name: /^Sector/ }).selectOption({ label: 'Logistics' });
      await b.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
      await b.getByRole('button', { name: 'Join the waiting list' }).click();
      const outcomeB = b.locator('.registration-outcome');
      await outcomeB.getByText('This event is fully booked. You are number 1 on the waiting list.').waitFor();
      expect(await outcomeB.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoSeriousA11yViolations(b);

      // A cancels on "My registration", with a confirm step.
      await a.getByRole('button', { name: 'Anmeldung stornieren' }).click();
      await a.getByRole('button', { name: 'Ja, Anmeldung stornieren' }).click();
      const statusA = a.getByRole('status').filter({ hasText: 'Ihre Anmeldung ist storniert.' });
      await statusA.waitFor();
      await expect.poll(() => statusA.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await a.getByRole('img', { name: /QR-Code/ }).count()).toBe(0);
      await expectNoSeriousA11yViolations(a);

      // B is offered the seat by mail, confirms through its link and holds the ticket.
      const offer = await inbox.waitFor(B.email, /^A seat is free for you/);
      await b.goto(linkFrom(offer, 'Confirm attendance', server.url));
      await expectPage(b, 'Registration confirmed');
      await b.getByText('Your attendance is confirmed. We look forward to seeing you!').waitFor();
      await b.getByRole('img', { name: /^QR code of your ticket with the ticket code \S+/ }).waitFor();
      await b.getByRole('link', { name: 'My registration' }).last().click();
      await expectPage(b, 'My registration');
      await b.getByRole('status').filter({ hasText: 'Your attendance is confirmed.' }).waitFor();
      await inbox.waitFor(B.email, /^Your attendance is confirmed/);

      await contextA.close();
      await contextB.close();
    },
  );
});
