// Focus and announcements after the organizer's actions, keyboard only: check-in at the desk (German;
// a second and a third check-in of the same person are said again), publishing and archiving an event
// (English; the button that replaces the pressed one gets the focus, the status line speaks once).
import type { Page } from 'playwright-core';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  test as base,
  uniqueEmail,
  type TestEvent,
} from '../../fixtures/test.js';
import { focusedElement, recordAnnouncements, waitForAnnouncement } from './recorder.js';

// An event of its own with one participant: this spec unpublishes, publishes and archives it.
const test = base.extend('event', { scope: 'file' }, async ({ organizer }): Promise<TestEvent> => {
  const event = await organizer.createEvent();
  await organizer.addParticipant(event.id, {
    firstName: 'Jürgen',
    lastName: 'Weiß',
    email: uniqueEmail('juergen.weiss'),
    organization: 'Straßenbahn Görlitz GmbH',
  });
  return event;
});

const isFocused = (page: Page, name: string) =>
  page.getByRole('button', { name }).evaluate((b) => b === document.activeElement);

describe('organizer actions: focus and announcements', () => {
  test('says every check-in at the desk, the same person again too', async ({ server, event, open }) => {
    const page = await open({ as: 'organizer', width: 390 });
    await recordAnnouncements(page.context());
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
  });

  test('keeps the focus on the event row when publishing and archiving', async ({ server, event, open }) => {
    const page = await open({ as: 'organizer', locale: 'en' });
    await recordAnnouncements(page.context());
    await page.goto(`${server.url}/admin/events`);
    await expectPage(page, 'Manage events');

    // The row of this event (its id) holds the buttons.
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
  });
});
