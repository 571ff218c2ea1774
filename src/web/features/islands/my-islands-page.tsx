import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useMyIslands, usePublicIslands, type IslandsOwner } from './api.js';
import { IslandCards, MyIslandsView } from './my-islands.js';

function Content({ owner }: { owner: IslandsOwner }) {
  const { t } = useTranslation('islands');
  const mine = useMyIslands(owner);
  return (
    <QueryState query={mine}>
      {(data) => (
        <>
          <p className="lead">{t('mine.intro', { title: data.event.title })}</p>
          <MyIslandsView mine={data} owner={owner} />
        </>
      )}
    </QueryState>
  );
}

/** /my-registration/:token/islands: ranking and seats behind the personal link of the registration mails. */
export function MyIslandsByLinkPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('islands');
  usePageTitle(t('mine.title'));
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p>
        <Link to={`/my-registration/${encodeURIComponent(token)}`}>{t('mine.backToRegistration')}</Link>
      </p>
      <Content owner={{ kind: 'token', token }} />
    </>
  );
}

/** /events/:slug/islands: the islands of an event; signed-in registrants rank them and see their seats. */
export function EventIslandsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('islands');
  const session = useSession();
  const signedIn = Boolean(session.data?.person);
  const islands = usePublicIslands(slug);
  usePageTitle(t('mine.title'));
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p>
        <Link to={`/events/${encodeURIComponent(slug)}`}>{t('backToEvent')}</Link>
      </p>
      {signedIn ? (
        <Content owner={{ kind: 'person', slug }} />
      ) : (
        <>
          <p>
            <Link to={`/signin?next=${encodeURIComponent(`/events/${slug}/islands`)}`}>
              {t('signInToRank')}
            </Link>
          </p>
          <QueryState query={islands}>{(data) => <IslandCards islands={data.islands} />}</QueryState>
        </>
      )}
    </>
  );
}

/** A link to the islands page of a personal registration link, shown only when the event has islands. */
export function IslandsLink({ token }: { token: string }) {
  const { t } = useTranslation('islands');
  const mine = useMyIslands({ kind: 'token', token });
  if (!mine.data || mine.data.islands.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="islands-link-heading">
      <h2 id="islands-link-heading">{t('mine.title')}</h2>
      <p>{mine.data.status === 'published' ? t('link.published') : t('link.rank')}</p>
      <p>
        <Link className="button secondary" to={`/my-registration/${encodeURIComponent(token)}/islands`}>
          {t('link.open')}
        </Link>
      </p>
    </section>
  );
}
