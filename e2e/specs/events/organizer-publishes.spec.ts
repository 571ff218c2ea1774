import { randomUUID } from 'node:crypto';
import { describe, expect, expectNoSeriousA11yViolations, expectPage, test } from '../../fixtures/test.js';

// A title of its own: other specs on the same server create events too.
const TITLE = `Werkstattgespräch Wasserstoff Lausitz ${randomUUID().slice(0, 6)}`;

describe('an organizer publishes an event', () => {
  test('creates it through the form, publishes it, and visitors see it in German and English', async ({
    server,
    open,
  }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');

    await page.getByRole('link', { name: 'Neue Veranstaltung' }).click();
    await expectPage(page, 'Neue Veranstaltung');
    await page.getByLabel('Titel', { exact: false }).first().fill(TITLE);
    await page.getByLabel('Untertitel').fill('Erzeugung, Speicherung und Nutzung in der Region');
    await page
      .getByLabel('Kurzbeschreibung')
      .fill('Ein halber Tag zu Wasserstoff in Produktion und Logistik.');
    await page
      .getByLabel('Beschreibung', { exact: false })
      .last()
      .fill('## Ablauf\n\n- Impulse\n- Gesprächsinseln');
    await page.getByLabel('Beginn').fill('2031-03-12T09:00');
    // The end lies before the start: the server names the field.
    await page.getByLabel('Ende').fill('2031-03-12T08:00');
    await page.getByLabel('Veranstaltungsort').fill('Kraftwerk Boxberg, Besucherzentrum');
    await page.getByLabel('Plätze').fill('80');
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();

    const summary = page.locator('.error-summary').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => summary.textContent()).toContain('Das Ende muss nach dem Beginn liegen.');
    const end = page.getByLabel('Ende');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toBe('Das Ende muss nach dem Beginn liegen.');
    await expectNoSeriousA11yViolations(page);

    await end.fill('2031-03-12T13:00');
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await page.waitForURL(`${server.url}/admin/events`);
    await expectPage(page, 'Veranstaltungen verwalten');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    expect(await row.getByText('Entwurf').count()).toBe(1);
    await row.getByRole('button', { name: `${TITLE} veröffentlichen` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `„${TITLE}“ ist veröffentlicht.` })
      .waitFor();
    expect(await row.getByText('Veröffentlicht').count()).toBe(1);

    await page.getByRole('link', { name: 'Veranstaltungen', exact: true }).first().click();
    await expectPage(page, 'Veranstaltungen');
    const upcoming = page.getByRole('region', { name: 'Kommende Veranstaltungen' });
    const card = upcoming.getByRole('article').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.getByText('noch 80 Plätze').count()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const upcomingEn = page.getByRole('region', { name: 'Upcoming events' });
    await upcomingEn.getByRole('article').filter({ hasText: TITLE }).getByText('80 places left').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await expectPage(page, 'Events');
    await page.getByRole('region', { name: 'Upcoming events' }).getByText(TITLE).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});
