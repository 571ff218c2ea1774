import { describe, expect, expectPage, signInThroughForm, test } from '../../fixtures/test.js';

describe('organizer tools: API tokens and site pages', () => {
  test('creates a working API token, revokes it, and edits the imprint', async ({ server, open }) => {
    // The one spec that signs in through the form; the others start with the fixture's session.
    const page = await open();
    await signInThroughForm(page, server.url);
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
  });
});
