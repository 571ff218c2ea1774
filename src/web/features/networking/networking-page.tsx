import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { NetworkingContext } from '../../../contract/networking.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useBlock, useMyBlocks, useNetworkingContext, useRecommendations } from './api.js';
import { DirectorySection } from './directory-section.js';
import { RequestMeetingLink } from '../meetings/request-meeting-link.js';
import { PersonCard, type Labels } from './person-card.js';
import { ActionButton } from '../../components/action-button.js';

/** Label lookups for the event's competence and sector lists. */
export function useLabels(context: NetworkingContext): Labels {
  return useMemo(() => {
    const competences = new Map(context.competences.map((c) => [c.key, c.label]));
    const sectors = new Map(context.sectors.map((s) => [s.key, s.label]));
    return {
      competence: (key) => competences.get(key) ?? key,
      sector: (key) => sectors.get(key) ?? key,
    };
  }, [context]);
}

function MyProfileBox({ context }: { context: NetworkingContext }) {
  const { t } = useTranslation('networking');
  if (!context.canHaveProfile) {
    return null;
  }
  const profile = context.profile;
  return (
    <section aria-labelledby="my-profile-heading" className="networking-box">
      <h2 id="my-profile-heading">{t('myProfile.heading')}</h2>
      <p>
        {profile
          ? t('myProfile.listed', {
              name: `${profile.firstName} ${profile.lastName}`,
              organization: profile.organization,
            })
          : t('myProfile.notListed')}
      </p>
      <Link className="button" to={`/events/${context.slug}/networking/profile`}>
        {t(profile ? 'myProfile.edit' : 'myProfile.create')}
      </Link>
    </section>
  );
}

function PeopleToMeet({ context, labels }: { context: NetworkingContext; labels: Labels }) {
  const { t } = useTranslation('networking');
  const recommendations = useRecommendations(context.slug, context.canHaveProfile);
  if (!context.canHaveProfile) {
    return null;
  }
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t('recommendations.heading')}</h2>
      <p className="hint">{t('recommendations.intro')}</p>
      <QueryState query={recommendations}>
        {(data) => {
          if (!data.hasProfile) {
            return <p>{t('recommendations.noProfile')}</p>;
          }
          if (data.recommendations.length === 0) {
            return <p>{t('recommendations.empty')}</p>;
          }
          return (
            <ol className="person-list">
              {data.recommendations.map((r) => (
                <li key={r.card.personId}>
                  <PersonCard
                    card={r.card}
                    reason={r.reason}
                    blocked={false}
                    isSelf={false}
                    labels={labels}
                    actions={
                      <RequestMeetingLink
                        slug={context.slug}
                        personId={r.card.personId}
                        name={`${r.card.firstName} ${r.card.lastName}`}
                      />
                    }
                  />
                </li>
              ))}
            </ol>
          );
        }}
      </QueryState>
    </section>
  );
}

/** The people I blocked, each with a button to lift the block. */
function MyBlocks() {
  const { t } = useTranslation('networking');
  const blocks = useMyBlocks();
  const block = useBlock();
  if (!blocks.data || blocks.data.blocked.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="blocks-heading">
      <h2 id="blocks-heading">{t('blocks.heading')}</h2>
      <ul>
        {blocks.data.blocked.map((b) => {
          const name = `${b.firstName} ${b.lastName}`;
          return (
            <li key={b.personId}>
              {name}{' '}
              <ActionButton
                type="button"
                className="secondary"
                aria-label={t('card.unblockLabel', { name })}
                busy={block.isPending}
                onClick={() => block.mutate({ personId: b.personId, blocked: false })}
              >
                {t('card.unblock')}
              </ActionButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function NetworkingView({ context }: { context: NetworkingContext }) {
  const { t } = useTranslation('networking');
  const labels = useLabels(context);
  usePageTitle(t('pageTitle', { title: context.title }));
  return (
    <div className="networking-page">
      <p>
        <Link to={`/events/${context.slug}`}>{t('backToEvent')}</Link>
      </p>
      <h1>{t('pageTitle', { title: context.title })}</h1>
      <p className="lead">{t('intro')}</p>
      {!context.canView ? (
        <p className="notice">{t('notParticipant')}</p>
      ) : (
        <>
          <MyProfileBox context={context} />
          <PeopleToMeet context={context} labels={labels} />
          <DirectorySection context={context} labels={labels} />
          <MyBlocks />
        </>
      )}
    </div>
  );
}

/** /events/:slug/networking: my profile, "People to meet" and the participant directory. */
export function NetworkingPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('networking');
  const location = useLocation();
  const session = useSession();
  const signedIn = Boolean(session.data?.person);
  const context = useNetworkingContext(slug, i18n.language);
  if (session.isPending) {
    return null;
  }
  if (!signedIn) {
    return (
      <div className="networking-page">
        <h1>{t('directory.heading')}</h1>
        <p>
          {t('signInHint')}{' '}
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t('signIn')}</Link>
        </p>
      </div>
    );
  }
  if (context.error instanceof ApiError && context.error.status === 403) {
    return <p className="notice">{t('notParticipant')}</p>;
  }
  return <QueryState query={context}>{(data) => <NetworkingView context={data} />}</QueryState>;
}
