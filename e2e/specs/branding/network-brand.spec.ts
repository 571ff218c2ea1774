// The network's brand (name, colour, contact person) changes every page and mail of the installation,
// so this spec runs on a server of its own (testOnOwnServer), not on the worker's shared one.
import type { Page } from 'playwright-core';
import type { OutboxPage } from '../../../src/contract/outbox.js';
import {
  describe,
  expect,
  expectPage,
  signInThroughForm,
  testOnOwnServer as test,
  uniqueEmail,
} from '../../fixtures/test.js';

const NETWORK = 'Netzwerk Mobilität Sachsen';
const GREEN = 'rgb(29, 94, 47)';

/** Focuses a field and types into it as a person does, replacing what was there. */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).first().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function headerColour(page: Page): Promise<string> {
  return page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
}

describe("the network's brand", () => {
  test(
    'an organizer sets name, colour and contact person by keyboard; a too light colour is refused first',
    // The first test also waits for the server of the spec's own to start (the other specs' is running).
    { timeout: 180_000 },
    async ({ server, open }) => {
      const page = await open();
      await signInThroughForm(page, server.url);
      expect(await headerColour(page)).toBe('rgb(11, 79, 138)');
      await page
        .getByRole('navigation', { name: 'Verwaltungsbereich' })
        .getByRole('link', { name: 'Erscheinungsbild' })
        .click();
      await expectPage(page, 'Erscheinungsbild des Netzwerks');

      await typeInto(page, /^Name des Netzwerks/, NETWORK);
      await typeInto(page, /^Hauptfarbe/, '#ffcc00');
      await page.getByText('Kontrast: 1,').waitFor();
      await typeInto(page, /^Name$/, 'Katrin Beispiel');
      await typeInto(page, /^Funktion/, 'Netzwerkmanagerin');
      await typeInto(page, /^E-Mail-Adresse$/, 'katrin.beispiel@example.org');
      await page.keyboard.press('Enter');

      // The server refuses the colour and names the field; the summary takes the focus and links to it.
      const summary = page.getByRole('region', { name: 'Bitte prüfen Sie Ihre Eingaben' });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await summary.textContent()).toContain('Hauptfarbe: Diese Farbe ist zu hell');
      await expectPage(page, 'Erscheinungsbild des Netzwerks');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-primaryColour');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('#1d5e2f');
      await page.getByText('Kontrast: 7,').waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Die Einstellungen wurden gespeichert.' }).waitFor();

      // The header follows at once, without a reload.
      await page.getByRole('banner').getByRole('link', { name: NETWORK }).waitFor();
      await expect.poll(() => headerColour(page)).toBe(GREEN);
      await expectPage(page, 'Erscheinungsbild des Netzwerks');
    },
  );

  for (const locale of ['de', 'en'] as const) {
    test(`shows the brand on a public page to a visitor (${locale}): title, header, colours and contact`, async ({
      open,
    }) => {
      const page = await open({ locale, path: '/events' });
      await expectPage(page, locale === 'de' ? 'Veranstaltungen' : 'Events');
      // The server-made head already names the network and carries its colours (no flash of blue).
      expect(await page.title()).toContain(NETWORK);
      expect(await headerColour(page)).toBe(GREEN);
      await page.getByRole('banner').getByRole('link', { name: NETWORK }).waitFor();
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('heading', { name: locale === 'de' ? 'Ansprechperson' : 'Contact' }).waitFor();
      expect(await footer.textContent()).toContain('Katrin Beispiel, Netzwerkmanagerin');
      await footer.getByRole('link', { name: 'katrin.beispiel@example.org' }).waitFor();
    });
  }

  test('sends mails as the network, with its footer in German and English', async ({ organizer }) => {
    for (const locale of ['de', 'en'] as const) {
      const email = uniqueEmail(`neues-mitglied-${locale}`);
      await organizer.post('/api/v1/admin/organizers/invites', { email, locale });
      const outbox = await organizer.get<OutboxPage>(`/api/v1/admin/outbox?q=${encodeURIComponent(email)}`);
      const mail = outbox.mails[0];
      expect(mail?.subject).toBe(
        locale === 'de' ? `Einladung als Organisator bei ${NETWORK}` : `Invitation to organize on ${NETWORK}`,
      );
      expect(mail?.textBody).toContain(
        locale === 'de'
          ? `Diese E-Mail wurde automatisch von ${NETWORK} versandt.\nAnsprechperson: Katrin Beispiel, Netzwerkmanagerin`
          : `This email was sent automatically by ${NETWORK}.\nContact: Katrin Beispiel, Netzwerkmanagerin`,
      );
    }
  });
});
