import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyEvent } from '../../../contract/my-events.js';
import { formatDateTime } from '../../components/format.js';

/** The registration's state in words (the same sentences as the personal registration page). */
export function MyEventStatus({ mine }: { mine: MyEvent }) {
  const { t, i18n } = useTranslation(['registration', 'my-events']);
  if (mine.event.isPast && mine.status === 'confirmed') {
    return <>{t('my-events:pastConfirmed')}</>;
  }
  const until = mine.confirmExpiresAt
    ? formatDateTime(mine.confirmExpiresAt, mine.event.timeZone, i18n.language)
    : '';
  switch (mine.status) {
    case 'pending':
      return <>{until ? t('status.pendingUntil', { date: until }) : t('status.pending')}</>;
    case 'confirmed':
      return <>{t('status.confirmed')}</>;
    case 'waitlisted':
      return <>{t('status.waitlisted', { position: mine.waitlistPosition ?? '–' })}</>;
    case 'offered':
      return <>{until ? t('status.offeredUntil', { date: until }) : t('status.offered')}</>;
    case 'cancelled':
      return <>{t('status.cancelled')}</>;
    case 'expired':
      return <>{t('status.expired')}</>;
  }
}

/** What the person can do at the event: only the links that apply, then live sessions and the survey. */
export function MyEventLinks({ mine, onEventPage = false }: { mine: MyEvent; onEventPage?: boolean }) {
  const { t, i18n } = useTranslation('my-events');
  const slug = encodeURIComponent(mine.event.slug);
  const links = [
    mine.can.ticket && !onEventPage && { key: 'ticket', to: `/events/${slug}#ticket` },
    mine.can.profile && { key: 'profile', to: `/events/${slug}/networking/profile` },
    mine.can.peopleToMeet && { key: 'peopleToMeet', to: `/events/${slug}/networking` },
    mine.can.meetings && { key: 'meetings', to: `/events/${slug}/meetings` },
    mine.can.agenda && { key: 'agenda', to: onEventPage ? '#programme' : `/events/${slug}#programme` },
    mine.can.islands && { key: 'islands', to: `/events/${slug}/islands` },
  ].filter((l): l is { key: string; to: string } => Boolean(l));
  return (
    <>
      {links.length > 0 && (
        <ul className="my-event-links">
          {links.map((l) => (
            <li key={l.key}>
              {l.to.startsWith('#') ? (
                <a href={l.to}>{t(`links.${l.key}`)}</a>
              ) : (
                <Link to={l.to}>{t(`links.${l.key}`)}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {mine.liveSessions.length > 0 && (
        <div className="my-event-live">
          <p>
            <strong>{t('live.heading')}</strong>
          </p>
          <ul>
            {mine.liveSessions.map((s) => (
              <li key={s.id}>
                <Link to={`/sessions/${encodeURIComponent(s.id)}/live`}>
                  {t('live.join', {
                    title: s.title,
                    time: formatDateTime(s.startsAt, mine.event.timeZone, i18n.language),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {mine.survey && <p>{t(`survey.${mine.survey}`)}</p>}
    </>
  );
}
