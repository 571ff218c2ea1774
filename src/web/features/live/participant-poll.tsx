import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POLL_LIMITS, type MyPollVote, type Poll, type PollTally } from '../../../contract/polls.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId } from '../../components/form-fields.js';
import { usePollVote } from './api.js';
import { PollResults } from './poll-chart.js';

/** The answer controls of one poll: radio buttons, checkboxes, or a text field for words. */
function VoteForm({ poll, sessionId }: { poll: Poll; sessionId: string }) {
  const { t } = useTranslation('live-qa');
  const vote = usePollVote(sessionId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [words, setWords] = useState('');
  const multiple = poll.kind === 'multiple';
  const errors = vote.error instanceof ApiError ? vote.error.fields : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const body =
      poll.kind === 'words'
        ? {
            words: words
              .split(',')
              .map((w) => w.trim())
              .filter(Boolean)
              .slice(0, POLL_LIMITS.wordsPerVote),
          }
        : { optionIds: chosen };
    vote.mutate({ pollId: poll.id, body });
  }

  function toggle(id: string, checked: boolean) {
    setChosen((current) =>
      multiple ? (checked ? [...current, id] : current.filter((c) => c !== id)) : [id],
    );
  }

  return (
    <form onSubmit={submit} noValidate className="poll-form">
      <ErrorSummary error={vote.error} />
      {poll.kind === 'words' ? (
        <div className="field">
          <label htmlFor={fieldId('words')}>{t('poll.wordsLabel')}</label>
          <p className="field-hint" id={`${fieldId('words')}-hint`}>
            {t('poll.wordsHint', { max: POLL_LIMITS.wordsPerVote })}
          </p>
          <input
            id={fieldId('words')}
            type="text"
            value={words}
            aria-describedby={`${fieldId('words')}-hint`}
            aria-invalid={errors.length > 0 ? true : undefined}
            maxLength={POLL_LIMITS.wordMax * POLL_LIMITS.wordsPerVote + 4}
            onChange={(e) => setWords(e.target.value)}
          />
        </div>
      ) : (
        <fieldset className="field" id={fieldId('optionIds')} tabIndex={-1}>
          <legend>
            {multiple
              ? t('poll.chooseMany', { max: poll.maxChoices ?? poll.options.length })
              : poll.kind === 'rating'
                ? t('poll.chooseRating', { max: poll.options.length })
                : t('poll.chooseOne')}
          </legend>
          <div className={poll.kind === 'rating' ? 'poll-options poll-options-rating' : 'poll-options'}>
            {poll.options.map((option) => (
              <label key={option.id} className="poll-option">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`poll-${poll.id}`}
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />{' '}
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" disabled={vote.isPending}>
          {t('poll.submit')}
        </button>
      </div>
    </form>
  );
}

/** One poll on the participant's page: answer it while open, then the results when they may be seen. */
export function ParticipantPoll({
  poll,
  tally,
  myVote,
  canVote,
  sessionId,
}: {
  poll: Poll;
  tally: PollTally | undefined;
  myVote: MyPollVote | null;
  canVote: boolean;
  sessionId: string;
}) {
  const { t } = useTranslation('live-qa');
  const seesResults =
    poll.resultsShown ||
    (poll.resultsVisibility === 'after-vote' && (myVote !== null || poll.state === 'closed'));
  return (
    <article className={`poll-card poll-${poll.state}`} aria-labelledby={`poll-${poll.id}-q`}>
      <h3 id={`poll-${poll.id}-q`}>{poll.question}</h3>
      <p className="meta">{t(`poll.state.${poll.state}`)}</p>
      {poll.state === 'open' && !myVote && canVote && <VoteForm poll={poll} sessionId={sessionId} />}
      {myVote && <p className="notice notice-success">{t('poll.thanks')}</p>}
      {seesResults && tally ? (
        <PollResults poll={poll} tally={tally} />
      ) : (
        myVote && <p>{t('poll.resultsLater')}</p>
      )}
    </article>
  );
}
