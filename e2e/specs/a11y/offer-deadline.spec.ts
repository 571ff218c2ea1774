// WCAG 2.2.1 (timing adjustable): a seat offered from the waitlist states its deadline with date, time and
// time zone (the reader's own time too) on the person's page and in the offer mail, and the person can
// extend it once by the hours the organizers set. The organizer sets them in German, the participant reads
// in English from New York, keyboard only; the new deadline is said once and the focus goes to the confirm
// button.
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  confirmedRegistration,
  linkFrom,
  test,
  uniqueEmail,
} from '../../fixtures/test.js';
import { focusedElement, recordAnnouncements, waitForAnnouncement } from './recorder.js';

const DEADLINE =
  /please confirm by \w+day, \d{1,2} \w+ \d{4} at \d{1,2}:\d\d [ap]m CET \(\w+day, \d{1,2} \w+ \d{4} at \d{1,2}:\d\d [ap]m (?:EST|GMT-5)\)\./;

describe('a seat offer’s deadline', () => {
  test(
    'is shown with its time zone and extended once by the person',
    { timeout: 120_000 },
    async ({ server, organizer, open, browser }) => {
      const event = await organizer.createEvent({ title: 'Fristverlängerung' });
      await organizer.patch(`/api/v1/admin/events/${event.id}`, { capacity: 1 });

      // The organizer allows 12 hours more, through the settings form in German, by keyboard.
      const admin = await open({ as: 'organizer', path: `/admin/events/${event.id}/registration-settings` });
      await expectPage(admin, `Anmeldeeinstellungen: ${event.title}`);
      const field = admin.getByRole('spinbutton', { name: 'Verlängerung eines Platzangebots (Stunden)' });
      expect(await field.inputValue()).toBe('24');
      await field.fill('12');
      await admin.getByRole('button', { name: 'Einstellungen speichern' }).focus();
      await admin.keyboard.press('Enter');
      await admin.getByRole('status').filter({ hasText: 'Die Einstellungen wurden gespeichert.' }).waitFor();
      await expectNoSeriousA11yViolations(admin);

      // A holds the seat and cancels; B waits and is offered it.
      const manageA = await confirmedRegistration(server, event.slug, {
        firstName: 'Anna',
        lastName: 'Albrecht',
        email: uniqueEmail('anna.albrecht'),
        organization: 'Beispiel Antriebe GmbH',
        sector: 'supplier',
      });
      const emailB = uniqueEmail('jiri.dvorak');
      const waiting = await fetch(`${server.url}/api/v1/events/${event.slug}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({
          firstName: 'Jiří',
          lastName: 'Dvořák',
          email: emailB,
          organization: 'Strojírna Brno s.r.o.',
          sector: 'machinery',
          consents: { privacy: true },
        }),
      });
      expect(waiting.status).toBe(201);
      const tokenA = new URL(manageA).pathname.split('/').pop()!;
      const cancelled = await fetch(`${server.url}/api/v1/my-registration/${tokenA}/cancel`, {
        method: 'POST',
      });
      expect(cancelled.status).toBe(200);

      const offer = await server.inbox.waitFor(emailB, /^A seat is free for you/);
      expect(offer.text).toMatch(/Please confirm by \w+day, \d{1,2} \w+ \d{4} at \d{1,2}:\d\d [ap]m CET\./);
      expect(offer.text).toContain('you can extend the deadline once by 12 hours');

      const context = await browser.newContext({
        locale: 'en-GB',
        timezoneId: 'America/New_York',
        viewport: { width: 390, height: 844 },
      });
      try {
        await recordAnnouncements(context);
        const page = await context.newPage();
        await page.goto(linkFrom(offer, 'View my registration', server.url));
        await expectPage(page, 'My registration');
        const status = page.getByRole('status').filter({ hasText: 'A seat has become free for you' });
        const before = (await status.textContent()) ?? '';
        expect(before).toMatch(DEADLINE);
        await expectNoSeriousA11yViolations(page);

        const more = page.getByRole('button', { name: 'More time: extend the deadline by 12 hours' });
        await more.focus();
        await page.keyboard.press('Enter');
        expect(await waitForAnnouncement(page, DEADLINE)).toBe(1);
        const after = (await status.textContent()) ?? '';
        expect(after).not.toBe(before);
        expect(await focusedElement(page)).toMatchObject({ tag: 'button', text: 'Confirm my seat now' });
        await page
          .getByText('You have already extended the deadline; it cannot be extended again.')
          .waitFor();
        expect(await more.count()).toBe(0);
        await expectNoSeriousA11yViolations(page);
      } finally {
        await context.close();
      }
    },
  );
});
