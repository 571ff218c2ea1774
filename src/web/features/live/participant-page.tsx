import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { orderQuestions } from '../../../contract/qa-ordering.js';
import type { LiveSession, QuestionSort } from '../../../contract/qa.js';
import { ApiError } from '../../app/api.js';
import { LiveStatusBadge } from '../../app/live-status.js';
import { useSession } from '../../app/session.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useLiveSession, useMyPolls, useVote } from './api.js';
import { AskForm } from './ask-form.js';
import { useAnnounceOpenedPolls } from './live-announcements.js';
import { ParticipantPoll } from './participant-poll.js';
import { QuestionList, QuestionText, SortChoice } from './question-list.js';
import { useSessionRoom } from './room.js';
import { SessionHeading } from './session-heading.js';

/** The caller's upvotes: what the server said on load, then their own clicks. */
function useMyVotes(initial: readonly string[]) {
  const vote = useVote();
  const [changes, setChanges] = useState(new Map<string, boolean>());
  const votes = useMemo(() => {
    const set = new Set(initial);
    for (const [id, voted] of changes) {
      if (voted) {
        set.add(id);
      } else {
        set.delete(id);
      }
    }
    return set;
  }, [initial, changes]);
  const toggle = (questionId: string, voted: boolean) =>
    vote.mutate(
      { questionId, vote: voted },
      { onSuccess: (result) => setChanges((c) => new Map(c).set(questionId, result.hasVoted)) },
    );
  return { votes, toggle, error: vote.error };
}

function LiveContent({ data }: { data: LiveSession }) {
  const { t } = useTranslation('live-qa');
  const signedIn = Boolean(useSession().data?.person);
  const sessionId = data.session.id;
  const room = useSessionRoom(data.viewer.needsSignIn ? null : sessionId, 'audience');
  const myPolls = useMyPolls(sessionId, !data.viewer.needsSignIn);
  useAnnounceOpenedPolls(room);
  const [sort, setSort] = useState<QuestionSort>('popular');
  const { votes, toggle, error } = useMyVotes(data.myVotes);
  const settings = room.settings ?? data.settings;
  const canAct = data.viewer.canParticipate && !data.viewer.isBlocked;
  const myAnswers = new Map((myPolls.data ?? []).map((p) => [p.id, p.myVote]));
  // Own questions awaiting approval, until the room shows them approved.
  const waiting = data.myQuestions.filter(
    (q) => q.state === 'pending' && !room.questions.some((r) => r.id === q.id),
  );
  const polls = room.polls.filter((p) => p.state !== 'draft');

  if (data.viewer.needsSignIn) {
    return (
      <p className="notice">
        {t('page.needsSignIn')} <Link to="/signin">{t('page.signIn')}</Link>
      </p>
    );
  }
  return (
    <>
      <LiveStatusBadge status={room.status} />
      {data.viewer.isBlocked && <p className="notice">{t('page.blocked')}</p>}
      {polls.length > 0 && (
        <section aria-labelledby="polls-heading" className="live-section">
          <h2 id="polls-heading">{t('poll.title')}</h2>
          {polls.map((poll) => (
            <ParticipantPoll
              key={poll.id}
              poll={poll}
              tally={room.tallies.get(poll.id)}
              myVote={myAnswers.get(poll.id) ?? null}
              canVote={data.viewer.canParticipate}
              sessionId={sessionId}
            />
          ))}
        </section>
      )}
      {settings.qaEnabled ? (
        <section aria-labelledby="questions-heading" className="live-section">
          <h2 id="questions-heading">{t('questions.title')}</h2>
          {canAct && <AskForm sessionId={sessionId} signedIn={signedIn} preApproval={settings.preApproval} />}
          {waiting.length > 0 && (
            <div className="my-pending">
              <h3>{t('questions.waiting')}</h3>
              <ul>
                {waiting.map((q) => (
                  <li key={q.id}>
                    <QuestionText question={q} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <SortChoice sort={sort} onChange={setSort} />
          {error instanceof ApiError && (
            <p role="alert" className="error">
              {error.message}
            </p>
          )}
          <QuestionList
            questions={orderQuestions(room.questions, sort)}
            myVotes={votes}
            canVote={canAct}
            onVote={toggle}
            label={t('questions.listLabel')}
          />
        </section>
      ) : (
        polls.length === 0 && <p>{t('page.nothingLive')}</p>
      )}
    </>
  );
}

/** The participant's live page of a session (phone first): open polls, asking, the questions to upvote. */
export function ParticipantPage() {
  const { t } = useTranslation('live-qa');
  const { id = '' } = useParams();
  const live = useLiveSession(id);
  usePageTitle(live.data ? t('page.title', { title: live.data.session.title }) : t('page.titleShort'));
  return (
    <QueryState query={live} notFound={<h1>{t('page.notFound')}</h1>}>
      {(data) => (
        <div className="live-page">
          <SessionHeading data={data} purpose={t('page.purpose')} />
          <LiveContent data={data} />
        </div>
      )}
    </QueryState>
  );
}
