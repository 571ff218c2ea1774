// A participant of the 2020 edition who had not joined the directory fills in a profile (giving the
// consent), is shown people to meet with the reason in words, and finds someone by another German
// word form ("Ladesäule" finds "Ladesäulen"). axe-core on every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { expectPage } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import { linkFrom, startInbox, type Inbox } from '../registration/inbox.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';
// Demo participant number 2 (a supplier) did not opt in to the directory.
const EMAIL = 'teilnehmer2@example.org';

describe('networking: profile, people to meet, directory search', () => {
  let inbox: Inbox;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    inbox = await startInbox();
    server = await startServer({ SMTP_URL: inbox.url });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await inbox?.close();
  });

  it('fills the profile, sees recommendations with reasons and finds a German word form', async () => {
    const asked = await fetch(`${server.url}/api/v1/auth/magic-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, redirectTo: `/events/${SLUG}/networking/profile` }),
    });
    expect(asked.status).toBe(202);
    const mail = await inbox.waitFor(EMAIL, /^Ihr Anmeldelink/);
    const context = await newContext(browser, 'de');
    const page = await context.newPage();
    await page.goto(linkFrom(mail, 'Jetzt anmelden', server.url));
    await expectPage(page, 'Mein Profil im Teilnehmerverzeichnis');

    // Organization and sector come from the registration.
    expect(await page.getByRole('textbox', { name: /^Organisation/ }).inputValue()).toBe(
      'Lausitzer Karosserieteile (Demo)',
    );
    await page
      .getByLabel('Wir bieten', { exact: true })
      .fill('Leichtbauteile aus Aluminiumdruckguss für Gehäuse.');
    await page.getByRole('group', { name: 'Kompetenzen, die Sie bieten' }).getByLabel('Leichtbau').check();
    await page.getByLabel('Wir suchen', { exact: true }).fill('Ladesäulen für unseren Werksparkplatz.');
    await page
      .getByRole('group', { name: 'Kompetenzen, die Sie suchen' })
      .getByLabel('Ladeinfrastruktur')
      .check();

    // Without the consent the profile is not saved; the summary names the field.
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.locator('.error-summary').filter({ hasText: 'Teilnehmerverzeichnis' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(/Ich willige ein/).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Profil ist gespeichert.' }).waitFor();

    await page.getByRole('link', { name: 'Zum Teilnehmerverzeichnis' }).first().click();
    await expectPage(page, /^Networking: Industriedialog/);
    const people = page.getByRole('region', { name: 'Wen Sie treffen sollten' });
    const first = people.getByRole('article').first();
    await first.waitFor();
    const reason = await first.locator('.networking-reason').textContent();
    expect(reason).toContain('Bietet, was Sie suchen: Ladeinfrastruktur');
    expect(reason).toContain('Sucht, was Sie bieten: Leichtbau');
    // No contact details anywhere on the page.
    expect(await page.locator('body').textContent()).not.toMatch(/@example\.org|\+49/);

    const directory = page.getByRole('region', { name: 'Teilnehmerverzeichnis' });
    await directory.getByRole('searchbox', { name: 'Suche' }).fill('Ladesäule');
    await directory.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/q=Lades/);
    await directory
      .getByRole('status')
      .filter({ hasText: /Personen? gefunden/ })
      .waitFor();
    const results = directory.getByRole('list', { name: 'Suchergebnisse' });
    await results
      .getByText(/Ladesäulen/)
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
