import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('error.notFound'));
  return (
    <>
      <h1>{t('error.notFound')}</h1>
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </>
  );
}
