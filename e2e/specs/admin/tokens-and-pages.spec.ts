import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../../fixtures/browser.js';
import { expectPage, signInAsOrganizer } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';

describe('organizer tools: API tokens and site pages', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a working API token, revokes it, and edits the imprint', async () => {
    const context = await newContext(browser, 'de');
    const page = await context.newPage();
    await signInAsOrganizer(page, server.url);
    const adminNav = page.getByRole('navigation', { name: 'Verwaltungsbereich' });

    await adminNav.getByRole('link', { name: 'API-Tokens' }).click();
    await expectPage(page, 'API-Tokens');
    await page.getByLabel('Bezeichnung').fill('Website-Export');
    await page.getByRole('button', { name: 'Token erstellen' }).click();
    const secretInput = page.getByRole('textbox', { name: 'Neues Token', exact: true });
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expectPage(page, 'API-Tokens');

    const listEvents = () =>
      fetch(`${server.url}/api/v1/admin/events`, { headers: { authorization: `Bearer ${secret}` } });
    const allowed = await listEvents();
    expect(allowed.status).toBe(200);
    const body = (await allowed.json()) as { events: { title: string }[] };
    expect(body.events.map((e) => e.title)).toContain('Industriedialog Neue Mobilität Sachsen');

    const row = page.getByRole('row').filter({ hasText: 'Website-Export' });
    await row.getByRole('button', { name: 'Token Website-Export widerrufen' }).click();
    await row.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await row.getByText(/widerrufen am/).waitFor();
    expect((await listEvents()).status).toBe(401);

    await adminNav.getByRole('link', { name: 'Seiten' }).click();
    await expectPage(page, 'Seiten bearbeiten');
    expect(await page.getByLabel('Seite').inputValue()).toBe('imprint');
    const text = 'Verantwortlich: Netzwerk Beispiel e. V., Musterstraße 1, 01067 Dresden.';
    await page.getByRole('textbox', { name: /^Text/ }).fill(`## Anbieter\n\n${text}`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Gespeichert' }).waitFor();

    await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
    await page.waitForURL(`${server.url}/imprint`);
    await page.getByText(text).waitFor();
    await expectPage(page, /.+/);
    expect(await page.getByRole('heading', { level: 2, name: 'Anbieter' }).count()).toBe(1);
    await context.close();
  });
});
