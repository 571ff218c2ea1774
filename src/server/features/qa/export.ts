import type { Locale } from '../../../contract/locale.js';
import type { QuestionState } from '../../../contract/qa.js';
import { fileStem, localTime, toCsv } from './csv.js';
import type { QuestionRow } from './repository.js';

const LABELS = {
  de: {
    stem: 'fragen',
    header: [
      'Nr.',
      'Frage',
      'Name',
      'Status',
      'Beantwortet',
      'Stimmen',
      'Zusammengeführt in Nr.',
      'Bearbeitet',
    ],
    time: (zone: string) => `Gestellt (${zone})`,
    anonymous: 'anonym',
    yes: 'ja',
    no: 'nein',
    state: {
      pending: 'wartet auf Freigabe',
      approved: 'freigegeben',
      hidden: 'ausgeblendet',
      merged: 'zusammengeführt',
    },
  },
  en: {
    stem: 'questions',
    header: ['No.', 'Question', 'Name', 'State', 'Answered', 'Votes', 'Merged into no.', 'Edited'],
    time: (zone: string) => `Asked (${zone})`,
    anonymous: 'anonymous',
    yes: 'yes',
    no: 'no',
    state: { pending: 'awaiting approval', approved: 'approved', hidden: 'hidden', merged: 'merged' },
  },
} satisfies Record<Locale, { state: Record<QuestionState, string> } & Record<string, unknown>>;

/**
 * A session's questions as CSV for the organizer and the retrospective: numbered in the order asked,
 * with votes and state. Anonymous questions stay anonymous here too.
 */
export function questionsCsv(
  questions: QuestionRow[],
  session: { title: string; timeZone: string },
  locale: Locale,
): { file: Buffer; fileName: string } {
  const l = LABELS[locale];
  const numberOf = new Map(questions.map((q, index) => [q.id, index + 1]));
  const rows = questions.map((q, index) => [
    index + 1,
    q.text,
    q.isAnonymous === 1 ? l.anonymous : (q.authorName ?? ''),
    l.state[q.state],
    q.isAnswered === 1 ? l.yes : l.no,
    q.voteCount,
    q.mergedIntoId ? (numberOf.get(q.mergedIntoId) ?? '') : '',
    q.isEdited === 1 ? l.yes : l.no,
    localTime(q.createdAt, session.timeZone, locale),
  ]);
  return {
    file: toCsv([[...l.header, l.time(session.timeZone)], ...rows]),
    fileName: `${fileStem(l.stem, session.title)}.csv`,
  };
}
