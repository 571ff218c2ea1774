import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../contract/events.js';
import { formatEventRange } from '../../components/format.js';

/** The seats state in words: "ausgebucht" or "noch N Plätze". */
export function SeatsState({ event }: { event: EventSummary }) {
  const { t } = useTranslation('events');
  if (event.bookedOut) {
    return <span className="badge badge-full">{t('seats.bookedOut')}</span>;
  }
  return <span className="badge badge-open">{t('seats.left', { count: event.seatsLeft })}</span>;
}

/** One event in the public list. */
export function EventCard({ event, headingLevel = 3 }: { event: EventSummary; headingLevel?: 2 | 3 }) {
  const { i18n } = useTranslation('events');
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="event-card">
      <Heading lang={event.contentLanguage}>
        <Link to={`/events/${event.slug}`}>{event.title}</Link>
      </Heading>
      {event.subtitle && (
        <p className="subtitle" lang={event.contentLanguage}>
          {event.subtitle}
        </p>
      )}
      <p className="meta">
        <time dateTime={event.startsAt}>
          {formatEventRange(event.startsAt, event.endsAt, event.timeZone, i18n.language)}
        </time>
        {' · '}
        {event.venue.name}
      </p>
      <p>
        <SeatsState event={event} />
      </p>
      {event.teaser && <p lang={event.contentLanguage}>{event.teaser}</p>}
    </article>
  );
}
