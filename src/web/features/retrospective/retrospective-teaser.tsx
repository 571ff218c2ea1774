import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePublicRetrospective } from './api.js';

/** On a past event's page: the retrospective's headline and lead with a link, once it is published. */
export function RetrospectiveTeaser({ slug }: { slug: string }) {
  const { t } = useTranslation('retrospective');
  const query = usePublicRetrospective(slug);
  if (!query.data) {
    return null;
  }
  return (
    <section className="retro-teaser" aria-labelledby="retro-teaser-heading">
      <h2 id="retro-teaser-heading">{t('teaser.heading')}</h2>
      <p>
        <strong>{query.data.headline}</strong>
      </p>
      {query.data.lead && <p>{query.data.lead}</p>}
      <p>
        <Link to={`/events/${slug}/retrospective`}>{t('teaser.link')}</Link>
      </p>
    </section>
  );
}
