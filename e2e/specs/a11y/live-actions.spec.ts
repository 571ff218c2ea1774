// What a screen reader hears and where the focus is after each action on the live pages, keyboard only:
// a participant in English asks and votes, a moderator in German approves, prepares and opens a poll.
// Each outcome is said once in a status region that was there before; a newly opened poll is said to the
// participant, new questions to the moderator as a throttled count, votes to nobody.
import type { Page } from 'playwright-core';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  test,
  type OpenOptions,
} from '../../fixtures/test.js';
import { announcements, focusedElement, recordAnnouncements, waitForAnnouncement } from './recorder.js';

const PANEL = 'Wasserstoff: interaktiv mit dem Publikum';
const POLL = 'Welche Tankstellen brauchen wir zuerst?';

/** Focuses a control as Tab would reach it and presses Enter: no mouse. */
async function press(page: Page, control: ReturnType<Page['getByRole']>): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
}

describe('live pages: focus and announcements after every action', () => {
  // A panel of its own (in an event of its own) with pre-approval and guests, as the demo's hydrogen
  // panel has them: the counts of waiting questions are this test's alone.
  test('asks, approves, prepares, opens and votes', async ({ server, organizer, open: openPage }) => {
    const event = await organizer.createEvent();
    const panel = await organizer.post<{ id: string }>(`/api/v1/admin/events/${event.id}/sessions`, {
      type: 'panel',
      title: PANEL,
      startsAt: `${event.year}-02-04T10:00`,
      endsAt: `${event.year}-02-04T11:00`,
    });
    await organizer.put(`/api/v1/admin/sessions/${panel.id}/live-settings`, {
      qaEnabled: true,
      preApproval: true,
      guestsAllowed: true,
    });
    const sessionId = panel.id;
    /** A page whose live regions are recorded from its first load on. */
    const open = async (options: OpenOptions): Promise<Page> => {
      const page = await openPage(options);
      await recordAnnouncements(page.context());
      return page;
    };

    const moderator = await open({ as: 'organizer' });
    await moderator.goto(`${server.url}/sessions/${sessionId}/moderate`);
    await expectPage(moderator, PANEL);
    await moderator.getByText('Live', { exact: true }).waitFor();

    const phone = await open({ locale: 'en', width: 390 });
    await phone.goto(`${server.url}/sessions/${sessionId}/live`);
    await expectPage(phone, PANEL);
    await phone.getByText('Live', { exact: true }).waitFor();

    // Asking twice: the button keeps the focus (it is never disabled), the thanks is said each time.
    const send = phone.getByRole('button', { name: 'Send question' });
    for (const [i, question] of ['Who builds the truck stations?', 'Who pays for the pipes?'].entries()) {
      await phone.getByLabel('Your question').focus();
      await phone.keyboard.type(question);
      await phone.keyboard.press('Tab');
      await phone.keyboard.press('Tab');
      expect((await focusedElement(phone)).text).toBe('Send question');
      await phone.keyboard.press('Enter');
      expect(
        await waitForAnnouncement(phone, "Thank you! Your question is waiting for the moderators' approval."),
      ).toBe(i + 1);
      expect(await send.evaluate((b) => b === document.activeElement)).toBe(true);
    }

    // The moderator hears the arrivals as a count, the second one only after the throttle's ten seconds.
    expect(
      await waitForAnnouncement(moderator, /^Eine neue Frage wartet auf Freigabe; insgesamt warten 1\.$/),
    ).toBe(1);
    await waitForAnnouncement(moderator, /^Eine neue Frage wartet auf Freigabe; insgesamt warten 2\.$/);
    const arrivals = (await announcements(moderator)).filter((a) => a.text.startsWith('Eine neue Frage'));
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(9_000);

    // Approving moves the question to another list: the focus follows it, the outcome is said once.
    const queue = moderator.getByRole('region', { name: /Warten auf Freigabe/ });
    const item = queue.getByRole('listitem').filter({ hasText: 'Who builds the truck stations?' }).first();
    await press(moderator, item.getByRole('button', { name: 'Freigeben' }));
    expect(await waitForAnnouncement(moderator, 'Frage freigegeben.')).toBe(1);
    const afterApprove = await focusedElement(moderator);
    expect(afterApprove.id).toMatch(/^question-/);
    expect(afterApprove.text).toContain('Who builds the truck stations?');

    // A poll saved without a question: the error summary takes the focus and is not an alert as well.
    const save = moderator.getByRole('button', { name: 'Als Entwurf speichern' });
    await press(moderator, save);
    const summary = moderator.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    expect(await summary.getAttribute('role')).not.toBe('alert');
    expect((await announcements(moderator)).some((a) => a.text.includes('Bitte prüfen'))).toBe(false);

    await moderator.getByLabel('Frage (Pflichtfeld)').fill(POLL);
    await moderator.getByLabel(/^Antwortmöglichkeiten/).fill('Autobahn\nHafen');
    await press(moderator, save);
    expect(await waitForAnnouncement(moderator, `Umfrage als Entwurf gespeichert: ${POLL}`)).toBe(1);
    expect(await save.evaluate((b) => b === document.activeElement)).toBe(true);

    // Opening replaces the button: the focus goes to the poll, the participant hears of it once.
    const pollItem = moderator.getByRole('listitem', { name: POLL });
    await press(moderator, pollItem.getByRole('button', { name: 'Öffnen' }));
    expect(await waitForAnnouncement(moderator, 'Umfrage geöffnet.')).toBe(1);
    expect((await focusedElement(moderator)).id).toMatch(/^poll-/);
    expect(await waitForAnnouncement(phone, `New poll: ${POLL}`)).toBe(1);
    await expectNoSeriousA11yViolations(moderator);

    // Voting replaces the form with the thanks: the focus goes to the poll card, the thanks is said once.
    const card = phone.getByRole('article', { name: POLL });
    await card.getByRole('radio', { name: 'Hafen' }).focus();
    await phone.keyboard.press('Space');
    await phone.keyboard.press('Tab');
    expect((await focusedElement(phone)).text).toBe('Vote');
    await phone.keyboard.press('Enter');
    expect(await waitForAnnouncement(phone, 'Thank you for your vote.')).toBe(1);
    expect(await card.evaluate((c) => c === document.activeElement)).toBe(true);
    await expectNoSeriousA11yViolations(phone);

    // Votes are not announced: the moderator's tally changed without a word.
    await moderator.getByText('1 Person hat teilgenommen.').first().waitFor();
    expect((await announcements(moderator)).some((a) => a.text.includes('teilgenommen'))).toBe(false);
    expect((await focusedElement(phone)).tag).not.toBe('body');
  });
});
