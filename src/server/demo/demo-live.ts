import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { PollFields } from '../../contract/polls.js';
import { createFixedClock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { createSessionReader } from '../features/program/index.js';
import { createPollsFeature } from '../features/polls/index.js';
import { createQaFeature } from '../features/qa/index.js';
import type { LiveViewer } from '../live/index.js';
import type { Actor } from '../plugins/auth.js';

/** One demo question: its text, a name (none: anonymous), its upvotes, and what the moderators did. */
interface DemoQuestion {
  text: string;
  name?: string;
  votes: number;
  answered?: boolean;
  /** Index of the question it duplicates (merged into it). */
  duplicateOf?: number;
}

interface DemoPanel {
  questions: DemoQuestion[];
  poll: PollFields;
  /** Answers per option (or per word of a word cloud); each is one guest's answer. */
  answers: (number | string)[][];
  /** The hydrogen panel is left open for a live try-out: pre-approval on, its poll a draft. */
  openForTryOut?: boolean;
}

const poll = (
  kind: PollFields['kind'],
  question: string,
  options: string[] = [],
  extra: Partial<PollFields> = {},
) =>
  ({
    kind,
    question,
    options,
    maxChoices: null,
    scaleMax: 5,
    resultsVisibility: 'after-vote',
    ...extra,
  }) satisfies PollFields;

/** Repeats each answer by its weight: [[0, 5], [1, 2]] -> five times option 0, twice option 1. */
const weighted = (pairs: [number | string, number][]) =>
  pairs.flatMap(([a, n]) => Array.from({ length: n }, () => [a]));

// Questions and polls in our own words for the panels of 6 February 2020 (fictional audience).
const PANELS: Record<string, DemoPanel> = {
  'Aussichtsreiche Geschäftsfelder': {
    questions: [
      {
        text: 'Welche Geschäftsfelder bleiben Zulieferern, deren Teile im Elektroauto wegfallen?',
        name: 'Jens K.',
        votes: 24,
        answered: true,
      },
      { text: 'Wie finden kleine Betriebe Partner aus der Energiewirtschaft?', votes: 17, answered: true },
      { text: 'Gibt es Förderprogramme für den Einstieg in die Batteriefertigung?', votes: 11 },
      { text: 'Welche Rolle spielt das Recycling von Batterien in Sachsen?', name: 'Maria S.', votes: 8 },
      { text: 'Wie kommen kleine Firmen an Partner in der Energiebranche?', votes: 5, duplicateOf: 1 },
    ],
    poll: poll('single', 'Wo sehen Sie für Ihr Unternehmen das größte Potenzial?', [
      'Elektromobilität',
      'Batterietechnik',
      'Wasserstoff',
      'Digitale Dienste',
      'Leichtbau',
    ]),
    answers: weighted([
      [0, 21],
      [1, 12],
      [2, 9],
      [3, 14],
      [4, 6],
    ]),
  },
  'Erfolgsfaktoren der Transformation': {
    questions: [
      { text: 'Wie nehmen Sie die Belegschaft bei der Umstellung mit?', votes: 21, answered: true },
      {
        text: 'Welche Qualifizierungsangebote haben sich bewährt?',
        name: 'Thomas W.',
        votes: 15,
        answered: true,
      },
      { text: 'Wie lange hat Ihre eigene Umstellung gedauert?', votes: 9 },
    ],
    poll: poll(
      'multiple',
      'Was bremst die Transformation in Ihrem Unternehmen am meisten?',
      ['Fachkräfte', 'Finanzierung', 'Unklare Nachfrage', 'Bürokratie', 'Fehlende Partner'],
      { maxChoices: 2 },
    ),
    answers: [
      ...Array.from({ length: 18 }, () => [0, 3]),
      ...Array.from({ length: 11 }, () => [1, 2]),
      ...Array.from({ length: 9 }, () => [0, 4]),
      ...Array.from({ length: 7 }, () => [2]),
    ],
  },
  'CO2-neutrale Produktion': {
    questions: [
      { text: 'Wie erfassen Sie den CO2-Fußabdruck Ihrer Zulieferteile?', votes: 19, answered: true },
      {
        text: 'Lohnt sich eine eigene Photovoltaikanlage auf dem Werksdach?',
        name: 'Anja R.',
        votes: 14,
        answered: true,
      },
      { text: 'Welche Daten verlangen die Hersteller künftig von ihren Zulieferern?', votes: 12 },
    ],
    poll: poll(
      'rating',
      'Wie weit ist Ihr Unternehmen auf dem Weg zur CO2-neutralen Produktion? (1 = am Anfang, 5 = fast am Ziel)',
    ),
    answers: weighted([
      [0, 9],
      [1, 17],
      [2, 14],
      [3, 6],
      [4, 2],
    ]),
  },
  Ladeinfrastruktur: {
    questions: [
      {
        text: 'Wer betreibt Ladepunkte im Gewerbegebiet – die Stadtwerke oder die Unternehmen selbst?',
        votes: 22,
        answered: true,
      },
      {
        text: 'Wie viele Ladepunkte braucht ein Betrieb mit 200 Beschäftigten?',
        name: 'Frank L.',
        votes: 13,
      },
      {
        text: 'Reicht der Netzanschluss für Schnellladesäulen auf dem Firmengelände?',
        votes: 10,
        answered: true,
      },
    ],
    poll: poll('words', 'In einem Wort: Was braucht die Ladeinfrastruktur in Sachsen am dringendsten?'),
    answers: weighted([
      ['Netzausbau', 14],
      ['Standorte', 9],
      ['Genehmigungen', 8],
      ['Förderung', 7],
      ['Schnellladen', 5],
      ['Abrechnung', 3],
    ]),
  },
  Stromnetze: {
    questions: [
      { text: 'Wie lange dauert ein neuer Netzanschluss derzeit?', votes: 18, answered: true },
      { text: 'Können Betriebe Lastspitzen selbst abfedern, etwa mit Speichern?', votes: 12 },
    ],
    poll: poll(
      'single',
      'Planen Sie in den nächsten drei Jahren einen größeren Netzanschluss?',
      ['Ja', 'Nein', 'Noch offen'],
      {
        resultsVisibility: 'on-show',
      },
    ),
    answers: weighted([
      [0, 16],
      [1, 11],
      [2, 19],
    ]),
  },
  'Wasserstoff: interaktiv mit dem Publikum': {
    questions: [],
    poll: poll('single', 'Wo sehen Sie den größten Nutzen von Wasserstoff?', [
      'Schwerlastverkehr',
      'Prozesswärme',
      'Speicherung',
      'Noch unklar',
    ]),
    answers: [],
    openForTryOut: true,
  },
};

const GUESTS = 80;

/**
 * Live Q&A and polls of the 2020 panels: settings with join codes, audience questions with upvotes
 * (a duplicate merged, some answered) and closed polls with their results; all written through the
 * features' services, so counts and versions are what real use produces. The hydrogen panel stays
 * open for trying it out: pre-approval on and its poll a draft.
 */
export async function loadDemoLive(
  app: FastifyInstance,
  db: Kysely<Database>,
  actor: Actor,
  eventId: string,
) {
  const clock = createFixedClock(new Date('2020-02-06T08:00:00.000Z'));
  const live = { publish: () => undefined, publishCoalesced: () => undefined };
  const qa = createQaFeature({ db, clock, live, baseUrl: '' });
  const polls = createPollsFeature({ db, clock, live, qa });
  const guests: LiveViewer[] = [];
  for (let i = 0; i < GUESTS; i += 1) {
    guests.push({ personId: null, guestId: (await app.liveGuests.issue()).guestId, isOrganizer: false });
  }
  const moderator: LiveViewer = {
    personId: actor.kind === 'person' ? actor.personId : null,
    guestId: null,
    isOrganizer: true,
  };
  const noGuest = () => Promise.reject(new Error('demo guests exist already'));
  const guest = (n: number) => guests[n % GUESTS]!;

  for (const session of await createSessionReader(db).listByType(eventId, 'panel')) {
    const panel = PANELS[session.title];
    if (!panel) {
      continue;
    }
    clock.set(new Date(session.startsAt));
    const tryOut = panel.openForTryOut === true;
    await qa.settings.updateSettings(actor, session.id, {
      qaEnabled: true,
      preApproval: tryOut,
      guestsAllowed: true,
    });
    const asked: string[] = [];
    for (const [index, q] of panel.questions.entries()) {
      clock.advance(90_000);
      const input = { text: q.text, anonymous: !q.name, name: q.name ?? '' };
      const question = await qa.qa.ask(session.id, guest(index * 11), noGuest, input);
      asked.push(question.id);
      for (let v = 0; v < q.votes; v += 1) {
        await qa.qa.upvote(question.id, guest(index * 11 + v + 1), noGuest);
      }
      if (q.duplicateOf !== undefined) {
        await qa.qa.merge(question.id, moderator, asked[q.duplicateOf]!);
      }
    }
    const created = await polls.polls.create(session.id, moderator, panel.poll);
    if (tryOut) {
      continue;
    }
    await polls.polls.act(created.id, moderator, 'open');
    for (const [n, answer] of panel.answers.entries()) {
      const words = answer.filter((a): a is string => typeof a === 'string');
      const optionIds = answer
        .filter((a): a is number => typeof a === 'number')
        .map((i) => created.options[i]!.id);
      await polls.polls.vote(created.id, guest(n + 3), noGuest, { optionIds, words });
    }
    await polls.polls.act(created.id, moderator, 'close');
    if (panel.poll.resultsVisibility === 'on-show') {
      await polls.polls.act(created.id, moderator, 'show-results');
    }
    for (const [index, q] of panel.questions.entries()) {
      if (q.answered) {
        clock.advance(60_000);
        await qa.qa.moderate(asked[index]!, moderator, 'answer');
      }
    }
    await qa.settings.setScreen(session.id, moderator, 'questions', null);
  }
  await polls.polls.settled();
}
