import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A link from an event page to its directory and "People to meet" (for the event page to include). */
export function NetworkingLink({ slug }: { slug: string }) {
  const { t } = useTranslation('networking');
  return (
    <section aria-labelledby="networking-heading">
      <h2 id="networking-heading">{t('recommendations.heading')}</h2>
      <p>{t('intro')}</p>
      <Link to={`/events/${slug}/networking`}>{t('directory.heading')}</Link>
    </section>
  );
}
