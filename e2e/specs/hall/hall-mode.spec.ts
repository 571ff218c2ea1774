// Hall mode: the live Q&A screen and the island plan at 1920 x 1080, as a projector shows them. No site
// header, every visible text at least 32 px (readable from 20 m), all island rounds on one screen without
// scrolling, axe-clean; a screenshot of each for a person to look at. Also at 1280 px: nothing scrolls
// sideways and the text scales down with the screen. The Q&A screen shows what this spec made through
// the product's API in an event of its own (questions from guests, a word cloud 20 guests answered with
// long words, a choice poll), never what other specs leave in the demo's sessions.
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ModeratorPoll } from '../../../src/contract/polls.js';
import type { AdminLiveSettings, Question } from '../../../src/contract/qa.js';
import {
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  test,
  type E2eServer,
  type OrganizerApi,
} from '../../fixtures/test.js';

const HALL = { width: 1920, height: 1080 };
const FLOOR = 32;

// The audience's answers to a word cloud: the most frequent one is the longest word the poll takes
// (30 characters), others are long German compounds, a phrase, Greek and Polish: 27 words in all, more
// than one screen holds at a readable size.
const WORDS = [
  'Wasserstoffinfrastrukturausbau',
  'Schwerlastverkehr',
  'Elektrolyseurkapazität',
  'Brennstoffzellenfahrzeuge',
  'Versorgungssicherheit',
  'Genehmigungsverfahren',
  'Regionale Wertschöpfung',
  'Prozesswärme',
  'Speicherung',
  'Stahlindustrie',
  'Netzentgelte',
  'Fachkräftemangel',
  'Importabhängigkeit',
  'Förderprogramme',
  'Sektorkopplung',
  'Ammoniak',
  'Methanol',
  'Akzeptanz',
  'Υδρογόνο',
  'Łańcuch dostaw',
  'Kosten',
  'Pipelines',
  'Tankstellen',
  'Wärmepumpen',
  'Lkw-Maut',
  'Binnenhäfen',
  'Chemiepark',
];
const VOTERS = 20;

/** A guest in the audience: their own cookie, as a phone that scanned the join code has. */
function guest(server: E2eServer) {
  let cookie = '';
  return async <T>(path: string, body?: unknown, method = 'POST'): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length > 0) {
      cookie = set.join('; ');
    }
    expect(res.ok, `${path}: ${res.status} ${await res.clone().text()}`).toBe(true);
    return (await res.json()) as T;
  };
}

/** An event of the spec's own with one talk whose Q&A is on and open to guests. */
async function liveTalk(api: OrganizerApi, title: string): Promise<string> {
  const event = await api.createEvent();
  const session = await api.post<{ id: string }>(`/api/v1/admin/events/${event.id}/sessions`, {
    type: 'talk',
    title,
    startsAt: `${event.year}-02-04T10:00`,
    endsAt: `${event.year}-02-04T11:00`,
    room: 'Saal',
  });
  await api.put<AdminLiveSettings>(`/api/v1/admin/sessions/${session.id}/live-settings`, {
    qaEnabled: true,
    preApproval: false,
    guestsAllowed: true,
  });
  return session.id;
}

/** Every word of the cloud, every count and every bar label with its font size and box as rendered. */
async function renderedText(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return {
        text: (el.textContent ?? '').trim(),
        size: parseFloat(getComputedStyle(el).fontSize),
        right: box.right,
        bottom: box.bottom,
      };
    }),
  );
}

/** Each of the texts at least 32 px and inside the 1920 x 1080 screen. */
function expectReadableOnScreen(texts: Awaited<ReturnType<typeof renderedText>>): void {
  for (const text of texts) {
    expect(text.size, `"${text.text}"`).toBeGreaterThanOrEqual(FLOOR);
    expect(text.right, `"${text.text}"`).toBeLessThanOrEqual(HALL.width);
    expect(text.bottom, `"${text.text}"`).toBeLessThanOrEqual(HALL.height);
  }
}

/** The smallest font size (px) of the visible elements with text of their own, and where it is. */
async function smallestText(page: Page): Promise<{ size: number; text: string; count: number }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '', count: 0 };
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden (1 px, clipped) text is for screen readers, not for the hall.
      if (!own || box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') {
        continue;
      }
      smallest.count += 1;
      const size = parseFloat(style.fontSize);
      if (size < smallest.size) {
        smallest = { size, text: own.slice(0, 60), count: smallest.count };
      }
    }
    return smallest;
  });
}

async function expectHallMode(page: Page, name: string): Promise<void> {
  expect(await page.getByRole('banner').count()).toBe(0);
  expect(await page.getByRole('contentinfo').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(de|en)/);
  const smallest = await smallestText(page);
  expect(smallest.count).toBeGreaterThan(3);
  expect(smallest.size, `smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(32);
  const shot = path.join(os.tmpdir(), `crossdialog-hall-${name}-1920.png`);
  await page.screenshot({ path: shot });
  await expectNoSeriousA11yViolations(page);
}

async function noScroll(page: Page): Promise<{ vertical: boolean; horizontal: boolean }> {
  return page.evaluate(() => ({
    vertical: document.documentElement.scrollHeight > window.innerHeight,
    horizontal: document.documentElement.scrollWidth > window.innerWidth,
  }));
}

describe('hall mode', () => {
  test(
    "the Q&A screen's questions, word cloud and chart are at least 32 px at 1920 x 1080",
    { timeout: 120_000 },
    async ({ server, organizer: api, open }) => {
      const title = 'Wasserstoff für den Schwerlastverkehr: Fragen aus dem Saal';
      const sessionId = await liveTalk(api, title);

      // Five guests ask (long questions with long words), two more upvote: what the top list shows.
      const asked: Question[] = [];
      for (const [index, text] of [
        'Wann gibt es entlang der A4 genug Wasserstofftankstellen für 40-Tonner im Schichtbetrieb?',
        'Wer trägt die Netzentgelte, wenn der Elektrolyseur im Gewerbegebiet steht?',
        'Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellerinnen fragen: ' +
          'lohnt sich das? '.repeat(10),
        'How do research institutes get access to the test fleet?',
        'Which logistics hubs are planned first?',
      ].entries()) {
        const name = ['Özlem Yıldız', 'Jiří Dvořák', '', 'Ελένη Παπαδοπούλου', 'Łukasz Wróbel'][index]!;
        asked.push(
          await guest(server)<Question>(`/api/v1/sessions/${sessionId}/questions`, {
            text,
            name,
            anonymous: name === '',
          }),
        );
      }
      for (const voter of [guest(server), guest(server)]) {
        await voter(`/api/v1/questions/${asked[1]!.id}/vote`, undefined, 'PUT');
      }

      const screen = await open(HALL);
      await screen.goto(`${server.url}/sessions/${sessionId}/screen`);
      await expectPage(screen, title);
      await screen.getByText(/^Code [A-Z2-9]{6}$/).waitFor();
      await screen.locator('.screen-questions li').nth(4).waitFor();
      await expectHallMode(screen, 'qa');
      expect((await noScroll(screen)).horizontal).toBe(false);

      // A word cloud that 20 guests answered, shown on the screen through the moderator's API.
      const cloud = await api.post<ModeratorPoll>(`/api/v1/sessions/${sessionId}/polls`, {
        kind: 'words',
        question: 'Was verbinden Sie mit Wasserstoff?',
      });
      await api.post(`/api/v1/polls/${cloud.id}/state`, { action: 'open' });
      for (let v = 0; v < VOTERS; v += 1) {
        await guest(server)(`/api/v1/polls/${cloud.id}/votes`, {
          words: [WORDS[0], WORDS[1 + (v % 6)], WORDS[7 + v]],
        });
      }
      await api.put(`/api/v1/sessions/${sessionId}/screen`, { mode: 'poll', pollId: cloud.id });
      await screen.getByRole('heading', { name: 'Was verbinden Sie mit Wasserstoff?' }).waitFor();
      await screen.getByText(`${VOTERS} Personen haben teilgenommen.`).waitFor();
      const words = await renderedText(screen, '.word-cloud li');
      expect(words[0]!.text).toBe(`${WORDS[0]} (${VOTERS})`);
      expect(words.length).toBeGreaterThanOrEqual(5);
      // What does not fit is counted, not shrunk: the words shown and the rest add up to all 27.
      const rest = WORDS.length - words.length;
      if (rest > 0) {
        await screen.getByText(new RegExp(`^Dazu ${rest} seltener genannte`)).waitFor();
      }
      expectReadableOnScreen(words);
      expectReadableOnScreen(await renderedText(screen, '.word-cloud .word-count, .word-cloud-more'));
      expect(await noScroll(screen)).toEqual({ vertical: false, horizontal: false });
      await expectHallMode(screen, 'words');

      // A choice poll's chart: labels and counts in the screen's type, the longest label wraps.
      const options = [
        'Schwerlastverkehr',
        'Prozesswärme in der Stahl- und Chemieindustrie',
        'Speicherung',
        'Noch unklar',
      ];
      const choice = await api.post<ModeratorPoll>(`/api/v1/sessions/${sessionId}/polls`, {
        kind: 'single',
        question: 'Wo sehen Sie den größten Nutzen?',
        options,
      });
      await api.post(`/api/v1/polls/${choice.id}/state`, { action: 'open' });
      for (let v = 0; v < 3; v += 1) {
        await guest(server)(`/api/v1/polls/${choice.id}/votes`, { optionIds: [choice.options[v % 2]!.id] });
      }
      await api.put(`/api/v1/sessions/${sessionId}/screen`, { mode: 'poll', pollId: choice.id });
      await screen.getByRole('img', { name: /Schwerlastverkehr: 2 \(67 %\)/ }).waitFor();
      const chart = await renderedText(screen, '.hall-bar-label, .hall-bar-value');
      expect(chart.map((t) => t.text)).toContain('2 (67 %)');
      expect(chart.length).toBe(options.length * 2);
      expectReadableOnScreen(chart);
      expect(await noScroll(screen)).toEqual({ vertical: false, horizontal: false });
      await expectHallMode(screen, 'chart');
    },
  );

  test(
    'the island plan shows all rounds on one 1920 x 1080 screen, text at least 32 px, and fits 1280 px',
    { timeout: 120_000 },
    async ({ server, organizer: api, open }) => {
      const event = await api.createEvent();
      for (const [index, hour] of ['10', '11', '12'].entries()) {
        await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
          type: 'island-round',
          title: `Gesprächsinseln, Runde ${index + 1}`,
          startsAt: `${event.year}-02-04T${hour}:00`,
          endsAt: `${event.year}-02-04T${hour}:45`,
          room: 'Galerie',
        });
      }
      await api.post(`/api/v1/admin/events/${event.id}/islands/defaults`);
      await api.post(`/api/v1/admin/events/${event.id}/island-assignment/run`);
      await api.post(`/api/v1/admin/events/${event.id}/island-assignment/publish`, {});

      for (const locale of ['de', 'en'] as const) {
        const hall = await open({ ...HALL, locale });
        await hall.goto(`${server.url}/events/${event.slug}/island-plan`);
        await expectPage(hall, locale === 'de' ? /^Gesprächsinseln: / : /^Conversation islands: /);
        await hall.locator('.hall-islands li').first().waitFor();
        await expectHallMode(hall, `islands-${locale}`);

        // Three rounds side by side, every island box inside the screen: nothing below the fold.
        const rounds = hall.locator('section.hall-round');
        expect(await rounds.count()).toBe(3);
        const boxes = await hall
          .locator('.hall-round h2, .hall-islands li')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes.length).toBeGreaterThanOrEqual(3 + 3 * 5);
        for (const box of boxes) {
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(HALL.height);
          expect(box.right).toBeLessThanOrEqual(HALL.width);
        }
        expect(await noScroll(hall)).toEqual({ vertical: false, horizontal: false });

        // A 1280 px screen: the same plan, smaller, still without scrolling sideways.
        await hall.setViewportSize({ width: 1280, height: 720 });
        expect((await noScroll(hall)).horizontal).toBe(false);
        expect((await smallestText(hall)).size).toBeGreaterThanOrEqual(20);
        await expectNoSeriousA11yViolations(hall);
      }
    },
  );

  test('the programme offers live moderation for a talk, not for a coffee break', async ({
    organizer: api,
    open,
  }) => {
    const event = await api.createEvent();
    const sessions = [
      { type: 'talk', title: 'Vortrag Wasserstoff', hour: '10' },
      { type: 'break', title: 'Kaffeepause', hour: '11' },
    ];
    for (const { type, title, hour } of sessions) {
      await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
        type,
        title,
        startsAt: `${event.year}-02-04T${hour}:00`,
        endsAt: `${event.year}-02-04T${hour}:30`,
        room: 'Saal',
      });
    }
    const page = await open({ as: 'organizer', path: `/admin/events/${event.id}/programme` });
    await expectPage(page, `Programm: ${event.title}`);
    await page.getByRole('link', { name: 'Live-Moderation zu „Vortrag Wasserstoff“' }).waitFor();
    expect(await page.getByText('Kaffeepause').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /^Live-Moderation/ }).count()).toBe(1);
  });
});
