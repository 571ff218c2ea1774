import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { RegistrationCounters } from '../../../src/contract/registration.js';
import {
  describe,
  expect,
  expectPage,
  test as base,
  uniqueEmail,
  type OrganizerApi,
  type TestEvent,
} from '../../fixtures/test.js';

/** Every cell text of the first sheet, row by row. */
async function readSheet(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v as string))));
  });
  return rows;
}

// The event of this file, with three participants added by hand: made once, for the three tests.
const test = base.extend('event', { scope: 'file' }, async ({ organizer }) => seedEvent(organizer));

async function seedEvent(api: OrganizerApi): Promise<TestEvent> {
  const event = await api.createEvent();
  await api.addParticipant(event.id, {
    firstName: 'Jürgen',
    lastName: 'Weiß',
    email: uniqueEmail('juergen.weiss'),
    organization: 'Straßenbahn Görlitz GmbH',
  });
  await api.addParticipant(event.id, {
    firstName: 'Zoë',
    lastName: 'Möller',
    email: uniqueEmail('zoe.moeller'),
    organization: 'Hochschule Zittau/Görlitz',
    sector: 'research',
    isGuest: true,
  });
  const cancelled = await api.addParticipant(event.id, {
    firstName: 'Änne',
    lastName: 'Groß',
    email: uniqueEmail('aenne.gross'),
    organization: 'Überland Logistik AG',
    sector: 'logistics',
  });
  await api.post(`/api/v1/admin/registrations/${cancelled.id}/cancel`);
  return event;
}

describe('organizer: registrations list and export', () => {
  test('shows counters and rows, filters by status and exports an XLSX with umlauts intact', async ({
    organizer: api,
    event,
    open,
  }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');
    // One public seat is taken (the guest sits outside the capacity).
    const row = page.getByRole('row').filter({ hasText: event.title });
    expect(await row.textContent()).toContain('1 von 250 belegt');
    await row.getByRole('link', { name: `Anmeldungen zu ${event.title}` }).click();
    await expectPage(page, `Anmeldungen: ${event.title}`);

    const counters = await api.get<RegistrationCounters>(
      `/api/v1/admin/events/${event.id}/registrations/counters`,
    );
    const chart = page.getByRole('table', { name: 'Zähler der Anmeldungen mit Balkendiagramm' });
    await expect
      .poll(() => chart.getByRole('row', { name: /^Bestätigt/ }).textContent())
      .toContain(String(counters.confirmed));
    expect(counters.guests).toBeGreaterThanOrEqual(1);
    expect(await chart.getByRole('row', { name: /^Gäste/ }).textContent()).toContain(String(counters.guests));

    const table = page.getByRole('table', { name: /^Anmeldungen;/ });
    for (const name of ['Weiß, Jürgen', 'Möller, Zoë', 'Groß, Änne']) {
      await table.getByRole('link', { name }).waitFor();
    }
    expect(await table.getByRole('row', { name: /Möller, Zoë/ }).textContent()).toContain('Gast');
    const search = page.getByLabel('Suche (Name, E-Mail, Organisation)');
    await search.fill('Görlitz');
    await search.press('Enter');
    await page.getByText('2 Anmeldungen gefunden').waitFor();
    expect(await table.getByRole('link', { name: 'Groß, Änne' }).count()).toBe(0);
    await search.fill('');
    await search.press('Enter');
    await page.getByText('3 Anmeldungen gefunden').waitFor();

    await page.getByLabel('Status', { exact: true }).selectOption('cancelled');
    await page.getByText('1 Anmeldung gefunden').waitFor();
    expect(await table.getByRole('link', { name: 'Groß, Änne' }).count()).toBe(1);
    expect(await table.getByRole('link', { name: 'Weiß, Jürgen' }).count()).toBe(0);
    await expectPage(page, `Anmeldungen: ${event.title}`);

    await page.getByLabel('Status', { exact: true }).selectOption('confirmed');
    await table.getByRole('link', { name: 'Weiß, Jürgen' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export als Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const rows = await readSheet(await download.path());
    const text = rows.map((r) => r.join(' | '));
    expect(
      text.some((r) => r.includes('Jürgen') && r.includes('Weiß') && r.includes('Straßenbahn Görlitz GmbH')),
    ).toBe(true);
    expect(text.some((r) => r.includes('Zoë') && r.includes('Möller'))).toBe(true);
    // The export follows the list's filter: the cancelled registration is not in it.
    expect(text.some((r) => r.includes('Änne'))).toBe(false);
  });

  test('updates the counters on screen as soon as someone registers, without reload or poll', async ({
    server,
    organizer: api,
    event,
    open,
  }) => {
    const page = await open({ as: 'organizer', path: `/admin/events/${event.id}/registrations` });
    await expectPage(page, `Anmeldungen: ${event.title}`);
    const panel = page.getByRole('region', { name: 'Stand der Anmeldungen' });
    const chart = panel.getByRole('table', { name: 'Zähler der Anmeldungen mit Balkendiagramm' });
    const pendingRow = chart.getByRole('row', { name: /^Bestätigung ausstehend/ });
    const before = await api.get<RegistrationCounters>(
      `/api/v1/admin/events/${event.id}/registrations/counters`,
    );
    await expect.poll(() => pendingRow.textContent()).toContain(String(before.pending));
    await panel.getByText('Die Zahlen werden sofort aktualisiert, wenn sich etwas ändert.').waitFor();
    // Figures changing several times a second must not be read out: no live region in the panel.
    expect(await panel.locator('[aria-live], [role="status"], [role="alert"]').count()).toBe(0);

    // Someone registers through the public API while the page stays open.
    const { slug } = await api.get<{ slug: string }>(`/api/v1/admin/events/${event.id}`);
    const started = Date.now();
    const registered = await fetch(`${server.url}/api/v1/events/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        salutation: 'mr',
        firstName: 'Björn',
        lastName: 'Schütze',
        email: uniqueEmail('bjoern.schuetze'),
        organization: 'Lausitzer Verkehrsbetriebe',
        sector: 'supplier',
        consents: { privacy: true },
      }),
    });
    expect(registered.status).toBe(201);
    const heldText = `${before.held + 1} von ${before.capacity}`;
    await chart
      .getByRole('row', { name: /^Belegte Plätze/ })
      .filter({ hasText: heldText })
      .waitFor({
        timeout: 5000,
      });
    expect(await pendingRow.textContent()).toContain(String(before.pending + 1));
    // Pushed, not polled: well before the one-minute fallback (and the old 5 s poll).
    expect(Date.now() - started).toBeLessThan(3000);
    await expectPage(page, `Anmeldungen: ${event.title}`);
  });

  test('opens a registration, saves a note, and edits the custom questions at 360 px', async ({
    server,
    organizer: api,
    event,
    open,
  }) => {
    const page = await open({ as: 'organizer', width: 360, path: `/admin/events/${event.id}/registrations` });
    await expectPage(page, `Anmeldungen: ${event.title}`);
    await page.getByRole('link', { name: 'Weiß, Jürgen' }).click();
    await expectPage(page, 'Jürgen Weiß');
    await page.getByRole('heading', { name: 'Nachweis der Einwilligung (Double-Opt-in)' }).waitFor();
    await page.getByLabel('Notizen (nur für das Team)').fill('Rollstuhlplatz in Reihe 1');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
    const list = await api.get<{ registrations: { lastName: string; notes: string }[] }>(
      `/api/v1/admin/events/${event.id}/registrations?q=Wei`,
    );
    expect(list.registrations.find((r) => r.lastName === 'Weiß')?.notes).toBe('Rollstuhlplatz in Reihe 1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`${server.url}/admin/events/${event.id}/registration-settings`);
    await expectPage(page, `Anmeldeeinstellungen: ${event.title}`);
    await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    await page.getByLabel('Art der Antwort').selectOption('single');
    await page.getByLabel('Frage auf Deutsch').fill('Mittagessen');
    await page.getByLabel('Frage auf Englisch').fill('Lunch');
    await page.getByRole('button', { name: 'Antwortmöglichkeit hinzufügen' }).click();
    await page.getByLabel('Antwort 1 auf Deutsch').fill('Vegetarisch');
    await page.getByLabel('Antwort 1 auf Englisch').fill('Vegetarian');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    // A choice needs at least two options: the server says so, and the page shows it.
    await page
      .locator('.error-summary')
      .filter({ hasText: 'mindestens zwei Antwortmöglichkeiten' })
      .waitFor();
    await page.getByRole('button', { name: 'Antwortmöglichkeit hinzufügen' }).click();
    await page.getByLabel('Antwort 2 auf Deutsch').fill('Mit Fleisch');
    await page.getByLabel('Antwort 2 auf Englisch').fill('With meat');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Einstellungen wurden gespeichert.' }).waitFor();
    await expectPage(page, `Anmeldeeinstellungen: ${event.title}`);
    const settings = await api.get<{
      questions: { kind: string; label: { de: string }; options: unknown[] }[];
    }>(`/api/v1/admin/events/${event.id}/registration-settings`);
    expect(settings.questions).toEqual([
      expect.objectContaining({ kind: 'single', label: { de: 'Mittagessen', en: 'Lunch' } }),
    ]);
    expect(settings.questions[0]!.options).toHaveLength(2);
  });
});
