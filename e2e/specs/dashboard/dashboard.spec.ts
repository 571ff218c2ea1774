// The organizer's dashboard of the demo's 2020 edition: charts with their tables, a CSV download, the
// network view across events; axe-core on every page.
import fs from 'node:fs';
import { describe, expect, expectPage, test } from '../../fixtures/test.js';

const TITLE = 'Industriedialog Neue Mobilität Sachsen';

describe('organizer dashboard and network view', () => {
  test('shows the 2020 edition in charts with tables, exports a CSV and draws the network', async ({
    open,
  }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');

    const row = page.getByRole('row').filter({ hasText: '06.02.2020' });
    await row.getByRole('link', { name: `${TITLE}: Übersicht` }).click();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expectPage(page, `Dashboard: ${TITLE}`);

    // Each figure: a chart named by its title, and the table with the same caption beside it.
    const chart = page.getByRole('img', { name: /^Anmeldungen im Zeitverlauf/ });
    await chart.waitFor();
    const registrations = page.getByRole('table', { name: 'Anmeldungen im Zeitverlauf' });
    const lastTotal = await registrations.getByRole('row').last().getByRole('cell').last().innerText();
    expect(Number(lastTotal)).toBeGreaterThanOrEqual(250);
    await page.getByRole('img', { name: /^Branchenmix/ }).waitFor();
    const sectors = page.getByRole('table', { name: 'Branchenmix' });
    expect(await sectors.getByRole('row').count()).toBeGreaterThan(3);
    await page.getByRole('img', { name: /^Gespräche zwischen Branchen/ }).waitFor();
    await page.getByRole('img', { name: /^Auslastung der Gesprächsinseln/ }).waitFor();
    await page.getByRole('img', { name: /^Beteiligung an Umfragen/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Branchenmix als CSV herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-2020-02-06-sectors\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Branche,Anzahl,Anteil');
    expect(lines.length).toBe(await sectors.getByRole('row').count());

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafik „Branchenmix“ als SVG herunterladen' }).click(),
    ]);
    expect(fs.readFileSync(await svg.path(), 'utf8')).toContain('<title');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafik „Anmeldungen im Zeitverlauf“ als PNG herunterladen' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('dashboard-2020-02-06-registrations.png');
    // The PNG signature: the chart was drawn on a canvas.
    expect(
      fs
        .readFileSync(await png.path())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');

    await page.getByRole('link', { name: 'Netzwerk über alle Veranstaltungen' }).first().click();
    await expectPage(page, 'Netzwerk über alle Veranstaltungen');
    await page.getByRole('img', { name: /^Verbindungen zwischen Organisationen/ }).waitFor();
    const edges = page.getByRole('table', { name: 'Verbindungen zwischen Organisationen' });
    expect(await edges.getByRole('row').count()).toBeGreaterThan(1);
    const editions = page.getByRole('table', { name: 'Teilnehmende und Organisationen je Ausgabe' });
    await editions.getByRole('cell', { name: '2020' }).waitFor();
  });
});
