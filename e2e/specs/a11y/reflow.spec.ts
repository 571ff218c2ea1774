// 1.4.10 Reflow: at 320 CSS px (1280 px at 400 % zoom) no page scrolls sideways; wide tables scroll in
// their own labelled, focusable region instead. Public pages in English, organizer pages in German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Programme } from '../../../src/contract/program.js';
import { launchBrowser, newContext } from '../../fixtures/browser.js';
import { DEMO_ORGANIZER } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const WIDTH = 320;

/** How wide the page is, and the widest elements that stick out (to name the culprit). */
async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate((viewport) => {
    const culprits: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      let clipped = false;
      for (let up = el.parentElement; up && !clipped; up = up.parentElement) {
        clipped =
          getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= viewport + 1;
      }
      if (box.right > viewport + 1 && !clipped) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
        culprits.push(`${name} (${Math.round(box.right)} px)`);
      }
    }
    // Text that sticks out of its box (a long word) has no element of its own: name its parent.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      const parent = node.parentElement;
      if (right > viewport + 1 && parent && parent.getBoundingClientRect().right <= viewport + 1) {
        culprits.push(
          `text in ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')} (${Math.round(right)} px)`,
        );
      }
    }
    return { width: document.documentElement.scrollWidth, culprits: culprits.slice(0, 6) };
  }, WIDTH);
}

describe('reflow at 320 px', () => {
  let server: RunningServer;
  let browser: Browser;
  let pastId: string;
  let upcomingSlug: string;
  let sessionId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const { events } = (await (await fetch(`${server.url}/api/v1/events`)).json()) as {
      events: { id: string; slug: string; isPast: boolean }[];
    };
    pastId = events.find((e) => e.slug === PAST_SLUG)!.id;
    upcomingSlug = events.find((e) => !e.isPast)!.slug;
    const programme = (await (
      await fetch(`${server.url}/api/v1/events/${PAST_SLUG}/programme`)
    ).json()) as Programme;
    sessionId = programme.sessions.find((s) => s.title === 'Wasserstoff: interaktiv mit dem Publikum')!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function measure(page: Page, paths: string[]): Promise<string[]> {
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const { width, culprits } = await overflow(page);
      if (width > WIDTH) {
        wide.push(`${path}: ${width} px; ${culprits.join(', ')}`);
      }
    }
    return wide;
  }

  it('public pages do not scroll sideways', async () => {
    const context = await newContext(browser, 'en', WIDTH);
    const page = await context.newPage();
    const wide = await measure(page, [
      '/events',
      `/events/${PAST_SLUG}`,
      `/events/${upcomingSlug}`,
      `/events/${PAST_SLUG}/retrospective`,
      `/sessions/${sessionId}/live`,
      '/live',
      '/signin',
      '/accessibility',
    ]);
    expect(wide).toEqual([]);
    await context.close();
  });

  it('the timetable scrolls in its own region at 1280 px and 200 % zoom, not the page', async () => {
    const context = await newContext(browser, 'de', 640);
    const page = await context.newPage();
    await page.goto(`${server.url}/events/${PAST_SLUG}`);
    const region = page.getByRole('region', { name: /^Programm nach Uhrzeit und Raum/ });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(640);
    await context.close();
  });

  it('organizer pages do not scroll sideways', async () => {
    const context = await newContext(browser, 'de', WIDTH);
    const signIn = await context.request.post(`${server.url}/api/v1/auth/sign-in`, {
      data: { email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password },
    });
    expect(signIn.status()).toBe(200);
    const page = await context.newPage();
    const admin = `/admin/events/${pastId}`;
    const wide = await measure(page, [
      '/admin/events',
      admin,
      `${admin}/edit`,
      `${admin}/registrations`,
      `${admin}/registration-settings`,
      `${admin}/checkin`,
      `${admin}/programme`,
      `${admin}/meetings`,
      `${admin}/islands`,
      `${admin}/dashboard`,
      `${admin}/retrospective`,
      `${admin}/survey`,
      `${admin}/competences`,
      `/sessions/${sessionId}/moderate`,
      '/admin/network',
      '/admin/people',
      '/me',
    ]);
    expect(wide).toEqual([]);
    await context.close();
  });
});
