import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The event page's way into networking: the directory with "People to meet", and one's own meetings. */
export function NetworkingLink({ slug }: { slug: string }) {
  const { t } = useTranslation('networking');
  return (
    <section aria-labelledby="networking-heading">
      <h2 id="networking-heading">{t('recommendations.heading')}</h2>
      <p>{t('intro')}</p>
      <ul className="link-list">
        <li>
          <Link to={`/events/${slug}/networking`}>{t('directory.heading')}</Link>
        </li>
        <li>
          <Link to={`/events/${slug}/meetings`}>{t('meetingsLink')}</Link>
        </li>
        <li>
          <Link to={`/events/${slug}/ideas`}>{t('ideasLink')}</Link>
        </li>
      </ul>
    </section>
  );
}
