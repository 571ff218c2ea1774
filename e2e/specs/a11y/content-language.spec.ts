// Organizer-written texts carry the event's content language as lang, whatever the interface language:
// German texts in the English interface (the demo), English texts in the German interface (an event
// switched to English). The interface's own words around them keep the page's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { DEMO_ORGANIZER, expectPage } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import { signInOrganizerApi, upcomingEvent } from '../registration-admin/organizer-api.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const TITLE = 'Industriedialog Neue Mobilität Sachsen';

/** The language a screen reader uses for an element: its nearest lang. */
const langOf = (element: Locator) => element.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

describe('language of parts', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await expectPage(page, heading);
  }

  it('marks German event texts in the English interface', async () => {
    const context = await newContext(browser, 'en', 1280);
    const page = await context.newPage();
    await visit(page, '/events', 'Events');
    expect(await langOf(page.getByRole('heading', { name: TITLE }).first())).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Events', level: 1 }))).toBe('en');

    await visit(page, `/events/${PAST_SLUG}`, TITLE);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('de');
    expect(await langOf(page.locator('.event-page > .prose'))).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Programme', exact: true }))).toBe('en');
    const session = page.locator('#programme').getByText('Wasserstoff: interaktiv mit dem Publikum').first();
    expect(await langOf(session)).toBe('de');
    expect(await langOf(page.getByRole('heading', { name: 'Retrospective' }))).toBe('en');
    expect(await page.getByRole('heading', { name: 'Programm', exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await visit(page, `/events/${PAST_SLUG}/retrospective`, /./);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('de');
    expect(await langOf(page.locator('.retrospective > .prose'))).toBe('de');
    await context.close();
  });

  it('marks English event texts in the German interface', async () => {
    const api = await signInOrganizerApi(server.url);
    const event = await upcomingEvent(api);
    const context = await newContext(browser, 'de', 390);
    // The organizer switches the event's texts to English (signed in within this context).
    const signIn = await context.request.post(`${server.url}/api/v1/auth/sign-in`, {
      data: { email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password },
    });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const patched = await context.request.patch(`${server.url}/api/v1/admin/events/${event.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { contentLanguage: 'en' },
    });
    expect(patched.status()).toBe(200);
    const { slug } = (await patched.json()) as { slug: string };
    const page = await context.newPage();
    await visit(page, `/events/${slug}`, event.title);
    expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('en');
    expect(await langOf(page.getByRole('heading', { name: 'Programm', exact: true }))).toBe('de');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
