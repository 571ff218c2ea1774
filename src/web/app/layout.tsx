import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BrandFooter, BrandLegalLinks, BrandLink } from './branding.js';
import { LanguageSwitch } from './language-switch.js';
import { NavigationStatus, PageLoading } from './route-states.js';
import { useSession } from './session.js';

// Pages whose address holds a secret (a personal link): never carried into a sign-in link.
const NO_RETURN = [
  '/signin',
  '/auth/',
  '/invite/',
  '/my-registration/',
  '/registration',
  '/survey/',
  '/islands/host/',
];

/** The sign-in page, remembering where the person was (not the sign-in page itself or a personal link). */
function signInPath(pathname: string, search: string): string {
  if (pathname === '/' || NO_RETURN.some((prefix) => pathname.startsWith(prefix))) {
    return '/signin';
  }
  return `/signin?next=${encodeURIComponent(pathname + search)}`;
}

/** The frame of every page: skip links, header with navigation and language switch, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const person = session.data?.person ?? null;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  // After client-side navigation (not on first load), move focus to the new content so screen
  // readers announce it. Comparing paths keeps this right when effects run twice (StrictMode).
  useEffect(() => {
    if (previousPath.current === location.pathname) {
      return;
    }
    previousPath.current = location.pathname;
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <div className="skip-links">
        <a href="#content">{t('skip.content')}</a>
        <a href="#navigation">{t('skip.navigation')}</a>
        <a href="#footer">{t('skip.footer')}</a>
      </div>
      <header className="site-header">
        <div className="container header-inner">
          <BrandLink />
          <nav id="navigation" aria-label={t('nav.label')} tabIndex={-1}>
            <ul>
              <li>
                <NavLink to="/events">{t('nav.events')}</NavLink>
              </li>
              {person?.role === 'organizer' && (
                <li>
                  <NavLink to="/admin">{t('nav.admin')}</NavLink>
                </li>
              )}
              {person ? (
                <>
                  <li>
                    <NavLink to="/me/events">{t('nav.myEvents')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/me" end>
                      {t('nav.me')}
                    </NavLink>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to={signInPath(location.pathname, location.search)}>{t('nav.signIn')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <NavigationStatus />
      <main id="content" ref={mainRef} tabIndex={-1} className="container">
        {/* A page whose texts are still being fetched (i18n/setup.ts) shows the loading state here. */}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer id="footer" className="site-footer" tabIndex={-1} aria-label={t('footer.label')}>
        <div className="container">
          <BrandFooter />
          <ul>
            <BrandLegalLinks />
            <li>
              <Link to="/accessibility">{t('footer.accessibility')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('footer.api')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
