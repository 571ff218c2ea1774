import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyEvent } from '../../../contract/my-events.js';
import { useSession } from '../../app/session.js';
import { formatEventRange } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useMyEvents } from './api.js';
import { MyEventLinks, MyEventStatus } from './my-event-links.js';

function MyEventCard({ mine }: { mine: MyEvent }) {
  const { i18n } = useTranslation('my-events');
  const headingId = `my-event-${mine.registrationId}`;
  const { event } = mine;
  return (
    <li>
      <article className="my-event" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={`/events/${encodeURIComponent(event.slug)}`}>{event.title}</Link>
        </h3>
        <p className="my-event-when">
          <time dateTime={event.startsAt}>
            {formatEventRange(event.startsAt, event.endsAt, event.timeZone, i18n.language)}
          </time>
          {event.venueName && <>, {event.venueName}</>}
        </p>
        <p className={`my-event-status my-event-status-${mine.status}`}>
          <MyEventStatus mine={mine} />
        </p>
        <MyEventLinks mine={mine} />
      </article>
    </li>
  );
}

function EventGroup({ id, title, events }: { id: string; title: string; events: MyEvent[] }) {
  if (events.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="my-events">
        {events.map((mine) => (
          <MyEventCard key={mine.registrationId} mine={mine} />
        ))}
      </ul>
    </section>
  );
}

/** /me/events: "Meine Veranstaltungen", where a participant lands after signing in. */
export function MyEventsPage() {
  const { t } = useTranslation('my-events');
  usePageTitle(t('title'));
  const session = useSession();
  const person = session.data?.person ?? null;
  const query = useMyEvents(person !== null);
  return (
    <>
      <h1>{t('title')}</h1>
      {session.isPending && <p role="status">{t('common:loading')}</p>}
      {!session.isPending && !person && (
        <p>
          {t('signedOut')}{' '}
          <Link to={`/signin?next=${encodeURIComponent('/me/events')}`}>{t('common:nav.signIn')}</Link>
        </p>
      )}
      {person && (
        <>
          <p>{t('intro', { first: person.firstName, last: person.lastName })}</p>
          <QueryState query={query}>
            {({ events }) =>
              events.length === 0 ? (
                <p>
                  {t('none')} <Link to="/events">{t('browse')}</Link>
                </p>
              ) : (
                <>
                  <EventGroup
                    id="my-events-upcoming"
                    title={t('upcoming')}
                    events={events.filter((e) => !e.event.isPast)}
                  />
                  <EventGroup
                    id="my-events-past"
                    title={t('past')}
                    events={events.filter((e) => e.event.isPast)}
                  />
                </>
              )
            }
          </QueryState>
          <p>
            <Link to="/me">{t('myData')}</Link>
          </p>
        </>
      )}
    </>
  );
}
