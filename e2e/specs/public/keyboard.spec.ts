// A visitor moves through the public pages with the keyboard alone: skip link, event list, event page,
// footer, language switch; plus the narrow layout and the server-made head metadata of an event page.
import type { Page } from 'playwright-core';
import { describe, expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const PAST_TITLE = 'Industriedialog Neue Mobilität Sachsen';
const MAX_TABS = 80;

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  hasVisibleFocusStyle: boolean;
}

/** What has the keyboard focus now, and whether it shows a focus indicator (outline or box-shadow). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { tag: 'body', text: '', href: null, id: '', hasVisibleFocusStyle: false };
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      id: el.id,
      hasVisibleFocusStyle: outline || shadow,
    };
  });
}

/** Presses Tab until `wanted` matches; every element passed on the way must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, seen: Focused[] = []): Promise<Focused> {
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    expect(now.hasVisibleFocusStyle, `no visible focus style on <${now.tag}> "${now.text}"`).toBe(true);
    if (wanted(now)) {
      return now;
    }
  }
  throw new Error(`not reached by Tab; focus went through: ${seen.map((f) => f.text || f.tag).join(' | ')}`);
}

async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The card list arrives after the first fetch; wait for it so the tab order is complete.
  await page.getByText(PAST_TITLE).first().waitFor();
}

describe('public pages by keyboard', () => {
  test('the first Tab reaches the skip link, and Enter moves the focus to the main content', async ({
    server,
    open,
  }) => {
    const page = await open();
    await openFresh(page, `${server.url}/events`);

    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text).toBe('Zum Inhalt springen');
    expect(first.hasVisibleFocusStyle).toBe(true);
    expect(await page.getByRole('link', { name: 'Zum Inhalt springen' }).isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('main');
    await expectNoSeriousA11yViolations(page);
  });

  test('opens the booked-out 2020 event and reaches the footer links, all by Tab and Enter', async ({
    server,
    open,
  }) => {
    const page = await open();
    await openFresh(page, `${server.url}/events`);
    await expectNoSeriousA11yViolations(page);

    await tabTo(page, (f) => f.tag === 'a' && f.href === `/events/${PAST_SLUG}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/events/${PAST_SLUG}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Industriedialog Neue Mobilität Sachsen');
    await expect.poll(() => page.getByText('ausgebucht').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    // From the moved focus (main) onwards, Tab reaches every footer link.
    const seen: Focused[] = [];
    for (const name of ['Impressum', 'Datenschutz', 'Barrierefreiheit']) {
      const link = await tabTo(page, (f) => f.tag === 'a' && f.text === name, seen);
      expect(link.href).toMatch(/^\/(imprint|privacy|accessibility)$/);
    }

    // Back to "Impressum" with Shift+Tab; Enter opens the organizer's imprint page.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Impressum');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/imprint`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Impressum');
    await expectNoSeriousA11yViolations(page);
  });

  test('switches the language with the keyboard', async ({ server, open }) => {
    const page = await open();
    await openFresh(page, `${server.url}/events`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Veranstaltungen');

    await tabTo(page, (f) => f.tag === 'button' && f.text === 'English');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Events');
    await expect.poll(() => page.getByText('booked out').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await expectNoSeriousA11yViolations(page);
  });

  test('fits a 360 px wide screen without horizontal scrolling', async ({ server, open }) => {
    const page = await open({ width: 360 });
    for (const path of ['/events', `/events/${PAST_SLUG}`]) {
      await page.goto(`${server.url}${path}`);
      await page.getByText(PAST_TITLE).first().waitFor();
      await page.getByText('ausgebucht').first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test('serves Open Graph tags and a schema.org Event in the HTML head of the event page', async ({
    server,
  }) => {
    const api = (await (await fetch(`${server.url}/api/v1/events/${PAST_SLUG}`)).json()) as {
      startsAt: string;
    };
    const response = await fetch(`${server.url}/events/${PAST_SLUG}`, {
      headers: { 'accept-language': 'de-DE' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));

    expect(head).toContain(`<meta property="og:title" content="${PAST_TITLE}">`);
    const description = /<meta property="og:description" content="([^"]+)">/.exec(head)?.[1] ?? '';
    expect(description).toContain('Gläserne Manufaktur Dresden');
    expect(description).toContain('2020');

    const ld = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(head)?.[1];
    expect(ld, 'JSON-LD script in the head').toBeDefined();
    const event = JSON.parse(ld ?? '{}') as Record<string, unknown>;
    expect(event['@type']).toBe('Event');
    expect(event.name).toBe(PAST_TITLE);
    // 09:00 in Dresden on 6 February 2020 (CET, UTC+1).
    expect(new Date(String(event.startDate)).toISOString()).toBe('2020-02-06T08:00:00.000Z');
    expect(event.startDate).toBe(api.startsAt);
  });
});
