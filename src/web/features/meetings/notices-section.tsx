import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingNotice } from '../../../contract/meetings.js';
import { formatInstant } from '../../components/format.js';
import { useMarkNoticesRead, useMeetingNotices } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** The in-app notices about the person's meetings ("Anna Beispiel accepted your request"). */
export function NoticesSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('meetings');
  const notices = useMeetingNotices();
  const markRead = useMarkNoticesRead();
  const list: MeetingNotice[] = notices.data?.notices ?? [];
  const unread = notices.data?.unread ?? 0;
  if (list.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="notices-heading" className="meeting-notices">
      <h2 id="notices-heading">{t('notices.heading', { count: unread })}</h2>
      <ul>
        {list.slice(0, 10).map((n) => (
          <li key={n.id} className={n.readAt ? '' : 'unread'}>
            {n.readAt ? null : <span className="badge">{t('notices.new')}</span>}{' '}
            {t(`notices.kind.${n.kind}`, { name: n.other.name })}{' '}
            <span className="field-hint">
              ({formatInstant(n.createdAt, i18n.language)}
              {n.event.slug !== slug ? (
                <>
                  , <Link to={`/events/${n.event.slug}/meetings`}>{n.event.title}</Link>
                </>
              ) : null}
              )
            </span>
          </li>
        ))}
      </ul>
      {unread > 0 && (
        <ActionButton
          type="button"
          className="secondary"
          busy={markRead.isPending}
          onClick={() => markRead.mutate()}
        >
          {t('notices.markRead')}
        </ActionButton>
      )}
    </section>
  );
}
