// Registration rush on a one-seat event: A registers and confirms from the mail, B lands on the waitlist,
// A cancels, B is offered the seat by mail and confirms. Real server, real SMTP, real browser.
import type { Page } from 'playwright-core';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  linkFrom,
  test,
  uniqueEmail,
} from '../../fixtures/test.js';

const A = { first: 'Anna', last: 'Albrecht', email: uniqueEmail('anna.albrecht') };
const B = { first: 'Ben', last: 'Brandt', email: uniqueEmail('ben.brandt') };

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
  test(
    'gives the one seat to A, then to B from the waitlist once A cancels',
    { timeout: 180_000 },
    async ({ server, organizer, open }) => {
      // An event of its own with one seat (the organizer sets the capacity afterwards, as before).
      const { id, slug, title } = await organizer.createEvent({ title: 'Anmeldeschluss-Test' });
      await organizer.patch(`/api/v1/admin/events/${id}`, { capacity: 1 });
      const eventUrl = `${server.url}/events/${slug}`;

      // Visitor A (German) first sends the form empty: the summary takes the focus and names the fields.
      const a = await open();
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
      const optin = await server.inbox.waitFor(A.email, /^Bitte bestätigen Sie Ihre Anmeldung/);
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
      const b = await open({ locale: 'en' });
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
      const offer = await server.inbox.waitFor(B.email, /^A seat is free for you/);
      await b.goto(linkFrom(offer, 'Confirm attendance', server.url));
      await expectPage(b, 'Registration confirmed');
      await b.getByText('Your attendance is confirmed. We look forward to seeing you!').waitFor();
      await b.getByRole('img', { name: /^QR code of your ticket with the ticket code \S+/ }).waitFor();
      await b.getByRole('link', { name: 'My registration' }).last().click();
      await expectPage(b, 'My registration');
      await b.getByRole('status').filter({ hasText: 'Your attendance is confirmed.' }).waitFor();
      await server.inbox.waitFor(B.email, /^Your attendance is confirmed/);
    },
  );
});
