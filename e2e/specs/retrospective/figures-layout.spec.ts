import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../fixtures/browser.js';
import { expectPage } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';

const PAGE = '/events/industriedialog-neue-mobilitaet-2020/retrospective';

/**
 * Every figure card whose content (the sector table above all) reaches past the card's edge. A table
 * wider than a narrow card scrolls inside its labelled, focusable region (the reflow rule of
 * docs/accessibility.md); then the region is what must stay inside the card.
 */
async function overflowingCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.retro-figure')].flatMap((card) => {
      const box = card.getBoundingClientRect();
      const parts = [...card.querySelectorAll<HTMLElement>('table, p, h3')].map(
        (el) => el.closest<HTMLElement>('.table-scroll[role="region"]') ?? el,
      );
      const inner = parts.some((el) => {
        const r = el.getBoundingClientRect();
        return r.right > box.right + 0.5 || r.left < box.left - 0.5;
      });
      return inner || card.scrollWidth > card.clientWidth + 1 || box.right > window.innerWidth + 0.5
        ? [card.getAttribute('aria-labelledby') ?? '?']
        : [];
    }),
  );
}

describe('the retrospective figures at every width', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps every figure table inside its card from 360 to 1920 px, with a screenshot at 1280 px', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${PAGE}`);
    await expectPage(page, /^Rückblick/);
    await page.locator('.retro-figure:has(table)').first().waitFor({ state: 'attached', timeout: 60_000 });
    const shot = path.join(os.tmpdir(), 'crossdialog-retrospective-figures-1280.png');
    await page.locator('.retro-figure-grid').screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    expect(await overflowingCards(page)).toEqual([]);

    for (const width of [360, 390, 480, 768, 1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowingCards(page), `at ${width} px`).toEqual([]);
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(pageOverflow, `page wider than the window at ${width} px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
