import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { formatTime } from '../program/session-details.js';
import { useHallPlan } from './api.js';

/**
 * /events/:slug/island-plan: the hall screen, outside the site layout (no header or footer). All rounds
 * side by side on one 1920 x 1080 screen, type sized by the screen's width (at least 32 px at 1920 px),
 * read-only and refreshed by itself; it shows islands, places and how many seats are taken, never who
 * sits where.
 */
export function HallPlanPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('islands');
  const plan = useHallPlan(slug);
  usePageTitle(t('hall.title'));
  return (
    <main id="content" className="hall-plan">
      <QueryState query={plan} notFound={<h1>{t('hall.notPublished')}</h1>}>
        {(data) => (
          <>
            <h1>{t('hall.heading', { title: data.event.title })}</h1>
            <div className="hall-rounds" style={{ '--hall-rounds': data.rounds.length } as CSSProperties}>
              {data.rounds.map((round) => (
                <section key={round.id} aria-labelledby={`hall-${round.id}`} className="hall-round">
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
              ))}
            </div>
          </>
        )}
      </QueryState>
    </main>
  );
}
