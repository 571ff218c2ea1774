import type { BrowserContext, Page } from 'playwright-core';

/** One change of a live region: its text after the change, and when (ms since the page loaded). */
export interface Announcement {
  text: string;
  at: number;
}

/**
 * Records every change inside a live region (aria-live, role=status, role=alert) that was in the DOM
 * before it changed, as screen readers hear it, plus role=alert elements inserted with their text. A
 * region inserted together with its text is not recorded: screen readers mostly stay silent then.
 */
export async function recordAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: { text: string; at: number }[] = [];
    (window as unknown as { announcements: typeof log }).announcements = log;
    const REGION = '[aria-live], [role="status"], [role="alert"]';
    const start = () =>
      new MutationObserver((records) => {
        const touched = new Set<Element>();
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const region = node?.closest(REGION);
          if (region) {
            touched.add(region);
          }
          for (const added of record.addedNodes) {
            if (added instanceof Element && added.matches('[role="alert"]') && !region) {
              touched.add(added);
            }
          }
        }
        for (const region of touched) {
          const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) {
            log.push({ text, at: Math.round(performance.now()) });
          }
        }
      }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    if (document.documentElement) {
      start();
    } else {
      document.addEventListener('DOMContentLoaded', start);
    }
  });
}

/** What the page's live regions have said so far. */
export async function announcements(page: Page): Promise<Announcement[]> {
  return page.evaluate(() => (window as unknown as { announcements: Announcement[] }).announcements);
}

/** Waits until a live region said something matching, and returns how often it was said by then. */
export async function waitForAnnouncement(page: Page, text: string | RegExp): Promise<number> {
  const matches = (a: Announcement) => (typeof text === 'string' ? a.text === text : text.test(a.text));
  for (let i = 0; i < 150; i += 1) {
    const said = (await announcements(page)).filter(matches);
    if (said.length > 0) {
      // A second announcement of one change would come within moments: give it the chance to show.
      await page.waitForTimeout(400);
      return (await announcements(page)).filter(matches).length;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`never announced: ${String(text)}; heard: ${JSON.stringify(await announcements(page))}`);
}

/** The focused element, as a test names it: its id, else tag and text. */
export async function focusedElement(page: Page): Promise<{ id: string; tag: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? 'none',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    };
  });
}
