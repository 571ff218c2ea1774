import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { usePublicRetrospective } from './api.js';
import { RetrospectiveArticle } from './retrospective-article.js';

/** /events/:slug/retrospective: the published retrospective, with a print button for a clean report. */
export function RetrospectivePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('retrospective');
  const query = usePublicRetrospective(slug);
  usePageTitle(query.data ? query.data.headline : t('page.title'));
  return (
    <div className="retrospective-page">
      <p className="no-print">
        <Link to={`/events/${slug}`}>{t('page.back')}</Link>
      </p>
      <QueryState query={query} notFound={<p>{t('page.none')}</p>}>
        {(retro) => (
          <>
            <RetrospectiveArticle retro={retro} />
            <p className="no-print">
              <button type="button" className="secondary" onClick={() => window.print()}>
                {t('page.print')}
              </button>
            </p>
          </>
        )}
      </QueryState>
    </div>
  );
}
