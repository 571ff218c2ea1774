import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { topQuestions } from '../../../contract/qa-ordering.js';
import type { LiveSession } from '../../../contract/qa.js';
import { LiveStatusBadge } from '../../app/live-status.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useLiveSession } from './api.js';
import { PollResults } from './poll-chart.js';
import { useSessionRoom, type SessionRoomView } from './room.js';

const SCREEN_TOP = 5;

/** The join box: the address and code in large type, and a QR code of the join link. */
function JoinBox({ code }: { code: string }) {
  const { t } = useTranslation('live-qa');
  const [qr, setQr] = useState<string | null>(null);
  const url = `${window.location.origin}/join/${code}`;
  useEffect(() => {
    let active = true;
    QRCode.toDataURL(url, { margin: 1, width: 320, errorCorrectionLevel: 'M' })
      .then((data) => active && setQr(data))
      .catch(() => active && setQr(null));
    return () => {
      active = false;
    };
  }, [url]);
  return (
    <aside className="screen-join" aria-label={t('screen.joinLabel')}>
      {qr && <img src={qr} width={220} height={220} alt={t('screen.qrAlt', { url })} />}
      <p>{t('screen.joinAt', { host: `${window.location.host}/live` })}</p>
      <p className="screen-code">{t('screen.code', { code })}</p>
    </aside>
  );
}

function ScreenContent({ room, data }: { room: SessionRoomView; data: LiveSession }) {
  const { t } = useTranslation('live-qa');
  const settings = room.settings ?? data.settings;
  const poll =
    settings.screen.mode === 'poll' ? room.polls.find((p) => p.id === settings.screen.pollId) : undefined;
  if (poll) {
    const tally = room.tallies.get(poll.id);
    return (
      <section aria-labelledby="screen-poll" className="screen-poll">
        <h2 id="screen-poll">{poll.question}</h2>
        {tally ? <PollResults poll={poll} tally={tally} large /> : <p>{t('screen.resultsLater')}</p>}
        {poll.state === 'open' && <p className="screen-hint">{t('screen.voteNow')}</p>}
      </section>
    );
  }
  const pinned = room.questions.find((q) => q.isPinned && q.state === 'approved');
  const top = topQuestions(room.questions, SCREEN_TOP);
  return (
    <>
      {pinned && (
        <section aria-labelledby="screen-stage" className="screen-stage">
          <h2 id="screen-stage">{t('questions.onStage')}</h2>
          <p className="screen-question">{pinned.text}</p>
        </section>
      )}
      <section aria-labelledby="screen-top" className="screen-top">
        <h2 id="screen-top">{t('screen.top')}</h2>
        {top.length === 0 ? (
          <p>{t('screen.noQuestions')}</p>
        ) : (
          <ol className="screen-questions">
            {top.map((q) => (
              <li key={q.id}>
                <span className="screen-question">{q.text}</span>
                <span className="screen-votes">{t('questions.votes', { count: q.voteCount })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** The hall screen (beamer): large type, the join code and QR, then top questions or the current poll. */
export function ScreenPage() {
  const { t } = useTranslation('live-qa');
  const { id = '' } = useParams();
  const live = useLiveSession(id);
  const room = useSessionRoom(live.data && !live.data.viewer.needsSignIn ? id : null, 'audience');
  usePageTitle(t('screen.pageTitle'));
  return (
    <main id="content" className="hall-screen">
      <QueryState query={live} notFound={<h1>{t('page.notFound')}</h1>}>
        {(data) => (
          <>
            <header className="screen-header">
              <h1 lang={data.event.contentLanguage}>{data.session.title}</h1>
              <LiveStatusBadge status={room.status} />
            </header>
            <div className="screen-body">
              <div className="screen-main">
                {data.viewer.needsSignIn ? (
                  <p>{t('page.needsSignIn')}</p>
                ) : (
                  <ScreenContent room={room} data={data} />
                )}
              </div>
              {(room.settings ?? data.settings).joinCode && (
                <JoinBox code={(room.settings ?? data.settings).joinCode!} />
              )}
            </div>
          </>
        )}
      </QueryState>
    </main>
  );
}
