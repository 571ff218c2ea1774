// Organizer-written texts carry the event's content language as lang, whatever the interface language:
// German texts in the English interface (the demo), English texts in the German interface (an event
// switched to English). The interface's own words around them keep the page's language.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, expectNoSeriousA11yViolations, expectPage, test } from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const TITLE = 'Industriedialog Neue Mobilität Sachsen';

/** The language a screen reader uses for an element: its nearest lang. */
const langOf = (element: Locator) => element.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

async function visit(page: Page, url: string, heading: string | RegExp): Promise<void> {
  await page.goto(url);
  await expectPage(page, heading);
}

describe('language of parts', () => {
  test('marks German event texts in the English interface', async ({ server, open }) => {
    const page = await open({ locale: 'en' });
    await visit(page, `${server.url}/events`, 'Events');
    expect(await langOf(page.getByRole('heading', { name: TITLE }).first())).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Events', level: 1 }))).toBe('en');

    await visit(page, `${server.url}/events/${PAST_SLUG}`, TITLE);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('de');
    expect(await langOf(page.locator('.event-page > .prose'))).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Programme', exact: true }))).toBe('en');
    const session = page.locator('#programme').getByText('Wasserstoff: interaktiv mit dem Publikum').first();
    expect(await langOf(session)).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Retrospective' }))).toBe('en');
    expect(await page.getByRole('heading', { name: 'Programm', exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await visit(page, `${server.url}/events/${PAST_SLUG}/retrospective`, /./);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('de');
    expect(await langOf(page.locator('.retrospective > .prose'))).toBe('de');
  });

  test('marks English event texts in the German interface', async ({ server, organizer, open }) => {
    // An event of its own, whose texts the organizer switches to English.
    const event = await organizer.createEvent();
    const { slug } = await organizer.patch<{ slug: string }>(`/api/v1/admin/events/${event.id}`, {
      contentLanguage: 'en',
    });
    const page = await open({ width: 390 });
    await visit(page, `${server.url}/events/${slug}`, event.title);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('en');
    expect(await langOf(page.getByRole('heading', { name: 'Programm', exact: true }))).toBe('de');
    await expectNoSeriousA11yViolations(page);
  });
});
