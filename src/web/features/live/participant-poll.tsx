import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POLL_LIMITS, type MyPollVote, type Poll, type PollTally } from '../../../contract/polls.js';
import { ApiError } from '../../app/api.js';
import { ActionButton } from '../../components/action-button.js';
import { StatusText } from '../../components/announcer.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId } from '../../components/form-fields.js';
import { keepFocusFor } from '../../components/page-action.js';
import { usePollVote } from './api.js';
import { PollResults } from './poll-chart.js';

const pollCardId = (pollId: string) => `poll-${pollId}`;

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
    if (vote.isPending) {
      return;
    }
    // The form gives way to the thanks and the results: focus goes to the poll card, not to the body.
    keepFocusFor(pollCardId(poll.id));
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
        <ActionButton type="submit" busy={vote.isPending}>
          {t('poll.submit')}
        </ActionButton>
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
    <article
      id={pollCardId(poll.id)}
      tabIndex={-1}
      className={`poll-card poll-${poll.state}`}
      aria-labelledby={`poll-${poll.id}-q`}
    >
      <h3 id={`poll-${poll.id}-q`}>{poll.question}</h3>
      <p className="meta">{t(`poll.state.${poll.state}`)}</p>
      {poll.state === 'open' && !myVote && canVote && <VoteForm poll={poll} sessionId={sessionId} />}
      {/* In the card from the start, so the thanks is announced once when the vote is in. */}
      <StatusText
        message={myVote ? t('poll.thanks') : ''}
        className={myVote ? 'notice notice-success' : undefined}
      />
      {seesResults && tally ? (
        <PollResults poll={poll} tally={tally} />
      ) : (
        myVote && <p>{t('poll.resultsLater')}</p>
      )}
    </article>
  );
}
