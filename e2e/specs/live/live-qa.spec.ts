// Live Q&A and a poll in three browser contexts: a participant on a phone (keyboard only), the
// moderator, and the hall screen. Ask, approve, see it on the screen, upvote and watch the order change,
// open a poll, vote, watch the screen's chart update; axe-core on every page.
import type { Page } from 'playwright-core';
import type { Programme } from '../../../src/contract/program.js';
import { describe, expect, expectNoSeriousA11yViolations, expectPage, test } from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const PANEL = 'Wasserstoff: interaktiv mit dem Publikum';
const QUESTION_A = 'Wie kommt <b>Wasserstoff</b> ins Gewerbegebiet?';
const QUESTION_B = 'Wer baut die Tankstellen für Lkw?';
const MAX_TABS = 60;

interface Focused {
  tag: string;
  id: string;
  text: string;
  describedBy: string;
  type: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const described = el?.getAttribute('aria-describedby');
    return {
      tag: el?.tagName.toLowerCase() ?? 'body',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      describedBy: described ? (document.getElementById(described)?.textContent ?? '') : '',
      type: el?.getAttribute('type') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches (the participant uses no mouse). */
async function tabTo(page: Page, wanted: (f: Focused) => boolean): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now.id || now.text || now.tag);
    if (wanted(now)) {
      return;
    }
  }
  throw new Error(`not reached by Tab; focus went through: ${seen.join(' | ')}`);
}

describe('live Q&A and polls in the hall', () => {
  // The only spec that asks questions in the demo's hydrogen panel and opens its prepared poll.
  test('ask, approve, screen, upvote, poll: every view follows live', async ({ server, open }) => {
    const programme = (await (
      await fetch(`${server.url}/api/v1/events/${PAST_SLUG}/programme`)
    ).json()) as Programme;
    const sessionId = programme.sessions.find((s) => s.title === PANEL)!.id;
    // Signed in through the API (the fixture's session is in this context), as DESIGN.md asks.
    const moderator = await open({ as: 'organizer' });
    await moderator.goto(`${server.url}/sessions/${sessionId}/moderate`);
    await expectPage(moderator, PANEL);
    await moderator.getByText('Live', { exact: true }).waitFor();

    const screen = await open({ height: 720 });
    await screen.goto(`${server.url}/sessions/${sessionId}/screen`);
    await expectPage(screen, PANEL);
    const codeText = await screen.getByText(/^Code [A-Z2-9]{6}$/).textContent();
    const code = codeText!.replace('Code ', '');
    await screen.getByRole('img', { name: /QR-Code zur Teilnahme/ }).waitFor();

    // The participant types the code from the screen on a phone, with the keyboard alone.
    const phone = await open({ width: 390, height: 844 });
    await phone.goto(`${server.url}/live`);
    await expectPage(phone, 'Live mitmachen');
    await tabTo(phone, (f) => f.id === 'field-code');
    await phone.keyboard.type(code.toLowerCase());
    await phone.keyboard.press('Enter');
    await phone.waitForURL(`${server.url}/sessions/${sessionId}/live`);
    await expectPage(phone, PANEL);
    await phone.getByText('Live', { exact: true }).waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the live page is ${width} px wide`).toBeLessThanOrEqual(390);

    for (const question of [QUESTION_A, QUESTION_B]) {
      await tabTo(phone, (f) => f.id === 'field-text');
      await phone.keyboard.type(question);
      await tabTo(phone, (f) => f.tag === 'button' && f.text === 'Frage senden');
      await phone.keyboard.press('Enter');
      await phone.getByText('Danke! Ihre Frage wartet auf die Freigabe durch die Moderation.').waitFor();
    }
    await phone.getByRole('heading', { name: 'Ihre Fragen, die auf Freigabe warten' }).waitFor();
    await expectNoSeriousA11yViolations(phone);

    // The moderator approves both from the queue.
    const queue = moderator.getByRole('region', { name: /Warten auf Freigabe/ });
    for (const question of [QUESTION_A, QUESTION_B]) {
      // The item's own text (the merge list of every item names the other questions too).
      const item = queue
        .getByRole('listitem')
        .filter({ has: moderator.locator('.question-text', { hasText: question }) });
      await item.getByRole('button', { name: 'Freigeben' }).click();
      await item.waitFor({ state: 'detached' });
    }
    await expectNoSeriousA11yViolations(moderator);

    // The screen shows them, the markup typed as text, in the order asked (no votes yet).
    const top = screen.getByRole('region', { name: 'Beliebteste Fragen' }).getByRole('listitem');
    await top.filter({ hasText: QUESTION_B }).waitFor();
    expect(await top.allTextContents()).toEqual([`${QUESTION_A}0 Stimmen`, `${QUESTION_B}0 Stimmen`]);
    expect(await screen.locator('.screen-questions b').count()).toBe(0);

    // The participant upvotes the second question; it overtakes on the phone and on the screen.
    const phoneList = phone.getByRole('list', { name: 'Fragen' }).getByRole('listitem');
    await phoneList.filter({ hasText: QUESTION_B }).waitFor();
    await tabTo(
      phone,
      (f) => f.tag === 'button' && f.text.includes('Unterstützen') && f.describedBy === QUESTION_B,
    );
    await phone.keyboard.press('Space');
    await phoneList.first().filter({ hasText: QUESTION_B }).getByText('1 Stimme').waitFor();
    expect(
      await phoneList
        .first()
        .getByRole('button', { name: /Unterstützen/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await top.first().filter({ hasText: QUESTION_B }).getByText('1 Stimme').waitFor();
    await expectNoSeriousA11yViolations(screen);

    // The moderator opens the prepared poll: the screen switches to its chart.
    const pollQuestion = 'Wo sehen Sie den größten Nutzen von Wasserstoff?';
    const pollItem = moderator.getByRole('listitem').filter({ hasText: pollQuestion });
    await pollItem.getByRole('button', { name: 'Öffnen' }).click();
    await screen.getByRole('heading', { name: pollQuestion }).waitFor();
    await screen.getByText('0 Personen haben teilgenommen.').waitFor();

    // The participant answers with the keyboard: Tab into the radio group, arrows to choose, Enter to vote.
    await phone.getByRole('heading', { name: pollQuestion }).waitFor();
    await phone.keyboard.press('Shift+Tab');
    await tabTo(phone, (f) => f.type === 'radio');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('ArrowDown');
    expect(await phone.getByRole('radio', { name: 'Speicherung' }).isChecked()).toBe(true);
    await tabTo(phone, (f) => f.tag === 'button' && f.text === 'Abstimmen');
    await phone.keyboard.press('Enter');
    await phone.getByText('Danke für Ihre Stimme.').waitFor();
    await phone.getByText('1 Person hat teilgenommen.').waitFor();
    const widthWithChart = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(widthWithChart, `the page with the chart is ${widthWithChart} px wide`).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(phone);

    // The screen's chart follows: one participant, one vote for "Speicherung", in the chart's text too.
    await screen.getByText('1 Person hat teilgenommen.').waitFor();
    await screen.getByRole('img', { name: /Speicherung: 1 \(100 %\)/ }).waitFor();
    await expectNoSeriousA11yViolations(screen);
    await moderator.getByText('1 Person hat teilgenommen.').waitFor();
    await expectNoSeriousA11yViolations(moderator);
  });
});
