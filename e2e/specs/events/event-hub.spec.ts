// The organizer's event hub: from the event list to one page with every place to manage the event,
// grouped by stage; its links lead to the right pages and the badge PDF downloads. axe-core clean.
import { describe, expect, expectPage, test } from '../../fixtures/test.js';

const TITLE = 'Industriedialog Neue Mobilität Sachsen';

describe('event hub', () => {
  test('leads from the event list to every place to manage the event, stage by stage', async ({
    server,
    open,
  }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');

    const row = page.getByRole('row').filter({ hasText: '06.02.2020' });
    await row.getByRole('link', { name: `${TITLE}: Übersicht` }).click();
    await expectPage(page, TITLE);
    expect(await page.title()).toContain(`${TITLE} verwalten`);
    const eventPath = new URL(page.url()).pathname;
    expect(eventPath).toMatch(/^\/admin\/events\/[^/]+$/);

    const stages = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(stages).toEqual(['Vorbereiten', 'Am Veranstaltungstag', 'Danach']);
    const before = page.getByRole('region', { name: 'Vorbereiten' });
    expect(await before.getByRole('link').allInnerTexts()).toEqual([
      'Angaben bearbeiten',
      'Anmeldeformular und Fristen',
      'Programm',
      'Kompetenzliste',
      'Gesprächsinseln',
      '1:1-Gespräche',
    ]);
    // Every link stays within this event (a page outside the event's routes, like its mails, names it).
    const eventId = eventPath.split('/').pop()!;
    for (const href of await page
      .locator('.hub-list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(
        href.startsWith(`${eventPath}/`) ||
          href.startsWith(`/api/v1${eventPath}/`) ||
          href.endsWith(`?event=${encodeURIComponent(eventId)}`),
        href,
      ).toBe(true);
    }

    // The badge sheet is a PDF the organizer can download from here.
    const badges = page.getByRole('link', { name: 'Namensschilder (PDF)' });
    const pdf = await page.request.get(`${server.url}${await badges.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // Links lead to the pages they name; the way back is the browser's.
    await page
      .getByRole('region', { name: 'Am Veranstaltungstag' })
      .getByRole('link', { name: 'Anmeldungen' })
      .click();
    await expectPage(page, `Anmeldungen: ${TITLE}`);
    await page.goBack();
    await expectPage(page, TITLE);
    await page.getByRole('region', { name: 'Danach' }).getByRole('link', { name: 'Dashboard' }).click();
    await expectPage(page, `Dashboard: ${TITLE}`);
    await page.goBack();
    await page.getByRole('link', { name: 'Öffentliche Veranstaltungsseite ansehen' }).waitFor();
  });
});
