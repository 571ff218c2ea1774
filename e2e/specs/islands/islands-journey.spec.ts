// Conversation islands end to end: a participant ranks the islands behind their personal link, the
// organizer computes and publishes the assignment, the participant sees their seats, a host prints the
// list and the hall screen shows the plan; axe-core on every page.
import type { IslandAdmin } from '../../../src/contract/islands.js';
import {
  confirmedRegistration,
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  linkFrom,
  test,
  uniqueEmail,
} from '../../fixtures/test.js';

const EMAIL = uniqueEmail('ines.insel');

describe('conversation islands', () => {
  test(
    'ranks, assigns, publishes, shows the seats, prints the host list and the hall plan',
    { timeout: 180_000 },
    async ({ server, organizer: api, open }) => {
      // An event of its own: two island rounds in the programme and the reference event's five islands.
      const event = await api.createEvent();
      for (const [index, hour] of ['10', '11'].entries()) {
        await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
          type: 'island-round',
          title: `Gesprächsinseln, Runde ${index + 1}`,
          startsAt: `${event.year}-02-04T${hour}:00`,
          endsAt: `${event.year}-02-04T${hour}:45`,
          room: 'Galerie',
        });
      }
      const { islands } = await api.post<{ islands: IslandAdmin[] }>(
        `/api/v1/admin/events/${event.id}/islands/defaults`,
      );
      const energy = islands.find((i) => i.theme === 'Energie')!;
      const hosted = await api.post<IslandAdmin>(`/api/v1/admin/islands/${energy.id}/hosts`, {
        name: 'Malte Gastgeber',
        email: uniqueEmail('malte.gastgeber'),
        organization: 'Stadtwerke (Demo)',
      });
      const hostLink = await api.post<{ url: string }>(
        `/api/v1/admin/island-hosts/${hosted.hosts[0]!.id}/link`,
      );

      // The participant ranks the islands from "My registration".
      const manageUrl = await confirmedRegistration(server, event.slug, {
        firstName: 'Ines',
        lastName: 'Insel',
        email: EMAIL,
        organization: 'Insel Energie GmbH',
        sector: 'energy',
      });
      const page = await open();
      await page.goto(manageUrl);
      await expectPage(page, 'Meine Anmeldung');
      await page.getByRole('link', { name: 'Zu den Gesprächsinseln' }).click();
      await expectPage(page, 'Gesprächsinseln');
      await page.getByRole('combobox', { name: 'Energie' }).selectOption({ label: '1. Wahl' });
      await page.getByRole('combobox', { name: 'Mobilität' }).selectOption({ label: '2. Wahl' });
      await page.getByRole('combobox', { name: 'Innovation' }).selectOption({ label: 'Möchte ich nicht' });
      await page.getByRole('button', { name: 'Wünsche speichern' }).click();
      await page.getByRole('status').filter({ hasText: 'Ihre Wünsche sind gespeichert.' }).waitFor();
      await expectNoSeriousA11yViolations(page);

      // The organizer computes, reads the report and publishes.
      const admin = await open({ as: 'organizer', path: `/admin/events/${event.id}/islands` });
      await expectPage(admin, /^Gesprächsinseln: /);
      await admin.getByRole('button', { name: 'Einteilung berechnen' }).click();
      await admin.getByRole('heading', { name: 'Qualität der Einteilung' }).waitFor();
      await admin.getByRole('table', { name: 'Branchenmix je Insel, Runde 1' }).waitFor();
      expect(await admin.getByRole('img', { name: /Balkendiagramm des Branchenmix/ }).count()).toBe(2);
      await expectNoSeriousA11yViolations(admin);
      // Publishing asks first, by keyboard: whether to mail everyone their seats (off unless ticked).
      const publish = admin.getByRole('button', { name: 'Veröffentlichen' });
      await publish.click();
      const step = admin.getByRole('group', { name: /^Einteilung jetzt veröffentlichen\?/ });
      const notify = step.getByRole('checkbox', { name: 'Teilnehmende per E-Mail benachrichtigen' });
      await expect.poll(() => notify.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await notify.isChecked()).toBe(false);
      await expectNoSeriousA11yViolations(admin);
      await admin.keyboard.press('Escape');
      await expect.poll(() => publish.evaluate((el) => el === document.activeElement)).toBe(true);
      await admin.keyboard.press('Enter');
      await expect.poll(() => notify.evaluate((el) => el === document.activeElement)).toBe(true);
      await admin.keyboard.press('Space');
      expect(await notify.isChecked()).toBe(true);
      await admin.keyboard.press('Tab');
      const confirm = step.getByRole('button', { name: 'Jetzt veröffentlichen' });
      expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
      await admin.keyboard.press('Enter');
      await admin.getByRole('status').filter({ hasText: 'Veröffentlicht.' }).waitFor();
      await expectNoSeriousA11yViolations(admin);

      // Ticked: the participant gets one mail with their seats and their personal link.
      const seatMail = await server.inbox.waitFor(EMAIL, /^Ihre Plätze bei den Gesprächsinseln: /);
      expect(seatMail.text).toContain('Insel „Energie“, Galerie, Tisch 4.');
      expect(seatMail.text).toMatch(/Runde 1, [^:]*10:00: Insel „/);
      expect(seatMail.text).not.toContain('Insel „Innovation“');
      expect(linkFrom(seatMail, 'Meine Gesprächsinseln ansehen', server.url)).toMatch(
        /\/my-registration\/[\w-]+\/islands$/,
      );

      // The participant sees the seats: the first choice in one round, never Innovation.
      await page.reload();
      await expectPage(page, 'Gesprächsinseln');
      const seats = page.getByRole('region', { name: 'Ihre Plätze' });
      await seats.getByText(/Runde 1, 10:00: Insel/).waitFor();
      const text = (await seats.textContent()) ?? '';
      expect(text).toContain('Insel Energie, Galerie, Tisch 4');
      expect(text).toMatch(/Runde 2, 11:00: Insel/);
      expect(text).not.toContain('Insel Innovation');
      await expectNoSeriousA11yViolations(page);

      // The host opens their link and prints the list.
      const hostPage = await open();
      await hostPage.goto(`${server.url}${new URL(hostLink.url).pathname}`);
      await expectPage(hostPage, 'Teilnehmende an der Insel Energie');
      await hostPage.getByRole('rowheader', { name: 'Ines Insel' }).waitFor();
      await hostPage.getByRole('cell', { name: 'Energieversorgung' }).waitFor();
      await expectNoSeriousA11yViolations(hostPage);
      await hostPage.evaluate(() => {
        (window as unknown as { printed: boolean }).printed = false;
        window.print = () => {
          (window as unknown as { printed: boolean }).printed = true;
        };
      });
      await hostPage.getByRole('button', { name: 'Liste drucken' }).click();
      expect(await hostPage.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
      await hostPage.emulateMedia({ media: 'print' });
      expect(await hostPage.locator('.site-header').isVisible()).toBe(false);
      expect(await hostPage.getByRole('button', { name: 'Liste drucken' }).isVisible()).toBe(false);
      expect(await hostPage.getByRole('rowheader', { name: 'Ines Insel' }).isVisible()).toBe(true);

      // The hall screen: islands, places and counts, no names.
      await hostPage.emulateMedia({ media: 'screen' });
      await hostPage.goto(`${server.url}/events/${event.slug}/island-plan`);
      await expectPage(hostPage, /^Gesprächsinseln: /);
      await hostPage.getByText('Insel Energie').first().waitFor();
      expect(await hostPage.getByText('1 von 12 Plätzen').count()).toBe(2);
      expect(await hostPage.getByText('Ines Insel').count()).toBe(0);
      await expectNoSeriousA11yViolations(hostPage);
    },
  );
});
