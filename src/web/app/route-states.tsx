import { Link, useNavigation, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title.js';

/**
 * Shown in place of a page while its code loads on the first visit (pages are separate chunks,
 * see app.tsx). It keeps the height of the main area, so the footer does not jump when the page appears.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="page-loading">
      {t('route.loading')}
    </p>
  );
}

/**
 * While the next page's code loads after a click, the current page stays; this live region says so.
 * It is always in the document (so screen readers announce the change) and floats, so nothing moves.
 */
export function NavigationStatus() {
  const { t } = useTranslation();
  const loading = useNavigation().state === 'loading';
  return (
    <div
      role="status"
      className={loading ? 'navigation-status navigation-status-active' : 'navigation-status'}
    >
      {loading ? t('route.loading') : ''}
    </div>
  );
}

/** Browsers word a failed `import()` differently: Chromium, Firefox, Safari, and Vite's preload helper. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported/i.test(
    message,
  );
}

/**
 * A page that cannot be shown. Most often its code could not be fetched: the app was updated (the old
 * chunk files are gone) or the connection dropped. Reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  const title = chunk ? t('route.loadFailed.title') : t('route.failed.title');
  usePageTitle(title);
  return (
    <div className="route-error">
      <h1>{title}</h1>
      <p>{chunk ? t('route.loadFailed.text') : t('error.generic')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('route.reload')}
        </button>
      </p>
      <p>
        <Link to="/" reloadDocument>
          {t('error.backHome')}
        </Link>
      </p>
    </div>
  );
}
