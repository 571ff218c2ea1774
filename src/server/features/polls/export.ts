import type { Locale } from '../../../contract/locale.js';
import type { PollKind, PollState } from '../../../contract/polls.js';
import { fileStem, localTime, toCsv } from '../qa/index.js';
import type { PollWithOptions, StoredTally } from './repository.js';

const LABELS = {
  de: {
    stem: 'umfragen',
    header: ['Nr.', 'Umfrage', 'Art', 'Status', 'Teilnehmende', 'Antwort', 'Stimmen', 'Anteil (%)'],
    opened: (zone: string) => `Geöffnet (${zone})`,
    kind: { single: 'Einfachauswahl', multiple: 'Mehrfachauswahl', rating: 'Bewertung', words: 'Wortwolke' },
    state: { draft: 'Entwurf', open: 'offen', closed: 'geschlossen' },
  },
  en: {
    stem: 'polls',
    header: ['No.', 'Poll', 'Kind', 'State', 'Participants', 'Answer', 'Votes', 'Share (%)'],
    opened: (zone: string) => `Opened (${zone})`,
    kind: { single: 'single choice', multiple: 'multiple choice', rating: 'rating', words: 'word cloud' },
    state: { draft: 'draft', open: 'open', closed: 'closed' },
  },
} satisfies Record<
  Locale,
  { kind: Record<PollKind, string>; state: Record<PollState, string> } & Record<string, unknown>
>;

/** Share of the participants who chose an answer, one decimal (multiple choice shares may add up to more than 100). */
function share(count: number, voters: number): string {
  return voters === 0 ? '0' : (Math.round((count / voters) * 1000) / 10).toString();
}

/**
 * A session's poll results as CSV for the organizer and the retrospective: one row per answer option
 * (or word of a word cloud, every word counted), with exact counts.
 */
export function pollResultsCsv(
  polls: { poll: PollWithOptions; tally: StoredTally; words: { word: string; count: number }[] }[],
  session: { title: string; timeZone: string },
  locale: Locale,
): { file: Buffer; fileName: string } {
  const l = LABELS[locale];
  const rows: (string | number)[][] = [[...l.header, l.opened(session.timeZone)]];
  polls.forEach(({ poll, tally, words }, index) => {
    const head = [index + 1, poll.question, l.kind[poll.kind], l.state[poll.state], tally.voters];
    const opened = localTime(poll.openedAt, session.timeZone, locale);
    const answers =
      poll.kind === 'words'
        ? words
        : poll.options.map((o) => ({
            word: o.label,
            count: tally.options.find((t) => t.optionId === o.id)?.count ?? 0,
          }));
    for (const answer of answers) {
      rows.push([...head, answer.word, answer.count, share(answer.count, tally.voters), opened]);
    }
    if (answers.length === 0) {
      rows.push([...head, '', 0, '0', opened]);
    }
  });
  return { file: toCsv(rows), fileName: `${fileStem(l.stem, session.title)}.csv` };
}
