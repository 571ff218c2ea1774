// Focus and announcements after the organizer's actions, keyboard only: check-in at the desk (German;
// a second and a third check-in of the same person are said again), publishing and archiving an event
// (English; the button that replaces the pressed one gets the focus, the status line speaks once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { DEMO_ORGANIZER, expectPage, signInAsOrganizer } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import {
  addParticipant,
  signInOrganizerApi,
  upcomingEvent,
  type OrganizerApi,
} from '../registration-admin/organizer-api.js';
import { focusedElement, recordAnnouncements, waitForAnnouncement } from './recorder.js';

describe('organizer actions: focus and announcements', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: OrganizerApi;
  let event: { id: string; title: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = await signInOrganizerApi(server.url);
    event = await upcomingEvent(api);
    await addParticipant(api, event.id, {
      firstName: 'Jürgen',
      lastName: 'Weiß',
      email: 'juergen.weiss@example.org',
      organization: 'Straßenbahn Görlitz GmbH',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const isFocused = (page: Page, name: string) =>
    page.getByRole('button', { name }).evaluate((b) => b === document.activeElement);

  it('says every check-in at the desk, the same person again too', async () => {
    const context = await newContext(browser, 'de', 390);
    await recordAnnouncements(context);
    const page = await context.newPage();
    await signInAsOrganizer(page, server.url);
    await page.goto(`${server.url}/admin/events/${event.id}/checkin`);
    await expectPage(page, `Check-in: ${event.title}`);

    await page.getByLabel('Name oder Organisation').focus();
    await page.keyboard.type('Weiß');
    await page.keyboard.press('Enter');
    expect(await waitForAnnouncement(page, '1 Person gefunden')).toBe(1);
    const checkIn = 'Einchecken: Jürgen Weiß';
    await page.getByRole('button', { name: checkIn }).focus();
    await page.keyboard.press('Enter');
    expect(await waitForAnnouncement(page, 'Jürgen Weiß ist eingecheckt.')).toBe(1);
    expect(await isFocused(page, checkIn)).toBe(true);
    for (const times of [1, 2]) {
      await page.keyboard.press('Enter');
      expect(await waitForAnnouncement(page, /^Achtung: Jürgen Weiß wurde bereits eingecheckt/)).toBe(times);
    }
    expect(await isFocused(page, checkIn)).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // An unknown event's desk says so in its heading and title.
    await page.goto(`${server.url}/admin/events/00000000-0000-4000-8000-000000000000/checkin`);
    await expectPage(page, 'Check-in: Veranstaltung nicht gefunden');
    expect(await page.title()).toContain('Check-in: Veranstaltung nicht gefunden');
    await context.close();
  });

  it('keeps the focus on the event row when publishing and archiving', async () => {
    const context = await newContext(browser, 'en', 1280);
    await recordAnnouncements(context);
    const page = await context.newPage();
    const signIn = await context.request.post(`${server.url}/api/v1/auth/sign-in`, {
      data: { email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password },
    });
    expect(signIn.status()).toBe(200);
    await page.goto(`${server.url}/admin/events`);
    await expectPage(page, 'Manage events');

    // Two editions share the title: the row of the upcoming one (its id) holds the buttons.
    const row = page.getByRole('row').filter({ has: page.locator(`#event-${event.id}-title`) });
    const toggle = page.locator(`#event-${event.id}-publish`);
    await row.getByRole('button', { name: 'Unpublish' }).focus();
    await page.keyboard.press('Enter');
    expect(await waitForAnnouncement(page, `“${event.title}” is no longer public.`)).toBe(1);
    expect(await toggle.evaluate((b) => b === document.activeElement && b.textContent === 'Publish')).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await waitForAnnouncement(page, `“${event.title}” is published.`)).toBe(1);
    expect(await toggle.evaluate((b) => b === document.activeElement && b.textContent === 'Unpublish')).toBe(
      true,
    );

    // Archiving removes the trigger with the row's actions: the focus goes to the row's title link.
    await row.getByRole('button', { name: 'Archive' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitForAnnouncement(page, /archived/);
    const focused = await focusedElement(page);
    expect(focused.id).toBe(`event-${event.id}-title`);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
