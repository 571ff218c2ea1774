import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';

const SECTIONS = [
  'events',
  'mails',
  'organizers',
  'tokens',
  'webhooks',
  'pages',
  'branding',
  'people',
] as const;

/** /admin/*: only for organizers (others go to sign-in), with the sub-navigation of the organizer area. */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <p role="status" aria-live="polite">
        {t('common:loading')}
      </p>
    );
  }
  if (session.data?.person?.role !== 'organizer') {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  return (
    <div className="admin">
      <nav aria-label={t('nav.label')} className="subnav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <NavLink to={`/admin/${section}`}>{t(`nav.${section}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
