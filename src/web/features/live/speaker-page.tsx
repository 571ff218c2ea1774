import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { topQuestions } from '../../../contract/qa-ordering.js';
import { LiveStatusBadge } from '../../app/live-status.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useLiveSession } from './api.js';
import { QuestionText } from './question-list.js';
import { useSessionRoom } from './room.js';
import { SessionHeading } from './session-heading.js';

const SPEAKER_TOP = 10;

/** The speaker's view: read-only, the question on stage now and the most popular open ones. */
export function SpeakerPage() {
  const { t } = useTranslation('live-qa');
  const { id = '' } = useParams();
  const live = useLiveSession(id);
  const room = useSessionRoom(live.data && !live.data.viewer.needsSignIn ? id : null, 'audience');
  usePageTitle(t('speaker.pageTitle'));
  const pinned = room.questions.find((q) => q.isPinned && q.state === 'approved');
  const top = topQuestions(room.questions, SPEAKER_TOP);
  return (
    <QueryState query={live} notFound={<h1>{t('page.notFound')}</h1>}>
      {(data) => (
        <div className="live-page live-speaker">
          <SessionHeading data={data} purpose={t('speaker.purpose')} />
          {data.viewer.needsSignIn ? (
            <p className="notice">{t('page.needsSignIn')}</p>
          ) : (
            <>
              <LiveStatusBadge status={room.status} />
              <section aria-labelledby="stage-heading" className="live-section stage-now">
                <h2 id="stage-heading">{t('questions.onStage')}</h2>
                {pinned ? <QuestionText question={pinned} /> : <p>{t('speaker.noPinned')}</p>}
              </section>
              <section aria-labelledby="top-heading" className="live-section">
                <h2 id="top-heading">{t('speaker.top', { count: SPEAKER_TOP })}</h2>
                {top.length === 0 ? (
                  <p>{t('questions.none')}</p>
                ) : (
                  <ol className="question-list">
                    {top.map((q) => (
                      <li key={q.id} className="question">
                        <QuestionText question={q} />
                        <p className="vote-count">{t('questions.votes', { count: q.voteCount })}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </>
          )}
        </div>
      )}
    </QueryState>
  );
}
