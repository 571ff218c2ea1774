import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, expectPage, test } from '../../fixtures/test.js';

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
  // Reads the demo's 2020 retrospective (published; retrospective/publish.spec.ts may rewrite its text,
  // the figures stay).
  test('keeps every figure table inside its card from 360 to 1920 px, with a screenshot at 1280 px', async ({
    open,
  }) => {
    const page = await open({ path: PAGE });
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
  });
});
