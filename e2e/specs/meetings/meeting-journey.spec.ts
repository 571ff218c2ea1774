// Booking a meeting end to end at the 2020 edition: participant A finds B among the people recommended
// to them, asks for a meeting, B accepts (and only then sees A's contact details), the organizer
// computes a draft plan and publishes it, and both agendas show the same time and table. axe-core on
// every page visited.
import type { Page } from 'playwright-core';
import type { Recommendations } from '../../../src/contract/networking.js';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  linkFrom,
  test,
  type E2eServer,
  type OpenOptions,
} from '../../fixtures/test.js';

const SLUG = 'industriedialog-neue-mobilitaet-2020';
// Demo participant 248 is in the directory and has no meetings yet (the demo's meetings are among the
// first 120 directory members); no other spec signs in as them.
const EMAIL_A = 'teilnehmer248@example.org';

/** Signs a participant in through the mailed sign-in link, landing on `redirectTo`. */
async function signIn(
  server: E2eServer,
  open: (options?: OpenOptions) => Promise<Page>,
  email: string,
  redirectTo: string,
): Promise<Page> {
  const asked = await fetch(`${server.url}/api/v1/auth/magic-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, redirectTo }),
  });
  expect(asked.status).toBe(202);
  const mail = await server.inbox.waitFor(email, /^Ihr Anmeldelink/);
  const page = await open();
  await page.goto(linkFrom(mail, 'Jetzt anmelden', server.url));
  // Signed in once the link's page has moved on to where the link leads.
  await page.waitForURL(`${server.url}${redirectTo}`);
  return page;
}

/** The "14:20, Tisch 12" part of the agenda line that names `partner`, on the event page. */
async function agendaPlace(server: E2eServer, page: Page, partner: string): Promise<string> {
  await page.goto(`${server.url}/events/${SLUG}`);
  const line = page.locator('.agenda-assignments li').filter({ hasText: partner });
  await line.waitFor();
  await expectNoSeriousA11yViolations(page);
  const text = (await line.textContent()) ?? '';
  const match = /^(\d{2}:\d{2}, Tisch \d+): /.exec(text);
  expect(match, text).not.toBeNull();
  return match![1]!;
}

describe('1:1 meetings: request, accept, schedule, publish', () => {
  test(
    'A asks B, B accepts, the organizer publishes the plan: both see the same slot and table',
    { timeout: 240_000 },
    async ({ server, organizer, open }) => {
      // A finds B in "Wen Sie treffen sollten".
      const a = { page: await signIn(server, open, EMAIL_A, `/events/${SLUG}/networking`) };
      await expectPage(a.page, /^Networking: Industriedialog/);
      const people = a.page.getByRole('region', { name: 'Wen Sie treffen sollten' });
      const card = people.getByRole('article').first();
      await card.waitFor();
      const nameB = ((await card.getByRole('heading').textContent()) ?? '').trim();
      const recommended = await a.page
        .context()
        .request.get(`${server.url}/api/v1/events/${SLUG}/networking/recommendations`);
      const top = ((await recommended.json()) as Recommendations).recommendations[0]!.card;
      expect(`${top.firstName} ${top.lastName}`).toBe(nameB);

      // A asks from B's recommendation card.
      await card.getByRole('link', { name: `Gespräch anfragen: ${nameB}` }).click();
      await expectPage(a.page, `Gespräch anfragen: ${nameB}`);
      await a.page
        .getByLabel('Ihre Nachricht (freiwillig)')
        .fill('Ihre Ladeinfrastruktur interessiert uns sehr.');
      await a.page.getByRole('button', { name: 'Anfrage senden' }).click();
      await expectPage(a.page, /^Meine Gespräche: /);
      await a.page
        .getByRole('status')
        .filter({ hasText: `Ihre Anfrage an ${nameB} ist verschickt.` })
        .waitFor();
      const outgoing = a.page.getByRole('article', { name: nameB });
      expect(await outgoing.textContent()).toContain(
        'Kontaktdaten werden sichtbar, sobald die Anfrage angenommen ist.',
      );

      // B follows the link in the request mail, sees no contact details yet, accepts.
      const { people: found } = await organizer.get<{ people: { id: string; email: string }[] }>(
        `/api/v1/admin/people?q=${encodeURIComponent(top.lastName)}`,
      );
      const emailB = found.find((p) => p.id === top.personId)!.email;
      const requestMail = await server.inbox.waitFor(emailB, /^Gesprächsanfrage von /);
      expect(requestMail.text).not.toContain(EMAIL_A);
      const b = {
        page: await signIn(
          server,
          open,
          emailB,
          new URL(linkFrom(requestMail, 'Anfrage ansehen', server.url)).pathname,
        ),
      };
      await expectPage(b.page, /^Meine Gespräche: /);
      const incoming = b.page
        .getByRole('region', { name: /^Anfragen? an Sie/ })
        .getByRole('article')
        .filter({
          hasText: 'Ihre Ladeinfrastruktur interessiert uns sehr.',
        });
      const nameA = ((await incoming.getByRole('heading').textContent()) ?? '').trim();
      expect(await b.page.locator('body').textContent()).not.toContain(EMAIL_A);
      await incoming.getByRole('button', { name: `Anfrage von ${nameA} annehmen` }).click();
      await b.page
        .getByRole('status')
        .filter({ hasText: `Sie haben die Anfrage von ${nameA} angenommen.` })
        .waitFor();
      const agreed = b.page.getByRole('article', { name: nameA });
      await agreed.getByRole('link', { name: EMAIL_A }).waitFor();
      await expectNoSeriousA11yViolations(b.page);

      // The organizer computes a draft, reviews it and publishes; the table plan lists the meeting.
      const adminPage = await open({ as: 'organizer', path: '/admin/events' });
      await expectPage(adminPage, 'Veranstaltungen verwalten');
      // Both editions share the title: the 2020 row is the one dated 06.02.2020.
      const row2020 = adminPage.getByRole('row').filter({ hasText: '06.02.2020' });
      await row2020.getByRole('link', { name: 'Industriedialog Neue Mobilität Sachsen: Übersicht' }).click();
      await adminPage
        .getByRole('region', { name: 'Vorbereiten' })
        .getByRole('link', { name: '1:1-Gespräche' })
        .click();
      await expectPage(adminPage, 'Gespräche: Industriedialog Neue Mobilität Sachsen');
      await adminPage.getByRole('button', { name: 'Entwurf berechnen' }).click();
      await adminPage
        .getByRole('status')
        .filter({ hasText: /Entwurf fertig/ })
        .waitFor({ timeout: 60_000 });
      await adminPage.getByText('Neu eingeplant').waitFor();
      await expectNoSeriousA11yViolations(adminPage);
      await adminPage.getByRole('button', { name: 'Entwurf veröffentlichen' }).click();
      await adminPage
        .getByRole('status')
        .filter({ hasText: /^Veröffentlicht/ })
        .waitFor();
      await adminPage.getByRole('link', { name: 'Tischplan ansehen und drucken' }).click();
      await expectPage(adminPage, 'Tischplan: Industriedialog Neue Mobilität Sachsen');
      const row = adminPage.getByRole('row').filter({ hasText: nameA }).filter({ hasText: nameB });
      await row.waitFor();

      // Both agendas ("Mein Programm" on the event page) show the same time and table.
      const placeA = await agendaPlace(server, a.page, nameB);
      const placeB = await agendaPlace(server, b.page, nameA);
      expect(placeA).toBe(placeB);
      const table = placeA.split('Tisch ')[1]!;
      expect(await row.getByRole('rowheader').textContent()).toBe(table);
      await a.page.goto(`${server.url}/events/${SLUG}/meetings`);
      await expectPage(a.page, /^Meine Gespräche: /);
      expect(await a.page.getByRole('article', { name: nameB }).textContent()).toContain(placeA);
    },
  );
});
