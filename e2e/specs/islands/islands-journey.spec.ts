// Conversation islands end to end: a participant ranks the islands behind their personal link, the
// organizer computes and publishes the assignment, the participant sees their seats, a host prints the
// list and the hall screen shows the plan; axe-core on every page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IslandAdmin } from '../../../src/contract/islands.js';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { expectPage, signInAsOrganizer } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';
import { linkFrom, startInbox, type Inbox } from '../registration/inbox.js';
import { signInOrganizerApi, upcomingEvent, type OrganizerApi } from '../registration-admin/organizer-api.js';

const EMAIL = 'ines.insel@example.org';

describe('conversation islands', () => {
  let server: RunningServer;
  let browser: Browser;
  let inbox: Inbox;
  let api: OrganizerApi;
  let event: { id: string; slug: string; year: number };
  let islands: IslandAdmin[];

  beforeAll(async () => {
    inbox = await startInbox();
    [server, browser] = await Promise.all([startServer({ SMTP_URL: inbox.url }), launchBrowser()]);
    api = await signInOrganizerApi(server.url);
    const upcoming = await upcomingEvent(api);
    const detail = await api.get<{ slug: string; startsAtLocal: string }>(
      `/api/v1/admin/events/${upcoming.id}`,
    );
    event = { id: upcoming.id, slug: detail.slug, year: Number(detail.startsAtLocal.slice(0, 4)) };
    // Two island rounds in the programme and the reference event's five islands.
    for (const [index, hour] of ['10', '11'].entries()) {
      await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
        type: 'island-round',
        title: `Gesprächsinseln, Runde ${index + 1}`,
        startsAt: `${event.year}-02-04T${hour}:00`,
        endsAt: `${event.year}-02-04T${hour}:45`,
        room: 'Galerie',
      });
    }
    islands = (
      await api.post<{ islands: IslandAdmin[] }>(`/api/v1/admin/events/${event.id}/islands/defaults`)
    ).islands;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await inbox?.close();
  });

  /** Registers and confirms through the API; answers the personal link of the ticket mail. */
  async function personalLink(): Promise<string> {
    const created = await fetch(`${server.url}/api/v1/events/${event.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({
        firstName: 'Ines',
        lastName: 'Insel',
        email: EMAIL,
        organization: 'Insel Energie GmbH',
        sector: 'energy',
        consents: { privacy: true },
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const optin = await inbox.waitFor(EMAIL, /^Bitte bestätigen Sie Ihre Anmeldung/);
    const token = new URL(linkFrom(optin, 'Anmeldung bestätigen', server.url)).searchParams.get('token');
    const confirmed = await fetch(`${server.url}/api/v1/registrations/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(200);
    const ticket = await inbox.waitFor(EMAIL, /^Ihre Teilnahme ist bestätigt/);
    return linkFrom(ticket, 'Meine Anmeldung ansehen', server.url);
  }

  it(
    'ranks, assigns, publishes, shows the seats, prints the host list and the hall plan',
    { timeout: 180_000 },
    async () => {
      const energy = islands.find((i) => i.theme === 'Energie')!;
      const hosted = await api.post<IslandAdmin>(`/api/v1/admin/islands/${energy.id}/hosts`, {
        name: 'Malte Gastgeber',
        email: 'malte.gastgeber@example.org',
        organization: 'Stadtwerke (Demo)',
      });
      const hostLink = await api.post<{ url: string }>(
        `/api/v1/admin/island-hosts/${hosted.hosts[0]!.id}/link`,
      );

      // The participant ranks the islands from "My registration".
      const manageUrl = await personalLink();
      const participant = await newContext(browser, 'de');
      const page = await participant.newPage();
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
      const organizer = await newContext(browser, 'de');
      const admin = await organizer.newPage();
      await signInAsOrganizer(admin, server.url);
      await admin.goto(`${server.url}/admin/events/${event.id}/islands`);
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
      const seatMail = await inbox.waitFor(EMAIL, /^Ihre Plätze bei den Gesprächsinseln: /);
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
      const host = await newContext(browser, 'de');
      const hostPage = await host.newPage();
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

      await Promise.all([participant.close(), organizer.close(), host.close()]);
    },
  );
});
