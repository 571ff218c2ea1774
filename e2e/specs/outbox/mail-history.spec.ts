import type { Page } from 'playwright-core';
import { describe, expect, expectPage, linkFrom, test, uniqueEmail } from '../../fixtures/test.js';

/** Tabs forward until the element has focus (at most `limit` presses): the journey is done by keyboard. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(focused)) {
      return;
    }
  }
  throw new Error(`no focusable element ${String(name)} within ${limit} tab presses`);
}

describe('organizer: a person’s mail history and resending the ticket', () => {
  test('finds her mails from the event, reads the ticket and resends it by keyboard, in German and English', async ({
    server,
    organizer: api,
    open,
  }) => {
    // An event of its own; Özlem registers and confirms with the link of her mail.
    const event = await api.createEvent();
    const email = uniqueEmail('oezlem.yildiz');
    const registered = await fetch(`${server.url}/api/v1/events/${event.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        salutation: 'ms',
        firstName: 'Özlem',
        lastName: 'Yıldız',
        email,
        organization: 'Zulieferer Erzgebirge GmbH',
        sector: 'supplier',
        consents: { privacy: true },
      }),
    });
    expect(registered.status).toBe(201);
    const optin = await server.inbox.waitFor(email, /^Bitte bestätigen Sie Ihre Anmeldung/);
    const token = new URL(linkFrom(optin, 'Anmeldung bestätigen', server.url)).searchParams.get('token');
    const confirmed = await fetch(`${server.url}/api/v1/registrations/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(200);

    const page = await open({ as: 'organizer', path: `/admin/events/${event.id}` });
    await page.getByRole('link', { name: 'E-Mails dieser Veranstaltung' }).click();
    await expectPage(page, 'Postausgang');
    await expect.poll(() => page.getByLabel('Veranstaltung').inputValue()).toBe(event.id);
    await page.getByLabel('E-Mail-Adresse oder Name').fill('ozlem');
    await page.keyboard.press('Enter');
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: email });
    await expect.poll(() => rows.count()).toBe(2);
    await rows.first().getByRole('link', { name: 'Özlem Yıldız' }).click();

    await expectPage(page, 'Özlem Yıldız');
    const history = page.getByRole('region', { name: 'E-Mails an diese Person' });
    const list = history.getByRole('list', { name: '2 E-Mails, die neuesten zuerst' });
    await list.waitFor();
    await list.getByText('Text lesen: Ihre Teilnahme ist bestätigt').first().click();
    await expect.poll(() => list.locator('pre').first().textContent()).toContain('Ihr Ticket-Code lautet');
    expect(await list.textContent()).toContain('Anhänge: ticket-qr.png, crossdialog.ics');
    await expectPage(page, 'Özlem Yıldız');

    await tabTo(page, /^Ticket erneut senden$/);
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: /das Ticket erneut senden\?/ });
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, senden');
    await expectPage(page, 'Özlem Yıldız');
    await page.keyboard.press('Enter');
    await history
      .getByRole('status')
      .filter({ hasText: `Die E-Mail an ${email} liegt im Postausgang.` })
      .waitFor();
    await history.getByRole('list', { name: '3 E-Mails, die neuesten zuerst' }).waitFor();
    expect(await history.getByText('Ticket', { exact: true }).count()).toBe(2);

    await page.getByRole('button', { name: 'English' }).click();
    const historyEn = page.getByRole('region', { name: 'Emails to this person' });
    await historyEn.getByRole('list', { name: '3 emails, newest first' }).waitFor();
    expect(await historyEn.getByRole('button', { name: 'Resend ticket' }).count()).toBe(1);
    await expectPage(page, 'Özlem Yıldız');
  });
});
