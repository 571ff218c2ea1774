// Behind the personal link: change one's details, download one's data, answer "still coming?" (a mail
// preview must not release the seat), and the notes where no registration is possible.
import type { EventSummary } from '../../../src/contract/events.js';
import type { MyRegistration } from '../../../src/contract/registration.js';
import {
  confirmedRegistration,
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  test,
  uniqueEmail,
  type E2eServer,
} from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';

async function stored(server: E2eServer, manageUrl: string): Promise<MyRegistration> {
  const token = new URL(manageUrl).pathname.split('/').pop() ?? '';
  return (await (await fetch(`${server.url}/api/v1/my-registration/${token}`)).json()) as MyRegistration;
}

describe('my registration', () => {
  test(
    'changes details, downloads the data, and releases the seat only on a click',
    { timeout: 120_000 },
    async ({ server, organizer, open }) => {
      const event = await organizer.createEvent();
      const manageUrl = await confirmedRegistration(server, event.slug, {
        firstName: 'Clara',
        lastName: 'Conrad',
        email: uniqueEmail('clara.conrad'),
        organization: 'Conrad Energie AG',
        sector: 'energy',
      });
      const page = await open();
      await page.goto(manageUrl);
      await expectPage(page, 'Meine Anmeldung');
      await page.getByRole('heading', { level: 2, name: 'Angaben ändern' }).waitFor();

      // A required field emptied: the server refuses, the summary names it.
      const lastName = page.getByRole('textbox', { name: /^Nachname/ });
      await lastName.fill('');
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page
        .locator('.error-summary')
        .filter({ hasText: 'Nachname: Dieses Feld ist erforderlich.' })
        .waitFor();
      expect(await lastName.getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yViolations(page);

      await lastName.fill('Conrad-Berg');
      await page.getByRole('textbox', { name: /^Organisation/ }).fill('Conrad Netze GmbH');
      await page.getByRole('checkbox', { name: /Teilnehmendenverzeichnis/ }).check();
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page.getByRole('status').filter({ hasText: 'Ihre Änderungen sind gespeichert.' }).waitFor();
      const after = await stored(server, manageUrl);
      expect(after).toMatchObject({
        lastName: 'Conrad-Berg',
        organization: 'Conrad Netze GmbH',
        consents: { directory: true },
      });

      const exportHref = await page
        .getByRole('link', { name: 'Meine Daten herunterladen' })
        .getAttribute('href');
      const exported = (await (await fetch(`${server.url}${exportHref}`)).json()) as {
        registration: MyRegistration;
      };
      expect(exported.registration.organization).toBe('Conrad Netze GmbH');

      // "Yes" is answered on load.
      await page.goto(`${manageUrl}/reconfirm?answer=yes`);
      await expectPage(page, 'Kommen Sie noch?');
      await page.getByText('Vielen Dank! Wir haben notiert, dass Sie kommen.', { exact: false }).waitFor();
      expect((await stored(server, manageUrl)).reconfirmAnswer).toBe('yes');

      // "Release" opened (as a mail program's preview would) changes nothing until the button is pressed.
      await page.goto(`${manageUrl}/reconfirm?answer=release`);
      await expectPage(page, 'Kommen Sie noch?');
      const release = page.getByRole('button', { name: 'Ja, meinen Platz freigeben' });
      await release.waitFor();
      expect((await stored(server, manageUrl)).status).toBe('confirmed');
      await release.click();
      await page.getByText('Ihr Platz ist freigegeben', { exact: false }).waitFor();
      expect((await stored(server, manageUrl)).status).toBe('cancelled');
      await expectNoSeriousA11yViolations(page);

      await page.goto(manageUrl);
      await expectPage(page, 'Meine Anmeldung');
      await page.getByRole('status').filter({ hasText: 'Sie haben Ihren Platz freigegeben.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Anmeldung stornieren' }).count()).toBe(0);
    },
  );

  test('explains when there is nothing to register for or the link is wrong', async ({ server, open }) => {
    const page = await open({ locale: 'en' });
    const { events } = (await (await fetch(`${server.url}/api/v1/events`)).json()) as {
      events: EventSummary[];
    };
    const past = events.find((e) => e.slug === PAST_SLUG)!;
    await page.goto(`${server.url}/events/${past.slug}`);
    await expectPage(page, past.title);
    await page
      .getByRole('region', { name: 'Registration' })
      .getByText('This event has already taken place. Registration is no longer possible.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Register now' }).count()).toBe(0);

    await page.goto(`${server.url}/registration/confirm?token=not-a-real-token-123`);
    await expectPage(page, 'Confirm registration');
    await page.getByRole('alert').filter({ hasText: 'This link is invalid or has expired.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirm registration now' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
  });
});
