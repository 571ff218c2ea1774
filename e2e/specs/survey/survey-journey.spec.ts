// The follow-up survey end to end: an event ended three days ago with three checked-in attendees and
// one who stayed away. The server's own job timer mails the invitations over SMTP; one attendee opens
// her personal link, answers by keyboard (a forgotten question is named in the error summary), sees
// the thanks, and finds the link answered when she opens it again. The organizer then sees her answer
// counted in the results (table and chart). axe-core on every page visited.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { SurveyAnswer } from '../../../src/contract/survey.js';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  linkFrom,
  test,
  uniqueEmail,
  type OrganizerApi,
} from '../../fixtures/test.js';

const DAY_MS = 86_400_000;
const TITLE = 'Werkstattgespräch Wasserstoff';
const ANNA = { firstName: 'Anna', lastName: 'Umfrage', email: uniqueEmail('anna.umfrage') };
const OTHERS = [
  { firstName: 'Bernd', lastName: 'Umfrage', email: uniqueEmail('bernd.umfrage'), locale: 'de' as const },
  { firstName: 'Chloe', lastName: 'Survey', email: uniqueEmail('chloe.survey'), locale: 'en' as const },
];
const ABSENT = { firstName: 'Dora', lastName: 'Fern', email: uniqueEmail('dora.fern') };
// What the two others answer through the API, so that three answers lift the small-group suppression.
const OTHER_ANSWERS: SurveyAnswer[] = [
  { rating: 4, metPartners: true, partnerCount: 3, partnerSectors: ['energy'], willReturn: 'yes' },
  { rating: 3, metPartners: false, willReturn: 'maybe' },
];

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** An event that ended three days ago, with the attendees checked in; published last, so no job sees it half set up. */
async function seedPastEvent(api: OrganizerApi): Promise<{ id: string }> {
  const day = new Date(Date.now() - 3 * DAY_MS).toISOString().slice(0, 10);
  const event = await api.post<{ id: string }>('/api/v1/admin/events', {
    title: TITLE,
    startsAt: `${day}T09:00`,
    endsAt: `${day}T17:00`,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Gläserne Manufaktur Dresden' },
    capacity: 40,
    languages: ['de', 'en'],
  });
  for (const person of [ANNA, ...OTHERS]) {
    const registration = await api.addParticipant(event.id, {
      ...person,
      organization: 'Umfrage GmbH (Test)',
      sector: 'energy',
    });
    await api.post(`/api/v1/admin/events/${event.id}/checkins`, {
      scanId: randomUUID(),
      registrationId: registration.id,
    });
  }
  const absent = await api.addParticipant(event.id, { ...ABSENT, organization: 'Fern AG (Test)' });
  expect(absent.status).toBe('confirmed');
  await api.put(`/api/v1/admin/events/${event.id}/survey/settings`, { isEnabled: true, delayDays: 2 });
  // The event is over on purpose (a survey follows the day): publishing it needs the confirmation.
  await api.post(`/api/v1/admin/events/${event.id}/publish?confirmPast=true`);
  return event;
}

describe('the follow-up survey', () => {
  test(
    'is mailed to attendees, answered once by keyboard, and counted in the results',
    { timeout: 240_000 },
    async ({ server, organizer: api, open }) => {
      const event = await seedPastEvent(api);

      // The server's job timer (every 2 s here) sends the invitations; the outbox worker delivers them.
      const annaMail = await server.inbox.waitFor(
        ANNA.email,
        /^Wie war „Werkstattgespräch Wasserstoff“\?/,
        90_000,
      );
      const annaLink = linkFrom(annaMail, 'Zur Umfrage', server.url);
      const otherLinks = [
        linkFrom(await server.inbox.waitFor(OTHERS[0]!.email, /^Wie war/), 'Zur Umfrage', server.url),
        linkFrom(await server.inbox.waitFor(OTHERS[1]!.email, /^How was/), 'Take the survey', server.url),
      ];
      for (const [i, link] of otherLinks.entries()) {
        const token = new URL(link).pathname.split('/').pop()!;
        const answered = await fetch(`${server.url}/api/v1/survey/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(OTHER_ANSWERS[i]),
        });
        expect(answered.status).toBe(201);
      }

      // Anna opens her link and answers by keyboard, forgetting "Kommen Sie wieder?".
      const page = await open();
      await page.goto(annaLink);
      await expectPage(page, `Wie war „${TITLE}“?`);
      const rating = page.getByRole('group', { name: /^Wie bewerten Sie die Veranstaltung insgesamt\?/ });
      const met = page.getByRole('group', { name: /^Haben Sie potenzielle Projektpartner kennengelernt\?/ });
      const again = page.getByRole('group', { name: /^Kommen Sie wieder\?/ });
      await tabTo(page, rating.getByRole('radio', { name: '1 Stern (schlecht)' }));
      await page.keyboard.press('Space');
      for (let i = 0; i < 3; i += 1) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await rating.getByRole('radio', { name: '4 Sterne' }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(met.getByRole('radio', { name: 'Ja' }))).toBe(true);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      const count = page.getByRole('spinbutton', { name: 'Wie viele ungefähr?' });
      expect(await isFocused(count)).toBe(true);
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      const sectors = page.getByRole('group', { name: 'Aus welchen Branchen?' });
      const firstSector = sectors.getByRole('checkbox').first();
      expect(await isFocused(firstSector)).toBe(true);
      await page.keyboard.press('Space');
      expect(await firstSector.isChecked()).toBe(true);
      const comment = page.getByRole('textbox', { name: 'Was möchten Sie uns noch sagen?' });
      await tabTo(page, comment);
      await page.keyboard.type('Gute Gespräche am Wasserstoff-Tisch.');
      await page.keyboard.press('Tab');
      const submit = page.getByRole('button', { name: 'Antworten senden' });
      expect(await isFocused(submit)).toBe(true);
      await page.keyboard.press('Enter');

      // The summary takes the focus and names the forgotten question; its link leads to the group.
      const summary = page.locator('.error-summary').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
      await summary.waitFor();
      expect(await isFocused(summary)).toBe(true);
      const entry = summary.getByRole('link', {
        name: 'Kommen Sie wieder?: Dieses Feld ist erforderlich.',
      });
      expect(await entry.count(), (await summary.textContent()) ?? '').toBe(1);
      expect(await summary.getByRole('link').count()).toBe(1);
      expect(await again.getAttribute('aria-describedby')).toBeTruthy();
      expect(await again.textContent()).toContain('Dieses Feld ist erforderlich.');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Tab');
      expect(await isFocused(entry)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await isFocused(again)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(again.getByRole('radio', { name: 'Ja' }))).toBe(true);
      await page.keyboard.press('Space');
      // What she had answered is still there.
      expect(await rating.getByRole('radio', { name: '4 Sterne' }).isChecked()).toBe(true);
      expect(await count.inputValue()).toBe('2');
      await tabTo(page, submit);
      await page.keyboard.press('Enter');

      await page
        .getByRole('status')
        .filter({ hasText: 'Vielen Dank! Ihre Antworten sind angekommen.' })
        .waitFor();
      expect(await page.getByRole('button', { name: 'Antworten senden' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page);

      // The link again: answered, no form, and the server refuses a second answer.
      await page.goto(annaLink);
      await expectPage(page, `Wie war „${TITLE}“?`);
      await page.getByText('Sie haben diese Nachbefragung bereits beantwortet.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Antworten senden' }).count()).toBe(0);
      const token = new URL(annaLink).pathname.split('/').pop()!;
      const second = await fetch(`${server.url}/api/v1/survey/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rating: 1, metPartners: false, willReturn: 'no' }),
      });
      expect(second.status).toBe(409);

      // The organizer sees three of three invited (the absent attendee got no invitation) and Anna's
      // answer counted: two of three rated 4 stars and will come again.
      const organizer = await open({ as: 'organizer', path: `/admin/events/${event.id}/retrospective` });
      await expectPage(organizer, 'Rückblick schreiben');
      await organizer.getByRole('link', { name: 'Nachbefragung und Ergebnisse' }).click();
      await expectPage(organizer, 'Nachbefragung');
      await organizer.getByText('3 von 3 eingeladenen Personen haben geantwortet.').waitFor();
      await organizer.getByText('Durchschnittliche Bewertung: 3,7 von 5').waitFor();
      const cells = async (table: string, row: string) =>
        organizer
          .getByRole('table', { name: table })
          .getByRole('row', { name: new RegExp(`^${row} `) })
          .getByRole('cell')
          .textContent();
      expect(await cells('Gesamtbewertung', '4 Sterne')).toBe('2');
      expect(await cells('Gesamtbewertung', '3 Sterne')).toBe('1');
      expect(await cells('Potenzielle Projektpartner kennengelernt', 'Ja')).toBe('2');
      expect(await cells('Kommen wieder', 'Ja')).toBe('2');
      expect(await cells('Kommen wieder', 'Vielleicht')).toBe('1');
      const chart = organizer.getByRole('img', { name: /^Gesamtbewertung/ });
      expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await chart.locator('desc').textContent()).toContain('4 Sterne: 2');
      await organizer
        .getByRole('listitem')
        .filter({ hasText: 'Gute Gespräche am Wasserstoff-Tisch.' })
        .waitFor();
      await expectNoSeriousA11yViolations(organizer);
    },
  );
});
