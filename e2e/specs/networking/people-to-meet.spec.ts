// A participant of the 2020 edition who had not joined the directory fills in a profile (giving the
// consent), is shown people to meet with the reason in words, and finds someone by another German
// word form ("Ladesäule" finds "Ladesäulen"). axe-core on every page visited.
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  linkFrom,
  test,
} from '../../fixtures/test.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';
// Demo participant number 2 (a supplier) did not opt in to the directory; no other spec signs in as them.
const EMAIL = 'teilnehmer2@example.org';

describe('networking: profile, people to meet, directory search', () => {
  test('fills the profile, sees recommendations with reasons and finds a German word form', async ({
    server,
    open,
  }) => {
    const asked = await fetch(`${server.url}/api/v1/auth/magic-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, redirectTo: `/events/${SLUG}/networking/profile` }),
    });
    expect(asked.status).toBe(202);
    const mail = await server.inbox.waitFor(EMAIL, /^Ihr Anmeldelink/);
    const page = await open();
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
  });
});
