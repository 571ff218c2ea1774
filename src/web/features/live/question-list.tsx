import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionSort } from '../../../contract/qa.js';

/** Popular or recent: a pair of radio buttons (arrow keys move between them). */
export function SortChoice({
  sort,
  onChange,
}: {
  sort: QuestionSort;
  onChange: (sort: QuestionSort) => void;
}) {
  const { t } = useTranslation('live-qa');
  return (
    <fieldset className="sort-choice">
      <legend>{t('questions.sortLabel')}</legend>
      {(['popular', 'recent'] as const).map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="question-sort"
            value={value}
            checked={sort === value}
            onChange={() => onChange(value)}
          />{' '}
          {t(`questions.sort.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Who asked: the name, or "anonymous"; the text is React text, so it is always escaped. */
export function QuestionText({ question, id }: { question: Question; id?: string }) {
  const { t } = useTranslation('live-qa');
  return (
    <>
      <p className="question-text" id={id}>
        {question.text}
      </p>
      <p className="question-meta">
        {question.authorName ?? t('questions.anonymous')}
        {question.isEdited && <> · {t('questions.edited')}</>}
        {question.mergedCount > 0 && <> · {t('questions.merged', { count: question.mergedCount })}</>}
        {question.isAnswered && <> · {t('questions.answered')}</>}
      </p>
    </>
  );
}

function QuestionItem({
  question,
  voted,
  canVote,
  onVote,
}: {
  question: Question;
  voted: boolean;
  canVote: boolean;
  onVote: (vote: boolean) => void;
}) {
  const { t } = useTranslation('live-qa');
  const textId = useId();
  return (
    <li className={question.isPinned ? 'question question-pinned' : 'question'}>
      {question.isPinned && <p className="badge badge-stage">{t('questions.onStage')}</p>}
      <QuestionText question={question} id={textId} />
      <div className="question-votes">
        <span className="vote-count">{t('questions.votes', { count: question.voteCount })}</span>
        {canVote && (
          <button
            type="button"
            className={voted ? 'vote-button' : 'vote-button secondary'}
            aria-pressed={voted}
            aria-describedby={textId}
            onClick={() => onVote(!voted)}
          >
            <span aria-hidden="true">▲ </span>
            {t('questions.upvote')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The audience's questions in the chosen order, each with its upvote toggle. */
export function QuestionList({
  questions,
  myVotes,
  canVote,
  onVote,
  label,
}: {
  questions: Question[];
  myVotes: ReadonlySet<string>;
  canVote: boolean;
  onVote: (questionId: string, vote: boolean) => void;
  label: string;
}) {
  const { t } = useTranslation('live-qa');
  if (questions.length === 0) {
    return <p>{t('questions.none')}</p>;
  }
  return (
    <ol className="question-list" aria-label={label}>
      {questions.map((q) => (
        <QuestionItem
          key={q.id}
          question={q}
          voted={myVotes.has(q.id)}
          canVote={canVote && !q.isAnswered}
          onVote={(vote) => onVote(q.id, vote)}
        />
      ))}
    </ol>
  );
}
