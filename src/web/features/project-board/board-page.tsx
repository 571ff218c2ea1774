import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { IdeaBoard } from '../../../contract/project-board.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { ReasonList } from '../networking/reason.js';
import { useIdeaBoard, useIdeaSuggestions } from './api.js';
import { IdeaCard } from './idea-card.js';
import { useListLabels, type ListLabels } from './labels.js';

function SuggestedIdeas({ board, labels }: { board: IdeaBoard; labels: ListLabels }) {
  const { t } = useTranslation('project-board');
  const suggestions = useIdeaSuggestions(board.slug, board.canPost);
  if (!board.canPost) {
    return null;
  }
  return (
    <section aria-labelledby="suggested-heading">
      <h2 id="suggested-heading">{t('suggested.heading')}</h2>
      <QueryState query={suggestions}>
        {(data) =>
          !data.hasProfile ? (
            <p>
              {t('suggested.noProfile')}{' '}
              <Link to={`/events/${board.slug}/networking/profile`}>{t('suggested.profileLink')}</Link>
            </p>
          ) : data.suggestions.length === 0 ? (
            <p>{t('suggested.empty')}</p>
          ) : (
            <ul className="idea-list">
              {data.suggestions.map((s) => (
                <li key={s.idea.id}>
                  <IdeaCard idea={s.idea} slug={board.slug} labels={labels} />
                  <ReasonList reason={s.reason} labelOf={labels.competence} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function BoardView({ board }: { board: IdeaBoard }) {
  const { t } = useTranslation('project-board');
  const labels = useListLabels(board);
  usePageTitle(t('pageTitle', { title: board.title }));
  return (
    <div className="idea-board">
      <p>
        <Link to={`/events/${board.slug}`}>{t('backToEvent')}</Link>
      </p>
      <h1>{t('pageTitle', { title: board.title })}</h1>
      <p className="lead">{t('intro')}</p>
      {board.canPost && (
        <p>
          <Link className="button" to={`/events/${board.slug}/ideas/new`}>
            {t('post')}
          </Link>
        </p>
      )}
      <SuggestedIdeas board={board} labels={labels} />
      <section aria-labelledby="all-ideas-heading">
        <h2 id="all-ideas-heading">{t('all.heading', { count: board.ideas.length })}</h2>
        {board.ideas.length === 0 ? (
          <p>{t('all.empty')}</p>
        ) : (
          <ul className="idea-list">
            {board.ideas.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} slug={board.slug} labels={labels} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Shown instead of a board to visitors who are not signed in or not in the directory. */
export function BoardGate({ status }: { status: 'signedOut' | 'forbidden' }) {
  const { t } = useTranslation('project-board');
  const location = useLocation();
  return (
    <div className="idea-board">
      <h1>{t('heading')}</h1>
      {status === 'signedOut' ? (
        <p>
          {t('signInHint')}{' '}
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t('signIn')}</Link>
        </p>
      ) : (
        <p className="notice">{t('notInDirectory')}</p>
      )}
    </div>
  );
}

/** /events/:slug/ideas: the project board of an event. */
export function BoardPage() {
  const { slug = '' } = useParams();
  const { i18n } = useTranslation('project-board');
  const session = useSession();
  const board = useIdeaBoard(slug, i18n.language);
  if (session.isPending) {
    return null;
  }
  if (!session.data?.person) {
    return <BoardGate status="signedOut" />;
  }
  if (board.error instanceof ApiError && board.error.status === 403) {
    return <BoardGate status="forbidden" />;
  }
  return <QueryState query={board}>{(data) => <BoardView board={data} />}</QueryState>;
}
