// Hall mode: the live Q&A screen and the island plan at 1920 x 1080, as a projector shows them. No site
// header, every visible text at least 32 px (readable from 20 m), all island rounds on one screen without
// scrolling, axe-clean; a screenshot of each for a person to look at. Also at 1280 px: nothing scrolls
// sideways and the text scales down with the screen.
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Programme } from '../../../src/contract/program.js';
import { describe, expect, expectNoSeriousA11yViolations, expectPage, test } from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const PANEL = 'Wasserstoff: interaktiv mit dem Publikum';
const HALL = { width: 1920, height: 1080 };

/** The smallest font size (px) of the visible elements with text of their own, and where it is. */
async function smallestText(page: Page): Promise<{ size: number; text: string; count: number }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '', count: 0 };
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden (1 px, clipped) text is for screen readers, not for the hall.
      if (!own || box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') {
        continue;
      }
      smallest.count += 1;
      const size = parseFloat(style.fontSize);
      if (size < smallest.size) {
        smallest = { size, text: own.slice(0, 60), count: smallest.count };
      }
    }
    return smallest;
  });
}

async function expectHallMode(page: Page, name: string): Promise<void> {
  expect(await page.getByRole('banner').count()).toBe(0);
  expect(await page.getByRole('contentinfo').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(de|en)/);
  const smallest = await smallestText(page);
  expect(smallest.count).toBeGreaterThan(3);
  expect(smallest.size, `smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(32);
  const shot = path.join(os.tmpdir(), `crossdialog-hall-${name}-1920.png`);
  await page.screenshot({ path: shot });
  await expectNoSeriousA11yViolations(page);
}

async function noScroll(page: Page): Promise<{ vertical: boolean; horizontal: boolean }> {
  return page.evaluate(() => ({
    vertical: document.documentElement.scrollHeight > window.innerHeight,
    horizontal: document.documentElement.scrollWidth > window.innerWidth,
  }));
}

describe('hall mode', () => {
  test('the Q&A screen has no site header and no text under 32 px at 1920 x 1080', async ({
    server,
    open,
  }) => {
    const programme = (await (
      await fetch(`${server.url}/api/v1/events/${PAST_SLUG}/programme`)
    ).json()) as Programme;
    const sessionId = programme.sessions.find((s) => s.title === PANEL)!.id;
    const screen = await open(HALL);
    await screen.goto(`${server.url}/sessions/${sessionId}/screen`);
    await expectPage(screen, PANEL);
    await screen.getByText(/^Code [A-Z2-9]{6}$/).waitFor();
    await expectHallMode(screen, 'qa');
    expect((await noScroll(screen)).horizontal).toBe(false);

    // The word cloud's markup as PollResults renders it (every weight, with counts), in the screen's
    // main column: the hall screen's styles keep its smallest word and count at 32 px or more.
    await screen.locator('.screen-main').evaluate((main) => {
      const list = document.createElement('ul');
      list.className = 'word-cloud';
      for (const weight of [1, 2, 3, 4, 5]) {
        const item = document.createElement('li');
        item.className = `word-weight-${weight}`;
        item.append(`Wort${weight} `);
        const count = document.createElement('span');
        count.className = 'word-count';
        count.textContent = `(${weight})`;
        item.append(count);
        list.append(item);
      }
      main.append(list);
    });
    const cloud = await smallestText(screen);
    expect(cloud.size, `smallest text "${cloud.text}"`).toBeGreaterThanOrEqual(32);
    const word = await screen
      .locator('.word-weight-1')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(word).toBeGreaterThanOrEqual(32);
  });

  test(
    'the island plan shows all rounds on one 1920 x 1080 screen, text at least 32 px, and fits 1280 px',
    { timeout: 120_000 },
    async ({ server, organizer: api, open }) => {
      const event = await api.createEvent();
      for (const [index, hour] of ['10', '11', '12'].entries()) {
        await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
          type: 'island-round',
          title: `Gesprächsinseln, Runde ${index + 1}`,
          startsAt: `${event.year}-02-04T${hour}:00`,
          endsAt: `${event.year}-02-04T${hour}:45`,
          room: 'Galerie',
        });
      }
      await api.post(`/api/v1/admin/events/${event.id}/islands/defaults`);
      await api.post(`/api/v1/admin/events/${event.id}/island-assignment/run`);
      await api.post(`/api/v1/admin/events/${event.id}/island-assignment/publish`, {});

      for (const locale of ['de', 'en'] as const) {
        const hall = await open({ ...HALL, locale });
        await hall.goto(`${server.url}/events/${event.slug}/island-plan`);
        await expectPage(hall, locale === 'de' ? /^Gesprächsinseln: / : /^Conversation islands: /);
        await hall.locator('.hall-islands li').first().waitFor();
        await expectHallMode(hall, `islands-${locale}`);

        // Three rounds side by side, every island box inside the screen: nothing below the fold.
        const rounds = hall.locator('section.hall-round');
        expect(await rounds.count()).toBe(3);
        const boxes = await hall
          .locator('.hall-round h2, .hall-islands li')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes.length).toBeGreaterThanOrEqual(3 + 3 * 5);
        for (const box of boxes) {
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(HALL.height);
          expect(box.right).toBeLessThanOrEqual(HALL.width);
        }
        expect(await noScroll(hall)).toEqual({ vertical: false, horizontal: false });

        // A 1280 px screen: the same plan, smaller, still without scrolling sideways.
        await hall.setViewportSize({ width: 1280, height: 720 });
        expect((await noScroll(hall)).horizontal).toBe(false);
        expect((await smallestText(hall)).size).toBeGreaterThanOrEqual(20);
        await expectNoSeriousA11yViolations(hall);
      }
    },
  );

  test('the programme offers live moderation for a talk, not for a coffee break', async ({
    organizer: api,
    open,
  }) => {
    const event = await api.createEvent();
    const sessions = [
      { type: 'talk', title: 'Vortrag Wasserstoff', hour: '10' },
      { type: 'break', title: 'Kaffeepause', hour: '11' },
    ];
    for (const { type, title, hour } of sessions) {
      await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
        type,
        title,
        startsAt: `${event.year}-02-04T${hour}:00`,
        endsAt: `${event.year}-02-04T${hour}:30`,
        room: 'Saal',
      });
    }
    const page = await open({ as: 'organizer', path: `/admin/events/${event.id}/programme` });
    await expectPage(page, `Programm: ${event.title}`);
    await page.getByRole('link', { name: 'Live-Moderation zu „Vortrag Wasserstoff“' }).waitFor();
    expect(await page.getByText('Kaffeepause').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /^Live-Moderation/ }).count()).toBe(1);
  });
});
