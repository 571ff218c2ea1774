// 1.4.10 Reflow: at 320 CSS px (1280 px at 400 % zoom) no page scrolls sideways; wide tables scroll in
// their own labelled, focusable region instead. Public pages in English, organizer pages in German.
import type { Page } from 'playwright-core';
import type { Programme } from '../../../src/contract/program.js';
import { test as base, describe, expect } from '../../fixtures/test.js';

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

/** The demo's pages this spec reads (it changes nothing). */
interface DemoIds {
  pastId: string;
  upcomingSlug: string;
  sessionId: string;
}

const test = base.extend('demo', { scope: 'file' }, async ({ server }): Promise<DemoIds> => {
  const { events } = (await (await fetch(`${server.url}/api/v1/events`)).json()) as {
    events: { id: string; slug: string; title: string; isPast: boolean }[];
  };
  const programme = (await (
    await fetch(`${server.url}/api/v1/events/${PAST_SLUG}/programme`)
  ).json()) as Programme;
  return {
    pastId: events.find((e) => e.slug === PAST_SLUG)!.id,
    // The demo's upcoming edition (other specs' events are upcoming too, with titles of their own).
    upcomingSlug: events.find((e) => !e.isPast && e.title === 'Industriedialog Neue Mobilität Sachsen')!.slug,
    sessionId: programme.sessions.find((s) => s.title === 'Wasserstoff: interaktiv mit dem Publikum')!.id,
  };
});

async function measure(page: Page, baseUrl: string, paths: string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const { width, culprits } = await overflow(page);
    if (width > WIDTH) {
      wide.push(`${path}: ${width} px; ${culprits.join(', ')}`);
    }
  }
  return wide;
}

describe('reflow at 320 px', () => {
  test('public pages do not scroll sideways', async ({ server, demo, open }) => {
    const { upcomingSlug, sessionId } = demo;
    const page = await open({ locale: 'en', width: WIDTH });
    const wide = await measure(page, server.url, [
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
  });

  test('the timetable scrolls in its own region at 1280 px and 200 % zoom, not the page', async ({
    open,
  }) => {
    const page = await open({ width: 640, path: `/events/${PAST_SLUG}` });
    const region = page.getByRole('region', { name: /^Programm nach Uhrzeit und Raum/ });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(640);
  });

  test('organizer pages do not scroll sideways', async ({ server, demo, open }) => {
    const { pastId, sessionId } = demo;
    const page = await open({ as: 'organizer', width: WIDTH });
    const admin = `/admin/events/${pastId}`;
    const wide = await measure(page, server.url, [
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
  });
});
