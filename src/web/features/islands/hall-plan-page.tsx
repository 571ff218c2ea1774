import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { formatTime } from '../program/session-details.js';
import { useHallPlan } from './api.js';

/**
 * /events/:slug/island-plan: the hall screen. Large type, read-only, refreshed by itself; it shows
 * islands, places and how many seats are taken, never who sits where.
 */
export function HallPlanPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('islands');
  const plan = useHallPlan(slug);
  usePageTitle(t('hall.title'));
  return (
    <div className="hall-plan">
      <h1>{plan.data ? t('hall.heading', { title: plan.data.event.title }) : t('hall.title')}</h1>
      <QueryState query={plan} notFound={<p>{t('hall.notPublished')}</p>}>
        {(data) =>
          data.rounds.map((round) => (
            <section key={round.id} aria-labelledby={`hall-${round.id}`}>
              <h2 id={`hall-${round.id}`}>
                {t('roundTitle', {
                  number: round.number,
                  time: formatTime(round.startsAt, data.event.timeZone, i18n.language),
                })}
              </h2>
              <ul className="hall-islands">
                {round.islands.map((island) => (
                  <li key={island.id}>
                    <span className="hall-theme">{t('islandName', { theme: island.theme })}</span>
                    <span className="hall-place">
                      {[island.place, island.tableLabel].filter(Boolean).join(', ')}
                    </span>
                    <span className="hall-count">
                      {t('hall.seats', { seated: island.seated, capacity: island.capacity })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))
        }
      </QueryState>
    </div>
  );
}
