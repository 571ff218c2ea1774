import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SitePage as SitePageData, SitePageKey } from '../../../contract/site-pages.js';
import { apiFetch } from '../../app/api.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';

function SitePageView({ page }: { page: SitePageData }) {
  const { t, i18n } = useTranslation();
  usePageTitle(page.title);
  return (
    <article lang={page.locale}>
      <h1>{page.title}</h1>
      {/* Sanitized on the server (marked + sanitize-html): no scripts, no event handlers. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      {page.updatedAt && (
        <p className="hint">
          {t('sitePage.updated', { date: formatInstant(page.updatedAt, i18n.language) })}
        </p>
      )}
    </article>
  );
}

/** /imprint, /privacy, /accessibility: the organizer's text in the chosen language. */
export function SitePage({ pageKey }: { pageKey: SitePageKey }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t(`footer.${pageKey}`));
  const page = useQuery({
    queryKey: ['site-page', pageKey, i18n.language],
    queryFn: () => apiFetch<SitePageData>(`/api/v1/pages/${pageKey}?lang=${i18n.language}`),
  });
  return <QueryState query={page}>{(data) => <SitePageView page={data} />}</QueryState>;
}
