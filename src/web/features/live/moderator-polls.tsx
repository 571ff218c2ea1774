import { useTranslation } from 'react-i18next';
import type { Poll, PollAction, PollTally } from '../../../contract/polls.js';
import type { LiveSettings } from '../../../contract/qa.js';
import type { ModeratorChange } from './api.js';
import { pollItemId } from './moderator-outcome.js';
import { PollResults } from './poll-chart.js';

/** The actions a poll offers in its state. */
function actionsFor(poll: Poll): PollAction[] {
  const results: PollAction = poll.resultsShown ? 'hide-results' : 'show-results';
  switch (poll.state) {
    case 'draft':
      return ['open'];
    case 'open':
      return ['close', ...(poll.resultsVisibility === 'on-show' ? [results] : [])];
    case 'closed':
      return ['open', ...(poll.resultsVisibility === 'on-show' ? [results] : [])];
  }
}

/** The session's polls for the moderator: open, close, show results, put on the hall screen, remove drafts. */
export function ModeratorPolls({
  polls,
  tallies,
  settings,
  onChange,
}: {
  polls: Poll[];
  tallies: ReadonlyMap<string, PollTally>;
  settings: LiveSettings | null;
  onChange: (change: ModeratorChange) => void;
}) {
  const { t } = useTranslation('live-qa');
  if (polls.length === 0) {
    return <p>{t('moderate.noPolls')}</p>;
  }
  return (
    <ol className="poll-list">
      {polls.map((poll) => {
        const tally = tallies.get(poll.id);
        const onScreen = settings?.screen.mode === 'poll' && settings.screen.pollId === poll.id;
        return (
          <li
            key={poll.id}
            id={pollItemId(poll.id)}
            tabIndex={-1}
            aria-labelledby={`${pollItemId(poll.id)}-q`}
            className={`poll-card poll-${poll.state}`}
          >
            <h4 id={`${pollItemId(poll.id)}-q`}>{poll.question}</h4>
            <p className="meta">
              {t(`poll.kind.${poll.kind}`)} · {t(`poll.state.${poll.state}`)} ·{' '}
              {t(`moderate.visibility.${poll.resultsVisibility}`)}
              {onScreen && <> · {t('moderate.onScreen')}</>}
            </p>
            <div
              className="actions"
              role="group"
              aria-label={t('moderate.pollActionsFor', { question: poll.question })}
            >
              {actionsFor(poll).map((action) => (
                <button
                  key={action}
                  type="button"
                  className={action === 'open' ? undefined : 'secondary'}
                  onClick={() => onChange({ kind: 'poll-action', pollId: poll.id, action })}
                >
                  {t(`moderate.pollAction.${action}`)}
                </button>
              ))}
              {poll.state !== 'draft' && !onScreen && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onChange({ kind: 'screen', mode: 'poll', pollId: poll.id })}
                >
                  {t('moderate.showOnScreen')}
                </button>
              )}
              {poll.state === 'draft' && (
                <button
                  type="button"
                  className="danger"
                  onClick={() => onChange({ kind: 'poll-delete', pollId: poll.id })}
                >
                  {t('moderate.pollDelete')}
                </button>
              )}
            </div>
            {poll.state !== 'draft' && tally && <PollResults poll={poll} tally={tally} table="shown" />}
          </li>
        );
      })}
    </ol>
  );
}
