import { describe, expect, expectPage, test } from '../../fixtures/test.js';

const TITLE = 'Industriedialog Neue Mobilität Sachsen';

describe('an organizer duplicates last year’s edition', () => {
  // Reads the demo's 2020 edition; the copy is an event of this test's own.
  test('finds the programme and the islands in the copy, on the same weekday in the future, in German and English', async ({
    server,
    open,
  }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');
    // The demo's 2020 edition (Thursday 6 February 2020) has a programme and five islands.
    const row = page.getByRole('row').filter({ hasText: '06.02.2020' });
    await row.getByRole('button', { name: `${TITLE} duplizieren` }).focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/admin\/events\/[0-9a-f-]+\/edit$/);
    await expectPage(page, `„${TITLE}“ bearbeiten`);
    const copyId = /events\/([0-9a-f-]+)\/edit/.exec(page.url())![1]!;
    const start = await page.getByLabel('Beginn').inputValue();
    expect(start).toMatch(/T09:00$/);
    expect(new Date(`${start}:00`).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(`${start}:00`).getDay()).toBe(4);
    expect(await page.locator('.date-warnings').count()).toBe(0);

    await page.goto(`${server.url}/admin/events/${copyId}`);
    await expectPage(page, TITLE);
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await expectPage(page, `Programm: ${TITLE}`);
    const sessions = page.getByRole('table').first().getByRole('row');
    await expect.poll(() => sessions.count()).toBeGreaterThan(10);

    await page.goto(`${server.url}/admin/events/${copyId}/islands`);
    await expectPage(page, `Gesprächsinseln: ${TITLE}`);
    // The five islands with their themes; their hosts were people, so the copy has none.
    for (const theme of ['Innovation', 'Produktion', 'Mobilität', 'Energie', 'Unterstützung und Förderung']) {
      await page.getByRole('heading', { name: `Insel ${theme}`, exact: true }).waitFor();
    }
    expect(await page.getByText('Noch niemand.').count()).toBe(5);

    await page.getByRole('button', { name: 'English' }).click();
    await expectPage(page, `Conversation islands: ${TITLE}`);
    await page.goto(`${server.url}/admin/events/${copyId}/programme`);
    await expectPage(page, `Programme: ${TITLE}`);
  });
});
