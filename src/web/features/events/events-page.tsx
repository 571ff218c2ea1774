import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { usePublicEvents } from './api.js';
import { EventCard } from './event-card.js';

/** "Veranstaltungen / Events": upcoming and past published events. */
export function EventsPage() {
  const { t } = useTranslation('events');
  usePageTitle(t('list.title'));
  const events = usePublicEvents();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <QueryState query={events}>
        {(list) => {
          const upcoming = list.filter((e) => !e.isPast);
          const past = list.filter((e) => e.isPast);
          return (
            <>
              <section aria-labelledby="upcoming-heading">
                <h2 id="upcoming-heading">{t('list.upcoming')}</h2>
                {upcoming.length === 0 ? (
                  <p>{t('list.noneUpcoming')}</p>
                ) : (
                  upcoming.map((e) => <EventCard key={e.id} event={e} />)
                )}
              </section>
              <section aria-labelledby="past-heading">
                <h2 id="past-heading">{t('list.past')}</h2>
                {past.length === 0 ? (
                  <p>{t('list.nonePast')}</p>
                ) : (
                  past.map((e) => <EventCard key={e.id} event={e} />)
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
