import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePublicRetrospective } from './api.js';

/**
 * Inside the past event page's "Rückblick" section: the published retrospective's headline and lead
 * with a link, or the fallback while none is published.
 */
export function RetrospectiveTeaser({ slug, fallback }: { slug: string; fallback: ReactNode }) {
  const { t } = useTranslation('retrospective');
  const query = usePublicRetrospective(slug);
  if (!query.data) {
    return <>{fallback}</>;
  }
  return (
    <div className="retro-teaser">
      <p lang={query.data.event.contentLanguage}>
        <strong>{query.data.headline}</strong>
      </p>
      {query.data.lead && <p lang={query.data.event.contentLanguage}>{query.data.lead}</p>}
      <p>
        <Link to={`/events/${slug}/retrospective`}>{t('teaser.link')}</Link>
      </p>
    </div>
  );
}
