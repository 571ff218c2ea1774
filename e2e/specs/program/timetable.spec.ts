// A visitor reads the 2020 programme on the event page: a table by time and room on a wide screen,
// a list on a phone without sideways scrolling; axe-core clean on both.
import { describe, expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';

describe('the public timetable', () => {
  test('shows the 2020 programme as a table by time and room on a wide screen', async ({ server, open }) => {
    const page = await open();
    await page.goto(`${server.url}/events/${PAST_SLUG}`);
    const table = page.getByRole('table', { name: /Programm nach Uhrzeit und Raum/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Uhrzeit',
      'Forum',
      'Foyer',
      'Galerie (Gesprächsinseln)',
    ]);
    // 09:00 in Dresden, the keynote first; the hydrogen panel later in the day.
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.getByRole('rowheader').textContent()).toBe('09:00');
    expect(await firstRow.textContent()).toContain('Begrüßung und Impuls');
    await table.getByText('Wasserstoff: interaktiv mit dem Publikum').waitFor();
    expect(await table.getByText('Gesprächsinseln, zweite Runde').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
  });

  test('is a list with headings at 360 px, without horizontal scrolling', async ({ server, open }) => {
    const page = await open({ locale: 'en', width: 360 });
    await page.goto(`${server.url}/events/${PAST_SLUG}`);
    const list = page.getByRole('list', { name: /Programme by time and room/ });
    await list.waitFor();
    expect(await page.getByRole('table', { name: /Programme by time and room/ }).count()).toBe(0);
    expect(await list.getByRole('heading', { level: 3 }).count()).toBe(13);
    await list.getByText('Panel discussion').first().waitFor();
    expect(await list.getByText(/9:00\s*am/).count()).toBeGreaterThan(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the event page is ${width} px wide`).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);
  });
});
