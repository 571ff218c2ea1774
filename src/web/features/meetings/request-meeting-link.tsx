import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Ask for a meeting" for a directory card (the networking feature's PersonCard `actions`). */
export function RequestMeetingLink({
  slug,
  personId,
  name,
}: {
  slug: string;
  personId: string;
  name: string;
}) {
  const { t } = useTranslation('meetings');
  return (
    <Link
      className="button"
      to={`/events/${encodeURIComponent(slug)}/meetings/request/${personId}`}
      aria-label={t('request.linkLabel', { name })}
    >
      {t('request.link')}
    </Link>
  );
}
