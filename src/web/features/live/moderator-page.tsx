import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { LiveSession } from '../../../contract/qa.js';
import { ApiError } from '../../app/api.js';
import { LiveStatusBadge } from '../../app/live-status.js';
import { usePageAction } from '../../components/page-action.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import {
  useLiveSession,
  useModeration,
  useModeratorChange,
  useRedeemModeratorLink,
  type ModeratorChange,
} from './api.js';
import { useAnnounceWaitingQuestions } from './live-announcements.js';
import { LiveSettingsPanel } from './live-settings-panel.js';
import { ModeratorPolls } from './moderator-polls.js';
import { outcomeOf, resultIdsOf } from './moderator-outcome.js';
import { ModeratorQuestions } from './moderator-questions.js';
import { PollForm } from './poll-form.js';
import { useSessionRoom } from './room.js';
import { SessionHeading } from './session-heading.js';

function Blocks({ sessionId, onUnblock }: { sessionId: string; onUnblock: (blockId: string) => void }) {
  const { t } = useTranslation('live-qa');
  const moderation = useModeration(sessionId, true);
  const blocks = moderation.data?.blocks ?? [];
  if (blocks.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="blocks-heading" className="live-section">
      <h3 id="blocks-heading" tabIndex={-1}>
        {t('moderate.blocksTitle')}
      </h3>
      <ul>
        {blocks.map((b) => (
          <li key={b.id}>
            {t('moderate.blockedFor', {
              name: b.authorName ?? t('questions.anonymous'),
              text: b.questionText,
            })}{' '}
            <button type="button" className="secondary" onClick={() => onUnblock(b.id)}>
              {t('moderate.unblock')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ModeratorContent({ data }: { data: LiveSession }) {
  const { t } = useTranslation('live-qa');
  const sessionId = data.session.id;
  const room = useSessionRoom(sessionId, 'moderators');
  const change = useModeratorChange(sessionId);
  useAnnounceWaitingQuestions(room);
  const action = usePageAction();
  // Every change: focus stays on its control, or goes to the changed item when the control gives way.
  const act = (c: ModeratorChange, onSuccess?: () => void) => {
    action.keepFocus(...resultIdsOf(c));
    change.mutate(c, {
      onSuccess: () => {
        onSuccess?.();
        action.announce(outcomeOf(c, t));
      },
    });
  };
  const settings = room.settings ?? data.settings;
  const screenPoll = room.polls.find((p) => p.id === settings.screen.pollId);
  return (
    <>
      <LiveStatusBadge status={room.status} />
      <ul className="live-links">
        <li>
          <Link to={`/sessions/${sessionId}/screen`}>{t('moderate.openScreen')}</Link>
        </li>
        <li>
          <Link to={`/sessions/${sessionId}/speaker`}>{t('moderate.openSpeaker')}</Link>
        </li>
        <li>
          <Link to={`/sessions/${sessionId}/live`}>{t('moderate.openParticipant')}</Link>
        </li>
      </ul>
      {change.error instanceof ApiError && (
        <p role="alert" className="error">
          {change.error.fields[0]?.message ?? change.error.message}
        </p>
      )}
      {data.viewer.isOrganizer && <LiveSettingsPanel sessionId={sessionId} />}
      <section aria-labelledby="screen-heading" className="live-section">
        <h2 id="screen-heading" tabIndex={-1}>
          {t('moderate.screenTitle')}
        </h2>
        <p>
          {settings.screen.mode === 'poll' && screenPoll
            ? t('moderate.screenShowsPoll', { question: screenPoll.question })
            : t('moderate.screenShowsQuestions')}
        </p>
        {settings.screen.mode === 'poll' && (
          <button
            type="button"
            className="secondary"
            onClick={() => act({ kind: 'screen', mode: 'questions', pollId: null })}
          >
            {t('moderate.showQuestions')}
          </button>
        )}
      </section>
      <section aria-labelledby="mod-questions-heading" className="live-section">
        <h2 id="mod-questions-heading" tabIndex={-1}>
          {t('questions.title')}
        </h2>
        <ModeratorQuestions questions={room.questions} onChange={act} />
        <Blocks sessionId={sessionId} onUnblock={(blockId) => act({ kind: 'unblock', blockId })} />
      </section>
      <section aria-labelledby="mod-polls-heading" className="live-section">
        <h2 id="mod-polls-heading" tabIndex={-1}>
          {t('poll.title')}
        </h2>
        <ModeratorPolls polls={room.polls} tallies={room.tallies} settings={settings} onChange={act} />
        <PollForm
          busy={change.isPending}
          error={change.variables?.kind === 'poll-create' ? change.error : null}
          onSubmit={(body, reset) => act({ kind: 'poll-create', body }, reset)}
        />
      </section>
    </>
  );
}

/** The moderator's view of a session (organizers, or a device that redeemed the moderator link). */
export function ModeratorPage() {
  const { t } = useTranslation('live-qa');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const key = params.get('key');
  const redeem = useRedeemModeratorLink(id);
  const live = useLiveSession(id, !key);
  usePageTitle(t('moderate.pageTitle'));

  useEffect(() => {
    if (key && redeem.isIdle) {
      // The secret leaves the address bar (and the history) as soon as it is redeemed.
      redeem.mutate(key, { onSettled: () => void navigate(`/sessions/${id}/moderate`, { replace: true }) });
    }
  }, [key, id, redeem, navigate]);

  if (key) {
    return <p role="status">{t('moderate.redeeming')}</p>;
  }
  return (
    <QueryState query={live} notFound={<h1>{t('page.notFound')}</h1>}>
      {(data) => (
        <div className="live-page live-moderator">
          <SessionHeading data={data} purpose={t('moderate.purpose')} />
          {redeem.error instanceof ApiError && (
            <p role="alert" className="error">
              {redeem.error.message}
            </p>
          )}
          {data.viewer.isModerator ? (
            <ModeratorContent data={data} />
          ) : (
            <p className="notice">{t('moderate.noAccess')}</p>
          )}
        </div>
      )}
    </QueryState>
  );
}
