// Pages load as separate chunks (src/web/app/app.tsx): a participant opening an event page on a phone
// does not download the organizer area; while a page's code is on its way the layout stays and says
// so; and when a page's code cannot be fetched (a deploy replaced it, the hall Wi-Fi dropped) the
// visitor reads why and can reload.
import { describe, expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';
const TITLE = 'Industriedialog Neue Mobilität Sachsen';
const EVENT_PAGE_CHUNK = /\/assets\/event-page-[\w-]+\.js$/;

describe('pages as separate chunks', () => {
  test('an event page loads without the organizer area, and shows a loading state in the layout meanwhile', async ({
    server,
    open,
  }) => {
    const page = await open({ width: 360 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') {
        scripts.push(new URL(request.url()).pathname);
      }
    });
    // A slow hall Wi-Fi: the event page's code arrives only after the click on "continue".
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(EVENT_PAGE_CHUNK, async (route) => {
      await held;
      await route.continue();
    });

    await page.goto(`${server.url}/events/${SLUG}`);
    const status = page.getByRole('status').filter({ hasText: 'Seite wird geladen …' });
    await status.waitFor();
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Zum Inhalt springen' }).count()).toBe(1);
    // The loading text sits where the page will be: header and main do not move when it arrives.
    const mainBefore = await page.locator('main').boundingBox();

    release();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await status.count()).toBe(0);
    const mainAfter = await page.locator('main').boundingBox();
    expect(mainAfter!.y).toBe(mainBefore!.y);

    expect(scripts.some((s) => EVENT_PAGE_CHUNK.test(s))).toBe(true);
    const organizerOnly = scripts.filter((s) => /(admin|checkin|dashboard|moderator|screen)-/.test(s));
    expect(organizerOnly).toEqual([]);
    await expectNoSeriousA11yViolations(page);
  });

  test('explains a page whose code cannot be fetched and reloads it on request', async ({ server, open }) => {
    const page = await open({ locale: 'en' });
    await page.goto(`${server.url}/events`);
    const eventLink = page.locator(`a[href="/events/${SLUG}"]`);
    await eventLink.waitFor();

    // After a deploy the old chunk names are gone; the first click on an event meets that, after a
    // while on a slow network. Meanwhile the list stays and a status says the next page is loading.
    let fail = () => {};
    const held = new Promise<void>((resolve) => (fail = resolve));
    await page.route(EVENT_PAGE_CHUNK, async (route) => {
      await held;
      await route.abort('failed');
    });
    await eventLink.click();
    await page.getByRole('status').filter({ hasText: 'Loading page …' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Events');
    fail();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('This page could not be loaded');
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.title()).toBe('This page could not be loaded · CrossDialog');
    await expectNoSeriousA11yViolations(page);

    await page.unroute(EVENT_PAGE_CHUNK);
    await page.getByRole('button', { name: 'Reload page' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(page.url()).toBe(`${server.url}/events/${SLUG}`);
  });
});
